package org.liveblog.analytics.stage;

import java.util.List;

/**
 * The outcome of one check on one staged table: how many rows (or units) violate it, at what level, and a few
 * examples. An ERROR that fails blocks the publish; a WARNING is recorded in runs.checks and printed.
 */
public record CheckResult(String table, String check, Level level, long violations, List<String> examples) {

  /** As Deequ's CheckLevel: an error blocks the publish, a warning is reported. */
  public enum Level { ERROR, WARNING }

  public static CheckResult error(String table, String check, long violations, List<String> examples) {
    return new CheckResult(table, check, Level.ERROR, violations, examples);
  }

  public static CheckResult warning(String table, String check, long violations, List<String> examples) {
    return new CheckResult(table, check, Level.WARNING, violations, examples);
  }

  public boolean passed() {
    return violations == 0;
  }

  /** A failed error: nothing may be published. */
  public boolean blocks() {
    return level == Level.ERROR && !passed();
  }

  @Override
  public String toString() {
    String outcome = passed() ? " ok" : (level == Level.ERROR ? " FAILED (" : " WARNING (") + violations + " rows, e.g. "
        + examples + ")";
    return table + ": " + check + (passed() ? " ok" : outcome);
  }
}
