package org.liveblog.analytics.cli;

import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.generate.GenerateJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `generate`: writes a synthetic live-blog corpus with planted ground truth. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a deterministic synthetic live-blog corpus in the input contract (Parquet or JSON Lines) "
        + "and manifest.json, the ground truth planted in it.")
final class GenerateCommand extends ConfiguredCommand {

  @Option(names = "--entries", paramLabel = "N", description = "Number of entries (default 20000).")
  String entries;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 42).")
  String seed;

  @Option(names = "--output", paramLabel = "DIR", description = "Folder to write entries/ and manifest.json to.")
  String output;

  @Option(names = "--start-date", paramLabel = "YYYY-MM-DD", description = "First day (default 2024-01-01).")
  String startDate;

  @Option(names = "--days", paramLabel = "N", description = "Days spanned (default 180).")
  String days;

  @Option(names = "--output-format", paramLabel = "FORMAT", description = "parquet (default) or jsonl.")
  String outputFormat;

  @Override
  void validate(JobConfig config) {
    JobConfig.required(config.output(), ConfigKeys.OUTPUT);
  }

  @Override
  int run(SparkSession spark, JobConfig config) {
    GenerateJob.run(spark, config).print(System.out);
    return 0;
  }
}
