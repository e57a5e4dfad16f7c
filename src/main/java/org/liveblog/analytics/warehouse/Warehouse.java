package org.liveblog.analytics.warehouse;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.DataFrameWriter;
import org.liveblog.analytics.schema.TableSchema;

/**
 * The warehouse folder: one sub-folder per table, Parquet partitioned by the table's date column. A run stages every
 * table it computes under {@code _staging/<run_id>/} and only {@link #commit()} moves them into place, so a run that
 * fails before commit leaves the published tables as they were. Each table is replaced by a directory rename.
 */
public final class Warehouse {

  private final SparkSession spark;
  private final Path root;
  private final String runId;
  private final Map<TableSchema, Path> staged = new LinkedHashMap<>();
  /** Called after each table is moved into place; tests use it to crash a publish half-way. */
  private java.util.function.Consumer<TableSchema> afterEachMove = table -> { };

  public Warehouse(SparkSession spark, String root, String runId) {
    this.spark = spark;
    Path path = new Path(root);
    try {
      // Qualified (scheme and absolute path), so that summaries and logs say exactly where the tables are.
      this.root = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the file system of warehouse " + root, e);
    }
    this.runId = runId;
  }

  public Path root() {
    return root;
  }

  public Path tablePath(TableSchema table) {
    return new Path(root, table.name());
  }

  private Path stagingRoot() {
    return new Path(new Path(root, "_staging"), runId);
  }

  /** Writes {@code rows} (conformed to the table's schema) under the run's staging folder; returns what was staged. */
  public Dataset<Row> stage(TableSchema table, Dataset<Row> rows) {
    Path target = new Path(stagingRoot(), table.name());
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
    writer = writer.mode(SaveMode.Overwrite);
    writer.parquet(target.toString());
    staged.put(table, target);
    return readStaged(table);
  }

  /** A staged table, read back (e.g. so that the next stage starts from the written rows, not a recomputation). */
  public Dataset<Row> readStaged(TableSchema table) {
    Path path = staged.get(table);
    if (path == null) {
      throw new IllegalStateException("Table " + table.name() + " was not staged in run " + runId);
    }
    return spark.read().schema(table.sparkType()).parquet(path.toString());
  }

  /** The tables this run staged so far, with their staged rows, in staging order. */
  public Map<TableSchema, Dataset<Row>> stagedTables() {
    Map<TableSchema, Dataset<Row>> tables = new LinkedHashMap<>();
    staged.keySet().forEach(table -> tables.put(table, readStaged(table)));
    return tables;
  }

  /** A published table. */
  public Dataset<Row> read(TableSchema table) {
    return spark.read().schema(table.sparkType()).parquet(tablePath(table).toString());
  }

  /** Moves every staged table into place; on failure, restores the tables already moved. */
  public void commit() {
    FileSystem fs = fileSystem();
    Path trash = new Path(new Path(root, "_trash"), runId);
    List<TableSchema> moved = new ArrayList<>();
    try {
      for (Map.Entry<TableSchema, Path> entry : staged.entrySet()) {
        Path live = tablePath(entry.getKey());
        Path old = new Path(trash, entry.getKey().name());
        fs.mkdirs(trash);
        if (fs.exists(live) && !fs.rename(live, old)) {
          throw new IOException("could not move " + live + " aside");
        }
        if (!fs.rename(entry.getValue(), live)) {
          fs.rename(old, live);
          throw new IOException("could not move " + entry.getValue() + " to " + live);
        }
        moved.add(entry.getKey());
        afterEachMove.accept(entry.getKey());
      }
    } catch (IOException | RuntimeException e) {
      rollBack(fs, trash, moved);
      throw new IllegalStateException("Publishing run " + runId + " failed; the previous tables were restored", e);
    }
    try {
      fs.delete(trash, true);
      fs.delete(stagingRoot(), true);
      deleteIfEmpty(fs, trash.getParent());
      deleteIfEmpty(fs, stagingRoot().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("Run " + runId + " was published, but cleaning " + trash + " failed", e);
    }
    staged.clear();
  }

  /** For tests: an action (e.g. a simulated crash) run after each table of {@link #commit()} is in place. */
  void afterEachMove(java.util.function.Consumer<TableSchema> action) {
    this.afterEachMove = action;
  }

  /** Rewrites views.sql over the tables now published (after the run's row is in the runs table). */
  public void writeViews() {
    WarehouseViews.write(fileSystem(), root);
  }

  /** Drops whatever this run staged (after a failure), leaving published tables untouched. */
  public void abort() {
    try {
      FileSystem fs = fileSystem();
      fs.delete(stagingRoot(), true);
      deleteIfEmpty(fs, stagingRoot().getParent());
    } catch (IOException e) {
      // Nothing was published; the leftover staging folder is harmless and named after the run.
    }
    staged.clear();
  }

  /** Removes a shared folder (_staging, _trash) once no run uses it; a concurrent run's files keep it alive. */
  private static void deleteIfEmpty(FileSystem fs, Path folder) throws IOException {
    if (fs.exists(folder) && fs.listStatus(folder).length == 0) {
      fs.delete(folder, false);
    }
  }

  private void rollBack(FileSystem fs, Path trash, List<TableSchema> moved) {
    for (TableSchema table : moved) {
      try {
        Path live = tablePath(table);
        fs.delete(live, true);
        Path old = new Path(trash, table.name());
        if (fs.exists(old)) {
          fs.rename(old, live);
        }
      } catch (IOException ignored) {
        // Best effort: the trash folder still holds the previous version for a manual restore.
      }
    }
  }

  private FileSystem fileSystem() {
    try {
      return root.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the file system of warehouse " + root, e);
    }
  }
}
