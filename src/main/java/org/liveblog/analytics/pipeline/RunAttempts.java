package org.liveblog.analytics.pipeline;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.warehouse.Warehouse;

/**
 * Run ids unique per attempt. A scheduler passes the same {@code --run-id} to every retry of one logical run; the
 * first attempt gets that id, each later one {@code <id>.2}, {@code <id>.3}, …, so that no attempt shares its staging
 * folder, its lock or its runs row with another. Without {@code --run-id}, the run's start time and a random suffix
 * are unique already.
 */
final class RunAttempts {

  private RunAttempts() {}

  static String newRunId(Instant started) {
    return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started)
        + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * The id of the next attempt of {@code logicalRunId}: the id itself when no run in the runs table has it and it is
   * not {@code alsoTaken} (the id of a dead holder whose lock this run took over, not recorded yet), else the first
   * {@code <id>.N} after the attempts recorded that is neither. Read again once the lock is held.
   */
  static String next(Warehouse warehouse, String logicalRunId, Set<String> alsoTaken) {
    Set<String> taken = new HashSet<>(alsoTaken);
    long attempts = 0;
    if (warehouse.exists(Tables.RUNS)) {
      Dataset<Row> runs = warehouse.read(Tables.RUNS);
      // Rows written before attempts were numbered have no logical_run_id: each was its own logical run.
      Column logical = Arrays.asList(runs.columns()).contains("logical_run_id")
          ? coalesce(col("logical_run_id"), col("run_id")) : col("run_id");
      for (Row run : runs.filter(logical.equalTo(logicalRunId).or(col("run_id").startsWith(logicalRunId + ".")))
          .select(col("run_id"), logical.as("logical")).collectAsList()) {
        taken.add(run.getString(0));
        attempts += logicalRunId.equals(run.getString(1)) ? 1 : 0;
      }
    }
    if (!taken.contains(logicalRunId)) {
      return logicalRunId;
    }
    long n = Math.max(2, attempts + 1);
    while (taken.contains(logicalRunId + "." + n)) {
      n++;
    }
    return logicalRunId + "." + n;
  }
}
