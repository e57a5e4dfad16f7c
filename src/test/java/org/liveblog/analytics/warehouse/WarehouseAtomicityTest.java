package org.liveblog.analytics.warehouse;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.schema.RowBuilder;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.CheckResult;

/** A run that dies while writing or while publishing leaves the previous tables whole and readable. */
@ExtendWith(SparkSessionExtension.class)
class WarehouseAtomicityTest {

  @Test
  void aCrashHalfWayThroughPublishRestoresThePreviousTables(SparkSession spark, @TempDir Path dir) {
    String root = dir.toString();
    publish(spark, root, "run-1", "first");

    Warehouse second = new Warehouse(spark, root, "run-2");
    second.stage(Tables.ENTRIES, entries(spark, "second", "run-2"));
    second.stage(Tables.REJECTED_ENTRIES, rejected(spark, "run-2"));
    second.afterEachPublish(table -> {
      throw new IllegalStateException("simulated crash after publishing " + table.name());
    });
    assertThatThrownBy(() -> second.commit(null)).hasMessageContaining("previous tables were restored")
        .hasRootCauseMessage("simulated crash after publishing entries");
    second.abort();

    assertOnlyTheFirstRunIsPublished(spark, dir);
  }

  /** What SIGKILL does to a publish: it stops between two moves, and no code of the dying run runs after it. */
  private static final class KilledHalfWay extends Error {
    private static final long serialVersionUID = 1L;
  }

  @ParameterizedTest(name = "dates only: {0}")
  @ValueSource(booleans = {false, true})
  void aPublishThatDiedHalfWayIsUndoneByTheRunThatTakesOverItsLock(boolean datesOnly, SparkSession spark,
      @TempDir Path dir) {
    String root = dir.toString();
    publish(spark, root, "run-1", "first");
    Set<String> partitions = datesOnly ? Set.of("published_date=2024-01-01") : null;

    Warehouse dying = new Warehouse(spark, root, "run-2");
    dying.stage(Tables.ENTRIES, entries(spark, "second", "run-2"));
    dying.stage(Tables.REJECTED_ENTRIES, rejected(spark, "run-2"));
    dying.afterEachPublish(table -> {
      throw new KilledHalfWay();
    });
    assertThatThrownBy(() -> dying.commit(partitions)).isInstanceOf(KilledHalfWay.class);
    Warehouse reader = new Warehouse(spark, root, "reader");
    assertThat(reader.read(Tables.ENTRIES).select("run_id").collectAsList()).extracting(Row::toString)
        .as("the dead run's entries are in place, its rejected_entries not").containsExactly("[run-2]");

    assertThat(new Warehouse(spark, root, "run-3").cleanUpAfter("run-2")).isTrue();
    assertOnlyTheFirstRunIsPublished(spark, dir);
    assertThat(dir.resolve("_trash")).doesNotExist();
    assertThat(new Warehouse(spark, root, "run-4").cleanUpAfter("run-2")).as("nothing left to undo").isFalse();
  }

  @Test
  void aFailingCheckPublishesNothing(SparkSession spark, @TempDir Path dir) {
    String root = dir.toString();
    publish(spark, root, "run-1", "first");

    Warehouse second = new Warehouse(spark, root, "run-2");
    second.stage(Tables.ENTRIES, entries(spark, "second", "run-2").unionByName(entries(spark, "twice", "run-2")));
    second.stage(Tables.REJECTED_ENTRIES, rejected(spark, "run-2"));
    List<CheckResult> results = PublishChecks.run(second.stagedTables());
    assertThatThrownBy(() -> PublishChecks.requireAllPassed(results))
        .hasMessageContaining("entries: key [entry_key] is unique FAILED (1 rows");
    second.abort();

    assertOnlyTheFirstRunIsPublished(spark, dir);
  }

  @Test
  void aTaskThatFailsWhileWritingPublishesNothing(SparkSession spark, @TempDir Path dir) {
    String root = dir.toString();
    publish(spark, root, "run-1", "first");

    UDF1<String, String> explode = s -> {
      throw new IllegalStateException("simulated executor failure");
    };
    Dataset<Row> failing = entries(spark, "second", "run-2")
        .withColumn("text", udf(explode, DataTypes.StringType).apply(col("text")));
    Warehouse second = new Warehouse(spark, root, "run-2");
    assertThatThrownBy(() -> second.stage(Tables.ENTRIES, failing)).hasStackTraceContaining("simulated executor failure");
    second.abort();

    assertOnlyTheFirstRunIsPublished(spark, dir);
  }

  private static void assertOnlyTheFirstRunIsPublished(SparkSession spark, Path dir) {
    Warehouse reader = new Warehouse(spark, dir.toString(), "reader");
    assertThat(reader.read(Tables.ENTRIES).select("text", "run_id").collectAsList())
        .extracting(Row::toString).containsExactly("[first,run-1]");
    assertThat(reader.read(Tables.REJECTED_ENTRIES).select("run_id").collectAsList())
        .extracting(Row::toString).containsExactly("[run-1]");
    assertThat(dir.resolve("_staging")).doesNotExist();
  }

  private static void publish(SparkSession spark, String root, String runId, String text) {
    Warehouse warehouse = new Warehouse(spark, root, runId);
    warehouse.stage(Tables.ENTRIES, entries(spark, text, runId));
    warehouse.stage(Tables.REJECTED_ENTRIES, rejected(spark, runId));
    warehouse.commit(null);
  }

  private static Dataset<Row> entries(SparkSession spark, String text, String runId) {
    TableSchema t = Tables.ENTRIES;
    Row row = RowBuilder.of(t).set(t.index("entry_key"), "k1").set(t.index("outlet"), "ledger")
        .set(t.index("blog_id"), "b1").set(t.index("entry_id"), "e1")
        .set(t.index("published_at"), Timestamp.valueOf("2024-01-01 10:00:00")).set(t.index("is_key_event"), false)
        .set(t.index("language"), "en").set(t.index("body_format"), "text").set(t.index("text"), text)
        .set(t.index("text_chars"), text.length()).set(t.index("source_file"), "file:/in.jsonl")
        .set(t.index("record_kind"), "byte").set(t.index("record_index"), 0L).set(t.index("run_id"), runId)
        .set(t.index("published_date"), Date.valueOf("2024-01-01")).build();
    return spark.createDataFrame(List.of(row), t.sparkType());
  }

  private static Dataset<Row> rejected(SparkSession spark, String runId) {
    TableSchema t = Tables.REJECTED_ENTRIES;
    Row row = RowBuilder.of(t).set(t.index("reason"), "EMPTY_BODY").set(t.index("source_file"), "file:/in.jsonl")
        .set(t.index("record_kind"), "byte").set(t.index("record_index"), 0L).set(t.index("raw_record"), "{}")
        .set(t.index("run_id"), runId).build();
    return spark.createDataFrame(List.of(row), t.sparkType());
  }
}
