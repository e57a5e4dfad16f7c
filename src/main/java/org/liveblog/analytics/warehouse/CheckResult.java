package org.liveblog.analytics.warehouse;

import java.util.List;

/** The outcome of one check on one staged table: how many rows violate it and a few of them as examples. */
public record CheckResult(String table, String check, long violations, List<String> examples) {

  public boolean passed() {
    return violations == 0;
  }

  @Override
  public String toString() {
    return table + ": " + check + (passed() ? " ok" : " FAILED (" + violations + " rows, e.g. " + examples + ")");
  }
}
