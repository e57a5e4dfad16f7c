package org.liveblog.analytics.warehouse;

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

  /** Appends the run's row to the runs table, whole or not at all. */
  void appendRun(Row run);

  /** Rewrites views.sql, the DuckDB views over the published tables. */
  void writeViews();
}
