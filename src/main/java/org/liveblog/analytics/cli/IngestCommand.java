package org.liveblog.analytics.cli;

import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.pipeline.RunJob;
import picocli.CommandLine.Command;

/** `ingest`: reads live-blog input and publishes the entries and rejected_entries tables. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Read live-blog entries (Parquet, JSON Lines, CSV, Guardian Content API JSON), validate them and "
        + "publish the entries and rejected_entries tables.")
final class IngestCommand extends InputCommand {

  @Override
  int run(SparkSession spark, JobConfig config) {
    RunJob.ingestOnly(spark, config, "ingest").print(System.out);
    return 0;
  }
}
