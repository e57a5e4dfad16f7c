package org.liveblog.analytics.cli;

import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.pipeline.RunJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `run`: the whole job over the input, every stage, one publish. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run every stage over the input (ingest, segmentation and speaker attribution, actors), check the "
        + "tables and publish them all at once (whole tables, a backfill's dates, or an incremental run's dates); "
        + "prints a summary.")
final class RunCommand extends InputCommand {

  @Mixin
  ActorOptions actorOptions;

  @Override
  int run(SparkSession spark, JobConfig config) {
    RunJob.full(spark, config, "run").print(System.out);
    return 0;
  }
}
