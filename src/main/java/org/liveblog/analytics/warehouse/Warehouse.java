package org.liveblog.analytics.warehouse;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.stage.RunScope;

/**
 * The warehouse of one run: it stages every table the run computes under {@code _staging/<run_id>/} (Parquet,
 * whatever the table format) and only {@link #commit} hands them to the {@link TableStore}, so a run that fails before
 * commit leaves the published tables as they were.
 */
public final class Warehouse {

  private final SparkSession spark;
  private final Path root;
  private final String runId;
  private final TableStore store;
  private final Map<TableSchema, Path> staged = new LinkedHashMap<>();
  private int stagings;
  /** Called after each table is published; tests use it to crash a publish half-way. */
  private Consumer<TableSchema> afterEachPublish = table -> { };

  public Warehouse(SparkSession spark, String root, String runId) {
    this(spark, root, runId, TableFormat.PARQUET);
  }

  public Warehouse(SparkSession spark, String root, String runId, TableFormat format) {
    this.spark = spark;
    Path path = new Path(root);
    try {
      // Qualified (scheme and absolute path), so that summaries and logs say exactly where the tables are.
      this.root = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the file system of warehouse " + root, e);
    }
    this.runId = runId;
    this.store = TableStore.open(format, spark, this.root, runId);
  }

  public Path root() {
    return root;
  }

  private Path stagingRoot() {
    return new Path(new Path(root, "_staging"), runId);
  }

  /**
   * Writes {@code rows} (conformed to the table's schema) under the run's staging folder and returns the staged rows,
   * read back; staging a table again replaces what was staged.
   */
  public Dataset<Row> stage(TableSchema table, Dataset<Row> rows) {
    Path target = new Path(stagingRoot(), table.name() + "-" + (++stagings));
    Dataset<Row> conformed = table.conform(rows);
    DataFrameWriter<Row> writer;
    if (table.partitionColumn().isPresent()) {
      String partition = table.partitionColumn().get();
      // One task per date writes that date's file, instead of every task writing a small file into every date.
      // (Range partitioning would balance better, but it samples its input first, computing every stage twice.)
      writer = conformed.repartition(col(partition)).write().partitionBy(partition);
    } else {
      writer = conformed.write();
    }
    writer.mode(SaveMode.Overwrite).parquet(target.toString());
    Path previous = staged.put(table, target);
    if (previous != null) {
      try {
        fileSystem().delete(previous, true);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot replace the staged " + table.name() + " at " + previous, e);
      }
    }
    return readStaged(table);
  }

  /** A staged table, read back (so that the next stage starts from the written rows, not a recomputation). */
  public Dataset<Row> readStaged(TableSchema table) {
    Path path = staged.get(table);
    if (path == null) {
      throw new IllegalStateException("Table " + table.name() + " was not staged in run " + runId);
    }
    return spark.read().schema(table.sparkType()).parquet(path.toString());
  }

  public boolean isStaged(TableSchema table) {
    return staged.containsKey(table);
  }

  /** The tables this run staged so far, in staging order. */
  public java.util.List<TableSchema> staged() {
    return java.util.List.copyOf(staged.keySet());
  }

  /** The tables this run staged so far, with their staged rows, in staging order. */
  public Map<TableSchema, Dataset<Row>> stagedTables() {
    Map<TableSchema, Dataset<Row>> tables = new LinkedHashMap<>();
    staged.keySet().forEach(table -> tables.put(table, readStaged(table)));
    return tables;
  }

  /** A published table. */
  public Dataset<Row> read(TableSchema table) {
    return store.read(table);
  }

  /** Whether the table has been published. */
  public boolean exists(TableSchema table) {
    return store.exists(table);
  }

  /** Where readers find a published table: its folder or its Iceberg name. */
  public String location(TableSchema table) {
    return store.location(table);
  }

  /**
   * The table as it will be once this run publishes: the staged rows, plus (for a run that publishes only
   * {@code partitions}; null for whole tables) the published rows of every other partition. A table this run did not
   * stage is the published one.
   */
  public Dataset<Row> current(TableSchema table, Set<String> partitions) {
    if (!isStaged(table)) {
      return read(table);
    }
    if (partitions == null || table.partitionColumn().isEmpty() || !exists(table)) {
      return readStaged(table);
    }
    // Published rows of a replaced partition are dropped; a null date is only dropped when its partition is replaced.
    return read(table).filter(not(coalesce(inPartitions(table, partitions), lit(false))))
        .unionByName(readStaged(table));
  }

  /** Rows of a dated table that fall in the given partitions. */
  public static Column inPartitions(TableSchema table, Set<String> partitions) {
    String column = table.partitionColumn().orElseThrow();
    List<String> dates = new ArrayList<>();
    boolean nullPartition = false;
    for (String partition : partitions) {
      if (partition.equals(RunScope.NULL_PARTITION)) {
        nullPartition = true;
      } else {
        dates.add(partition.substring(partition.indexOf('=') + 1));
      }
    }
    Column in = col(column).isin(dates.toArray());
    return nullPartition ? in.or(col(column).isNull()) : in;
  }

  /** Appends the run's row to the runs table. */
  public void appendRun(Row run) {
    store.appendRun(run);
  }

  /**
   * Publishes every staged table: whole tables when {@code partitions} is null, else only those date partitions
   * (folder names such as {@code published_date=2024-03-01}, or {@link RunScope#NULL_PARTITION}); a listed partition
   * the run did not stage is removed, since its date has no rows now. On failure the previous tables are restored.
   */
  public void commit(Set<String> partitions) {
    store.publish(new LinkedHashMap<>(staged), partitions, afterEachPublish);
    abort();
  }

  /** For tests: an action (e.g. a simulated crash) run after each table of {@link #commit} is in place. */
  void afterEachPublish(Consumer<TableSchema> action) {
    this.afterEachPublish = action;
  }

  /** Rewrites views.sql over the tables now published (after the run's row is in the runs table). */
  public void writeViews() {
    store.writeViews();
  }

  /** Drops whatever this run staged (after a failure or a publish), leaving published tables untouched. */
  public void abort() {
    try {
      FileSystem fs = fileSystem();
      fs.delete(stagingRoot(), true);
      deleteIfEmpty(fs, stagingRoot().getParent());
    } catch (IOException e) {
      // Nothing more to publish; the leftover staging folder is harmless and named after the run.
    }
    staged.clear();
  }

  /** Removes a shared folder (_staging, _trash) once no run uses it; a concurrent run's files keep it alive. */
  static void deleteIfEmpty(FileSystem fs, Path folder) throws IOException {
    if (fs.exists(folder) && fs.listStatus(folder).length == 0) {
      fs.delete(folder, false);
    }
  }

  private FileSystem fileSystem() {
    return fileSystem(spark, root);
  }

  static FileSystem fileSystem(SparkSession spark, Path root) {
    try {
      return root.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the file system of warehouse " + root, e);
    }
  }
}
