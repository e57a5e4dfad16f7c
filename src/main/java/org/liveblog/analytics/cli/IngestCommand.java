package org.liveblog.analytics.cli;

import java.util.List;
import org.liveblog.analytics.ingest.IngestStage;
import org.liveblog.analytics.pipeline.RunJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `ingest`: reads live-blog input and publishes the entries and rejected_entries tables. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read live-blog entries (Parquet, JSON Lines, CSV, Guardian Content API JSON), validate them and "
        + "publish the entries and rejected_entries tables.")
final class IngestCommand extends PublishingCommand {

  @Mixin
  IngestStage ingest;

  @Override
  void validate() {
    super.validate();
    ingest.input();
    publish.scope(ingest.incremental());
  }

  @Override
  RunJob.Request request() {
    return new RunJob.Request("ingest", List.of(ingest), publish, publish.scope(ingest.incremental()), describe(), progress());
  }
}
