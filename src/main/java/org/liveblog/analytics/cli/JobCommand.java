package org.liveblog.analytics.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.stage.SparkSessions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Base of the commands that run a job: --config and --verbose, the checks that need no Spark, then one SparkSession
 * for the command. The options themselves are declared where they are used (each stage's, the publish options, the
 * generator's); a config file gives defaults for any of them by long name ({@link ConfigFile}).
 */
abstract class JobCommand implements Callable<Integer> {

  /** Options that configure the command line itself, not the job: no config key, not recorded in runs.config. */
  static final java.util.Set<String> NOT_SETTINGS = java.util.Set.of("config", "verbose", "help", "version");

  /** Config keys that say where the command reports, not what the job does: not recorded in runs.config. */
  static final java.util.Set<String> NOT_RECORDED = java.util.Set.of("log-file");

  @Spec
  CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Java properties file whose keys are the long options without '--' (e.g. warehouse=/data/wh);"
          + " the command line overrides it.")
  Path configFile;

  @Option(names = "--verbose", description = "On failure, print the stack trace, not just the one-line reason.")
  boolean verbose;

  @Option(names = "--log-file", paramLabel = "FILE",
      description = "Local file to append the stack trace of a failure to (with the time and the command line), for"
          + " scheduled runs; the console still gets one line, which names the file.")
  Path logFile;

  @Override
  public final Integer call() throws Exception {
    validate();
    boolean ownSession = SparkSession.getActiveSession().isEmpty();
    SparkSession spark = SparkSessions.getOrCreate("liveblog " + spec.name());
    try {
      return run(spark);
    } finally {
      if (ownSession) {
        spark.stop();
      }
    }
  }

  /** Checks the options the command needs before Spark starts (required ones, contradictions). */
  abstract void validate();

  abstract int run(SparkSession spark) throws Exception;

  /** Where a running job writes one line per stage (a terminal also shows Spark's progress bar). */
  PrintStream progress() {
    return System.err;
  }

  /** The command's settings as sorted key=value lines: what the runs table records and hashes. */
  String describe() {
    Map<String, String> values = new TreeMap<>();
    for (OptionSpec option : spec.options()) {
      String key = option.longestName().replaceFirst("^--", "");
      if (NOT_SETTINGS.contains(key) || NOT_RECORDED.contains(key)) {
        continue;
      }
      Object value = option.getValue();
      values.put(key, value == null ? ""
          : value instanceof Collection<?> list
              ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
              : String.valueOf(value));
    }
    StringBuilder out = new StringBuilder();
    values.forEach((key, value) -> out.append(key).append('=').append(value).append('\n'));
    return out.toString();
  }
}
