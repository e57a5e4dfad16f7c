package org.liveblog.analytics.cli;

import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.pipeline.PublishOptions;
import org.liveblog.analytics.pipeline.RunJob;
import picocli.CommandLine.Mixin;

/** Base of the commands that run stages and publish into a warehouse (`ingest`, `run`, one per analysis). */
abstract class PublishingCommand extends JobCommand {

  @Mixin
  PublishOptions publish;

  @Override
  void validate() {
    publish.warehouse();
    publish.scope(false);
  }

  /** The stages to run, with their options as parsed. */
  abstract RunJob.Request request();

  @Override
  final int run(SparkSession spark) {
    RunJob.execute(spark, request()).print(System.out);
    return 0;
  }
}
