package org.liveblog.analytics.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.TableAssertions;
import org.liveblog.analytics.cli.Jobs;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.warehouse.TableFormat;
import org.liveblog.analytics.warehouse.Warehouse;
import org.liveblog.analytics.warehouse.WarehouseHooks;

/** The Iceberg table format: same rows as Parquet, one snapshot per table per run, incremental = full. */
class IcebergPublishingTest {


  private final SparkSession spark = SparkSessionExtension.session();

  @TempDir
  Path dir;

  @Test
  void icebergTablesHoldWhatParquetTablesHoldWithOneSnapshotPerRun() throws Exception {
    Path input = Files.createDirectories(dir.resolve("input"));
    Files.writeString(input.resolve("a.jsonl"), IncrementalRunTest.BATCH_A);
    run(input, "iceberg", "iceberg", false);
    Files.writeString(input.resolve("b.jsonl"), IncrementalRunTest.BATCH_B);
    run(input, "iceberg", "iceberg", true);
    run(input, "iceberg-full", "iceberg", false);
    run(input, "parquet", "parquet", false);

    Warehouse incremental = warehouse("iceberg", TableFormat.ICEBERG);
    Warehouse full = warehouse("iceberg-full", TableFormat.ICEBERG);
    Warehouse parquet = warehouse("parquet", TableFormat.PARQUET);
    for (TableSchema table : IncrementalRunTest.TABLES) {
      TableAssertions.assertSameRows(table.name(), incremental.read(table), parquet.read(table));
      TableAssertions.assertSameRows(table.name(), full.read(table), parquet.read(table));
      // Two runs, two snapshots: a full run replaces the table, an incremental run overwrites its dates.
      assertThat(spark.sql("SELECT * FROM " + incremental.location(table) + ".snapshots").count())
          .as(table.name() + " snapshots").isEqualTo(2);
    }
    assertThat(incremental.read(Tables.RUNS).filter(col("status").equalTo("succeeded")).count()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve("iceberg/views.sql"))).contains("iceberg_scan(");
  }

  @Test
  void aCrashHalfWayThroughAnIcebergPublishSetsTablesBack() throws Exception {
    Path input = Files.createDirectories(dir.resolve("input"));
    Files.writeString(input.resolve("a.jsonl"), IncrementalRunTest.BATCH_A);
    run(input, "iceberg", "iceberg", false);
    Warehouse before = warehouse("iceberg", TableFormat.ICEBERG);
    List<Row> entries = before.read(Tables.ENTRIES).collectAsList();

    Warehouse second = new Warehouse(spark, dir.resolve("iceberg").toString(), "crash", TableFormat.ICEBERG);
    second.stage(Tables.ENTRIES, before.read(Tables.ENTRIES).limit(1));
    second.stage(Tables.REJECTED_ENTRIES, before.read(Tables.REJECTED_ENTRIES));
    WarehouseHooks.crashAfterFirstTable(second);
    assertThatThrownBy(() -> second.commit(null)).hasMessageContaining("set back to their previous snapshots");
    second.abort();

    assertThat(warehouse("iceberg", TableFormat.ICEBERG).read(Tables.ENTRIES).collectAsList())
        .containsExactlyInAnyOrderElementsOf(entries);
  }

  private void run(Path input, String warehouse, String format, boolean incremental) {
    Jobs.run(spark, "run", "--input", input.toString(), "--format", "jsonl", "--warehouse",
        dir.resolve(warehouse).toString(), "--table-format", format, "--incremental=" + incremental);
  }

  private Warehouse warehouse(String name, TableFormat format) {
    return new Warehouse(spark, dir.resolve(name).toString(), "reader", format);
  }
}
