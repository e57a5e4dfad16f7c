package org.liveblog.analytics.cli;

import java.util.List;
import org.liveblog.analytics.ingest.IngestStage;
import org.liveblog.analytics.pipeline.Pipeline;
import org.liveblog.analytics.pipeline.RunJob;
import org.liveblog.analytics.stage.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;

/** `run`: every stage over the input, one publish. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run every stage over the input (ingest, sentences and speakers, then each analysis), check the"
        + " tables and publish them all at once (whole tables, a backfill's dates, or an incremental run's dates);"
        + " prints a summary.")
final class RunCommand extends PublishingCommand {

  @Mixin
  IngestStage ingest;

  private final List<Stage> analyses = Pipeline.analyses();

  /** The command with every analysis's options mixed in. */
  static CommandLine commandLine() {
    RunCommand command = new RunCommand();
    CommandLine line = new CommandLine(command);
    for (Stage stage : command.analyses) {
      line.getCommandSpec().addMixin(stage.name(), CommandSpec.forAnnotatedObject(stage));
    }
    return line;
  }

  @Override
  void validate() {
    super.validate();
    ingest.input();
    publish.scope(ingest.incremental());
  }

  @Override
  RunJob.Request request() {
    return new RunJob.Request("run", Pipeline.run(ingest, analyses), publish, publish.scope(ingest.incremental()), describe(), progress());
  }
}
