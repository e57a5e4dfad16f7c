package org.liveblog.analytics.cli;

import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.generate.GenerateJob;
import org.liveblog.analytics.generate.GenerateOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `generate`: writes a synthetic live-blog corpus with planted ground truth. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a deterministic synthetic live-blog corpus in the input contract (Parquet or JSON Lines) "
        + "and manifest.json, the ground truth planted in it.")
final class GenerateCommand extends JobCommand {

  @Mixin
  GenerateOptions options;

  @Override
  void validate() {
    options.output();
    options.outputFormat();
    options.settings();
  }

  @Override
  int run(SparkSession spark) {
    GenerateJob.run(spark, options).print(System.out);
    return 0;
  }
}
