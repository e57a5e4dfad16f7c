package org.liveblog.analytics.cli;

import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.pipeline.RunJob;
import org.liveblog.analytics.pipeline.RunSummary;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Runs jobs from tests and benchmarks as the command line does, returning what they did instead of printing it. */
public final class Jobs {

  private Jobs() {}

  /** Parses {@code args} (e.g. "run", "--input", …) as `liveblog` does and runs the command's stages. */
  public static RunSummary run(SparkSession spark, String... args) {
    ParseResult parsed = LiveblogCli.commandLine().parseArgs(args);
    while (parsed.hasSubcommand()) {
      parsed = parsed.subcommand();
    }
    PublishingCommand command = (PublishingCommand) parsed.commandSpec().userObject();
    command.validate();
    return RunJob.execute(spark, command.request());
  }

  /** An options object (a stage, the generator's options, …) filled from command-line arguments, defaults applied. */
  public static <T> T options(T options, String... args) {
    return CommandLine.populateCommand(options, args);
  }
}
