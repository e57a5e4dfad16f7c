package org.liveblog.analytics.warehouse;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.hadoop.fs.Path;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.spark.Spark3Util;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriterV2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.RunScope;

/**
 * Publishing to Iceberg: a Hadoop catalog whose warehouse is the liveblog warehouse, tables under namespace
 * {@code tables}. Each table is published as one snapshot (a replace for full runs, an overwrite of the run's dates
 * otherwise); if a later table of the same run fails, the tables already published are set back to their previous
 * snapshot, so a failed run leaves every table as it was.
 */
final class IcebergTableStore implements TableStore {

  static final String NAMESPACE = "tables";

  private final SparkSession spark;
  private final Path root;
  private final String catalog;

  IcebergTableStore(SparkSession spark, Path warehouse) {
    this.spark = spark;
    this.root = warehouse;
    // One catalog per warehouse path: Spark caches a catalog by name, so two warehouses need two names.
    this.catalog = "liveblog_" + UUID.nameUUIDFromBytes(warehouse.toString().getBytes(StandardCharsets.UTF_8))
        .toString().substring(0, 8);
    spark.conf().set("spark.sql.catalog." + catalog, "org.apache.iceberg.spark.SparkCatalog");
    spark.conf().set("spark.sql.catalog." + catalog + ".type", "hadoop");
    spark.conf().set("spark.sql.catalog." + catalog + ".warehouse", warehouse.toString());
  }

  private String name(TableSchema table) {
    return catalog + "." + NAMESPACE + "." + table.name();
  }

  @Override
  public boolean exists(TableSchema table) {
    return spark.catalog().tableExists(name(table));
  }

  @Override
  public Dataset<Row> read(TableSchema table) {
    return spark.table(name(table));
  }

  @Override
  public String location(TableSchema table) {
    return name(table);
  }

  /** Publishes each staged table as one snapshot: a replace for whole tables, else an overwrite of the dates. */
  @Override
  public void publish(Map<TableSchema, Path> staged, Set<String> partitions, Consumer<TableSchema> afterEach) {
    Map<TableSchema, Long> previous = new HashMap<>();
    List<TableSchema> published = new ArrayList<>();
    try {
      for (Map.Entry<TableSchema, Path> entry : staged.entrySet()) {
        TableSchema table = entry.getKey();
        Dataset<Row> rows = spark.read().schema(table.sparkType()).parquet(entry.getValue().toString());
        previous.put(table, exists(table) ? snapshotId(table) : null);
        if (partitions == null || table.partitionColumn().isEmpty()) {
          writer(table, rows).createOrReplace();
        } else {
          if (!exists(table)) {
            writer(table, rows.limit(0)).create();
          }
          rows.writeTo(name(table)).overwrite(inPartitions(table, partitions));
        }
        published.add(table);
        afterEach.accept(table);
      }
    } catch (Exception e) {
      restore(published, previous);
      throw new IllegalStateException("Publishing to Iceberg failed; the tables were set back to their previous"
          + " snapshots", e);
    }
  }

  @Override
  public void appendRun(Row run) {
    TableSchema table = Tables.RUNS;
    Dataset<Row> rows = spark.createDataFrame(List.of(run), table.sparkType());
    try {
      if (exists(table)) {
        rows.writeTo(name(table)).append();
      } else {
        writer(table, rows).create();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Cannot append to Iceberg table " + name(table), e);
    }
  }

  private DataFrameWriterV2<Row> writer(TableSchema table, Dataset<Row> rows) {
    DataFrameWriterV2<Row> writer = rows.writeTo(name(table)).using("iceberg")
        .tableProperty("write.format.default", "parquet");
    return table.partitionColumn().map(p -> writer.partitionedBy(col(p))).orElse(writer);
  }

  /** The rows a partition-scoped run replaces: its dates, and the rows without a date when it owns those. */
  private static Column inPartitions(TableSchema table, Set<String> partitions) {
    String column = table.partitionColumn().get();
    List<java.sql.Date> dates = new ArrayList<>();
    boolean nulls = false;
    for (String partition : partitions) {
      if (partition.equals(RunScope.NULL_PARTITION)) {
        nulls = true;
      } else {
        dates.add(java.sql.Date.valueOf(partition.substring(partition.indexOf('=') + 1)));
      }
    }
    // Date literals (not strings), so that Iceberg can turn the condition into a partition filter.
    Column condition = dates.isEmpty() ? lit(false) : col(column).isin(dates.toArray());
    return nulls ? condition.or(col(column).isNull()) : condition;
  }

  private Long snapshotId(TableSchema table) throws Exception {
    Snapshot current = icebergTable(table).currentSnapshot();
    return current == null ? null : current.snapshotId();
  }

  private Table icebergTable(TableSchema table) throws Exception {
    return Spark3Util.loadIcebergTable(spark, name(table));
  }

  @Override
  public void writeViews() {
    WarehouseViews.write(Warehouse.fileSystem(spark, root), root, true);
  }

  private void restore(List<TableSchema> published, Map<TableSchema, Long> previous) {
    for (TableSchema table : published) {
      try {
        Long snapshot = previous.get(table);
        if (snapshot == null) {
          spark.sql("DROP TABLE IF EXISTS " + name(table));
        } else {
          icebergTable(table).manageSnapshots().setCurrentSnapshot(snapshot).commit();
        }
      } catch (Exception ignored) {
        // Best effort; the snapshot history still holds the previous state for a manual rollback.
      }
    }
  }
}
