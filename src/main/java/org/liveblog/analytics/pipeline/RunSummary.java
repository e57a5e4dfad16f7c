package org.liveblog.analytics.pipeline;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liveblog.analytics.stage.CheckResult;

/**
 * What a run did: records read, valid and rejected (by reason), entries moved aside after failing processing, rows per
 * table, seconds per stage and step (steps are keyed {@code stage.step}), warnings, and where it wrote.
 */
public record RunSummary(
    String command,
    String runId,
    String warehouse,
    long read,
    Map<String, Long> rejectedByReason,
    long superseded,
    long quarantined,
    String firstQuarantined,
    Map<String, Long> rowsPerTable,
    Map<String, Duration> stageTimes,
    List<String> notes,
    List<CheckResult> warnings) {

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
    if (quarantined > 0) {
      out.printf(Locale.ROOT, "  entries that failed processing, moved to rejected_entries as PROCESSING_ERROR: %,d"
          + " (first: %s)%n", quarantined, firstQuarantined);
    }
    out.println("  rows per table:");
    rowsPerTable.forEach((table, n) -> out.printf(Locale.ROOT, "    %-24s %,d   %s/%s%n", table, n, warehouse, table));
    notes.forEach(note -> out.println("  " + note));
    if (!warnings.isEmpty()) {
      out.println("  warnings:");
      warnings.forEach(w -> out.println("    " + w));
    }
    out.println("  time per stage:");
    long total = 0;
    for (Map.Entry<String, Duration> stage : stageTimes.entrySet()) {
      boolean step = stage.getKey().contains(".");
      String name = step ? "  " + stage.getKey().substring(stage.getKey().indexOf('.') + 1) : stage.getKey();
      out.printf(Locale.ROOT, "    %-24s %8.1f s%n", name, stage.getValue().toMillis() / 1000.0);
      total += step ? 0 : stage.getValue().toMillis();
    }
    out.printf(Locale.ROOT, "    %-24s %8.1f s%n", "total", total / 1000.0);
    out.println("  tables are in " + warehouse);
  }
}
