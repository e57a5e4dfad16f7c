package org.liveblog.analytics.warehouse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.schema.TableSchema;

/**
 * How published tables are stored: folders of Parquet files swapped into place, or Iceberg tables changed by one
 * snapshot each. Chosen once per warehouse ({@link TableFormat}); staging, checks and the lock are the same for both
 * ({@link Warehouse}).
 */
public interface TableStore {

  static TableStore open(TableFormat format, SparkSession spark, Path root, String runId) {
    return switch (format) {
      case PARQUET -> new ParquetTableStore(spark, root, runId);
      case ICEBERG -> new IcebergTableStore(spark, root);
    };
  }

  boolean exists(TableSchema table);

  Dataset<Row> read(TableSchema table);

  /** Where readers find the table: its folder, or its Iceberg name. */
  String location(TableSchema table);

  /**
   * Publishes staged tables (Parquet folders under the run's staging folder): whole tables when {@code partitions} is
   * null, else only those date partitions of the dated tables. All or nothing: when a table fails, the tables already
   * published are set back. {@code afterEach} runs after each table is in place (tests crash there).
   */
  void publish(Map<TableSchema, Path> staged, Set<String> partitions, Consumer<TableSchema> afterEach);

  /** Appends a run's row (named by its run_id) to the runs table, whole or not at all; never replaces a row. */
  void appendRun(Row run);

  /**
   * Undoes what a run that died while publishing had moved into place, from what it left on the file system; returns
   * whether there was such a publish. Called only while holding the lock that run held.
   */
  boolean undoUnfinishedPublish(String deadRunId);

  /**
   * Rewrites views.sql, the DuckDB views over the published tables.
   *
   * @param mapKeys per table name, per map column, the keys its flat view makes columns of
   */
  void writeViews(Map<String, Map<String, List<String>>> mapKeys);
}
