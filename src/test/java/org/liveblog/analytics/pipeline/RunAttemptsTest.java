package org.liveblog.analytics.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.ConsoleCapture;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.cli.LiveblogCli;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.warehouse.LockHolder;
import org.liveblog.analytics.warehouse.TableFormat;
import org.liveblog.analytics.warehouse.Warehouse;

/** Each attempt of a logical run gets its own run id, and a runs row is never replaced. */
@ExtendWith(SparkSessionExtension.class)
class RunAttemptsTest {

  @Test
  void retriesOfALogicalRunAreNumberedAndNoRowIsReplaced(SparkSession spark, @TempDir Path dir) {
    Warehouse warehouse = new Warehouse(spark, dir.toString(), "reader");
    assertThat(RunAttempts.next(warehouse, "nightly", Set.of())).as("no runs table yet").isEqualTo("nightly");

    assertThat(RunAttempts.next(warehouse, "nightly", Set.of("nightly")))
        .as("the first attempt died holding the lock and is not recorded yet").isEqualTo("nightly.2");
    warehouse.appendRun(RunRecord.deadRun(holder("nightly", "nightly"), "first attempt"));
    assertThat(RunAttempts.next(warehouse, "nightly", Set.of())).isEqualTo("nightly.2");
    assertThat(RunAttempts.next(warehouse, "nightly", Set.of("nightly.2"))).isEqualTo("nightly.3");
    warehouse.appendRun(RunRecord.deadRun(holder("nightly.2", "nightly"), "second attempt"));
    assertThat(RunAttempts.next(warehouse, "nightly", Set.of())).isEqualTo("nightly.3");
    assertThat(RunAttempts.next(warehouse, "nightly-backfill", Set.of())).isEqualTo("nightly-backfill");

    // A row written before attempts were numbered has no logical run: it was its own.
    warehouse.appendRun(RunRecord.deadRun(holder("old", null), "before attempts"));
    assertThat(RunAttempts.next(warehouse, "old", Set.of())).isEqualTo("old.2");

    assertThatThrownBy(() -> warehouse.appendRun(RunRecord.deadRun(holder("nightly", "nightly"), "again")))
        .hasMessageContaining("The runs table already has a row for run nightly")
        .hasMessageContaining("rows are never replaced");
    Row first = warehouse.read(Tables.RUNS).filter(col("run_id").equalTo("nightly")).first();
    assertThat(first.<String>getAs("error")).isEqualTo("first attempt");
    assertThat(first.<String>getAs("logical_run_id")).isEqualTo("nightly");
    assertThat(first.<String>getAs("status")).isEqualTo("failed");
    assertThat(dir.resolve("_staging")).doesNotExist();
  }

  @Test
  void anIcebergRunsTableFromBeforeAttemptsTakesTheNewColumns(SparkSession spark, @TempDir Path dir)
      throws Exception {
    Warehouse warehouse = new Warehouse(spark, dir.toString(), "reader", TableFormat.ICEBERG);
    spark.createDataFrame(List.of(RunRecord.deadRun(holder("old", "old"), "before attempts")), Tables.RUNS.sparkType())
        .drop("logical_run_id", "took_lock_from")
        .writeTo(warehouse.location(Tables.RUNS)).using("iceberg").create();

    warehouse.appendRun(RunRecord.deadRun(holder("new", "new"), "after attempts"));
    assertThat(warehouse.read(Tables.RUNS).orderBy("run_id").select("run_id", "logical_run_id").collectAsList())
        .extracting(Row::toString).containsExactly("[new,new]", "[old,null]");
    assertThat(RunAttempts.next(warehouse, "old", Set.of())).isEqualTo("old.2");
  }

  @Test
  void aRunIdThatIsNoSafeFileNameFailsBeforeAnyWork() {
    String err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("run", "--input", "in", "--warehouse",
        "wh", "--run-id", "scheduled__2026-01-01T02:30:00+00:00")).isEqualTo(2));
    assertThat(err).contains("--run-id").contains("expected letters, digits, '.', '_' and '-'");
  }

  private static LockHolder holder(String runId, String logicalRunId) {
    Instant now = Instant.now();
    return new LockHolder(runId, logicalRunId, "run", "host", "", 1, null, now, now, now, LockHolder.Phase.RUNNING,
        "token");
  }
}
