package org.liveblog.analytics.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.pipeline.SparkSessions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Base of the subcommands: --config, and the turning of the options given on the command line into overrides of the
 * config file (each long option is named like its config key), then one SparkSession for the command.
 */
abstract class ConfiguredCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Properties file with any of the long options as keys; the command line overrides it.")
  Path configFile;

  /** The configuration: defaults, overridden by --config, overridden by the options given. */
  JobConfig config() {
    Map<String, String> given = new HashMap<>();
    for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
      String key = option.longestName().replaceFirst("^--", "");
      if (!ConfigKeys.ALL.containsKey(key)) {
        continue;
      }
      Object value = option.getValue();
      given.put(key, value instanceof List<?> list
          ? String.join(",", list.stream().map(String::valueOf).toList()) : String.valueOf(value));
    }
    return JobConfig.resolve(configFile, given);
  }

  @Override
  public final Integer call() throws Exception {
    JobConfig config = config();
    validate(config);
    boolean ownSession = SparkSession.getActiveSession().isEmpty();
    SparkSession spark = SparkSessions.getOrCreate("liveblog " + spec.name());
    try {
      return run(spark, config);
    } finally {
      if (ownSession) {
        spark.stop();
      }
    }
  }

  /** Checks the options this command needs before Spark starts. */
  abstract void validate(JobConfig config);

  abstract int run(SparkSession spark, JobConfig config) throws Exception;
}
