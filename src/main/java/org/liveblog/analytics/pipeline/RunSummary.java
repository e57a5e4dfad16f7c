package org.liveblog.analytics.pipeline;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a run did: records read, valid and rejected (by reason), rows per table, time per stage, where it wrote. */
public record RunSummary(
    String command,
    String runId,
    String warehouse,
    long read,
    Map<String, Long> rejectedByReason,
    long superseded,
    Map<String, Long> rowsPerTable,
    Map<String, Duration> stageTimes,
    List<String> notes) {

  /** Records read that failed validation (superseded versions are valid records, counted apart). */
  public long rejected() {
    return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
  }

  public long valid() {
    return read - rejected();
  }

  public void print(PrintStream out) {
    out.printf(Locale.ROOT, "liveblog %s: run %s%n", command, runId);
    out.printf(Locale.ROOT, "  records read %,d = valid %,d + rejected %,d%n", read, valid(), rejected());
    rejectedByReason.forEach((reason, n) -> out.printf(Locale.ROOT, "    %-24s %,d%n", reason, n));
    if (superseded > 0) {
      out.printf(Locale.ROOT, "  older versions superseded by a later update: %,d (kept in rejected_entries as %s)%n",
          superseded, "DUPLICATE_SUPERSEDED");
    }
    out.println("  rows per table:");
    rowsPerTable.forEach((table, n) -> out.printf(Locale.ROOT, "    %-24s %,d   %s/%s%n", table, n, warehouse, table));
    notes.forEach(note -> out.println("  " + note));
    out.println("  time per stage:");
    long total = 0;
    for (Map.Entry<String, Duration> stage : stageTimes.entrySet()) {
      out.printf(Locale.ROOT, "    %-24s %8.1f s%n", stage.getKey(), stage.getValue().toMillis() / 1000.0);
      total += stage.getValue().toMillis();
    }
    out.printf(Locale.ROOT, "    %-24s %8.1f s%n", "total", total / 1000.0);
    out.println("  tables are in " + warehouse);
  }
}
