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
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.DataFrameWriter;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;

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

  private final IcebergTables iceberg;

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
    this.iceberg = format == TableFormat.ICEBERG ? new IcebergTables(spark, this.root) : null;
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
    if (iceberg != null) {
      return iceberg.read(table);
    }
    return spark.read().schema(table.sparkType()).parquet(tablePath(table).toString());
  }

  /**
   * The table as it will be once this run publishes: the staged rows, plus (for a run that publishes only
   * {@code partitions}; null for whole tables) the published rows of every other partition. A table this run did not
   * stage is the published one.
   */
  public Dataset<Row> current(TableSchema table, Set<String> partitions) {
    boolean isStaged = staged.containsKey(table);
    if (!isStaged) {
      return read(table);
    }
    if (partitions == null || table.partitionColumn().isEmpty() || !exists(table)) {
      return readStaged(table);
    }
    String column = table.partitionColumn().get();
    List<String> dates = new ArrayList<>();
    boolean nullPartition = false;
    for (String partition : partitions) {
      if (partition.equals(NULL_PARTITION)) {
        nullPartition = true;
      } else {
        dates.add(partition.substring(partition.indexOf('=') + 1));
      }
    }
    Column replaced = col(column).isin(dates.toArray());
    if (nullPartition) {
      replaced = replaced.or(col(column).isNull());
    }
    // Published rows of a replaced partition are dropped; a null date is only dropped when its partition is replaced.
    return read(table).filter(not(coalesce(replaced, lit(false)))).unionByName(readStaged(table));
  }

  /** Where readers find a published table: its Iceberg name (catalog.tables.name) or its folder. */
  public String location(TableSchema table) {
    return iceberg != null ? iceberg.name(table) : tablePath(table).toString();
  }

  /** Whether the table has been published. */
  public boolean exists(TableSchema table) {
    if (iceberg != null) {
      return iceberg.exists(table);
    }
    try {
      return fileSystem().exists(tablePath(table));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot look for table " + table.name(), e);
    }
  }

  /** Appends the run's row to the runs table. */
  public void appendRun(Row run) {
    if (iceberg != null) {
      iceberg.append(Tables.RUNS, spark.createDataFrame(List.of(run), Tables.RUNS.sparkType()));
    } else {
      RunLog.append(spark, root, runId, run);
    }
  }

  /** Moves every staged table into place, replacing the published ones; on failure, restores them. */
  public void commit() {
    if (iceberg != null) {
      iceberg.publish(stagedTables(), null, afterEachMove);
      clean();
      return;
    }
    List<Move> moves = new ArrayList<>();
    Path trash = trash();
    staged.forEach((table, path) -> moves.add(new Move(table, tablePath(table), path, new Path(trash, table.name()))));
    apply(moves);
  }

  /**
   * Moves only the given date partitions of every staged (partitioned) table into place: a partition the run
   * staged replaces the published one, a listed partition the run did not stage is removed (its date has no rows
   * now), and every other partition stays as it is. {@code partitions} are folder names such as
   * {@code published_date=2024-03-01}, or {@link #NULL_PARTITION} for rows without a date.
   */
  public void commitPartitions(Set<String> partitions) {
    if (iceberg != null) {
      iceberg.publish(stagedTables(), partitions, afterEachMove);
      clean();
      return;
    }
    List<Move> moves = new ArrayList<>();
    Path trash = trash();
    for (Map.Entry<TableSchema, Path> entry : staged.entrySet()) {
      TableSchema table = entry.getKey();
      if (table.partitionColumn().isEmpty()) {
        moves.add(new Move(table, tablePath(table), entry.getValue(), new Path(trash, table.name())));
        continue;
      }
      for (String partition : partitions) {
        moves.add(new Move(table, new Path(tablePath(table), partition), new Path(entry.getValue(), partition),
            new Path(new Path(trash, table.name()), partition)));
      }
    }
    apply(moves);
  }

  /** Folder name Spark gives the partition of rows whose date is null. */
  public static final String NULL_PARTITION = "published_date=__HIVE_DEFAULT_PARTITION__";

  /** One folder swap: the published folder goes to the backup, the staged one (if any) takes its place. */
  private record Move(TableSchema table, Path live, Path staged, Path backup) {}

  private Path trash() {
    return new Path(new Path(root, "_trash"), runId);
  }

  private void apply(List<Move> moves) {
    FileSystem fs = fileSystem();
    List<Move> done = new ArrayList<>();
    try {
      for (int i = 0; i < moves.size(); i++) {
        Move move = moves.get(i);
        if (fs.exists(move.live())) {
          fs.mkdirs(move.backup().getParent());
          if (!fs.rename(move.live(), move.backup())) {
            throw new IOException("could not move " + move.live() + " aside");
          }
        }
        done.add(move);
        if (fs.exists(move.staged())) {
          fs.mkdirs(move.live().getParent());
          if (!fs.rename(move.staged(), move.live())) {
            throw new IOException("could not move " + move.staged() + " to " + move.live());
          }
        }
        if (i == moves.size() - 1 || moves.get(i + 1).table() != move.table()) {
          afterEachMove.accept(move.table());
        }
      }
    } catch (IOException | RuntimeException e) {
      rollBack(fs, done);
      throw new IllegalStateException("Publishing run " + runId + " failed; the previous tables were restored", e);
    }
    clean();
  }

  /** After a publish: drops the previous versions kept for a rollback and the staged copies. */
  private void clean() {
    FileSystem fs = fileSystem();
    try {
      fs.delete(trash(), true);
      fs.delete(stagingRoot(), true);
      deleteIfEmpty(fs, trash().getParent());
      deleteIfEmpty(fs, stagingRoot().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("Run " + runId + " was published, but cleaning " + trash() + " failed", e);
    }
    staged.clear();
  }

  /** For tests: an action (e.g. a simulated crash) run after each table of {@link #commit()} is in place. */
  void afterEachMove(java.util.function.Consumer<TableSchema> action) {
    this.afterEachMove = action;
  }

  /** Rewrites views.sql over the tables now published (after the run's row is in the runs table). */
  public void writeViews() {
    WarehouseViews.write(fileSystem(), root, iceberg != null);
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

  private void rollBack(FileSystem fs, List<Move> done) {
    for (int i = done.size() - 1; i >= 0; i--) {
      Move move = done.get(i);
      try {
        fs.delete(move.live(), true);
        if (fs.exists(move.backup())) {
          fs.rename(move.backup(), move.live());
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
