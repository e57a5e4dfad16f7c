package org.liveblog.analytics.cli;

import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.pipeline.RunJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `run`: the whole job over the input, every stage, one publish. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run every stage over the input (ingest, then segmentation and speaker attribution) and publish "
        + "all tables at once; prints a summary.")
final class RunCommand extends ConfiguredCommand {

  @Mixin
  InputOptions options;

  @Override
  void validate(JobConfig config) {
    JobConfig.required(config.input(), ConfigKeys.INPUT);
    JobConfig.required(config.warehouse(), ConfigKeys.WAREHOUSE);
  }

  @Override
  int run(SparkSession spark, JobConfig config) {
    RunJob.full(spark, config, "run").print(System.out);
    return 0;
  }
}
