package org.liveblog.analytics.warehouse;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.SparkSessionExtension;
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
    Row row = RowFactory.create("k1", "ledger", "b1", "e1", Timestamp.valueOf("2024-01-01 10:00:00"), null, null, null,
        null, null, false, "en", "text", text, text.length(), "file:/in.jsonl", "byte 0", runId,
        Date.valueOf("2024-01-01"));
    return spark.createDataFrame(List.of(row), Tables.ENTRIES.sparkType());
  }

  private static Dataset<Row> rejected(SparkSession spark, String runId) {
    return spark.createDataFrame(List.of(RowFactory.create("EMPTY_BODY", null, "file:/in.jsonl", "byte 0", null, null,
        null, "{}", runId, null)), Tables.REJECTED_ENTRIES.sparkType());
  }
}
