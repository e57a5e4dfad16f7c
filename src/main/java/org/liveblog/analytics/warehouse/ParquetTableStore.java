package org.liveblog.analytics.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.schema.TableSchema;

/**
 * Tables as folders of Parquet files under the warehouse, partitioned by date where the table has one. A table (or a
 * date partition) is published by a folder rename; the folder it replaces waits in {@code _trash/<run_id>/} until every
 * move is done and is put back if one fails.
 */
final class ParquetTableStore implements TableStore {

  private final SparkSession spark;
  private final Path root;
  private final String runId;

  ParquetTableStore(SparkSession spark, Path root, String runId) {
    this.spark = spark;
    this.root = root;
    this.runId = runId;
  }

  private Path tablePath(TableSchema table) {
    return new Path(root, table.name());
  }

  @Override
  public boolean exists(TableSchema table) {
    try {
      return fileSystem().exists(tablePath(table));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot look for table " + table.name(), e);
    }
  }

  @Override
  public Dataset<Row> read(TableSchema table) {
    return spark.read().schema(table.sparkType()).parquet(tablePath(table).toString());
  }

  @Override
  public String location(TableSchema table) {
    return tablePath(table).toString();
  }

  /** One folder swap: the published folder goes to the backup, the staged one (if any) takes its place. */
  private record Move(TableSchema table, Path live, Path staged, Path backup) {}

  @Override
  public void publish(Map<TableSchema, Path> staged, Set<String> partitions, Consumer<TableSchema> afterEach) {
    Path trash = new Path(new Path(root, "_trash"), runId);
    List<Move> moves = new ArrayList<>();
    staged.forEach((table, path) -> {
      if (partitions == null || table.partitionColumn().isEmpty()) {
        moves.add(new Move(table, tablePath(table), path, new Path(trash, table.name())));
      } else {
        // A listed partition the run did not stage is removed: its date has no rows now.
        for (String partition : partitions) {
          moves.add(new Move(table, new Path(tablePath(table), partition), new Path(path, partition),
              new Path(new Path(trash, table.name()), partition)));
        }
      }
    });
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
          afterEach.accept(move.table());
        }
      }
    } catch (IOException | RuntimeException e) {
      rollBack(fs, done);
      throw new IllegalStateException("Publishing run " + runId + " failed; the previous tables were restored", e);
    }
    try {
      fs.delete(trash, true);
      Warehouse.deleteIfEmpty(fs, trash.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("Run " + runId + " was published, but cleaning " + trash + " failed", e);
    }
  }

  private static void rollBack(FileSystem fs, List<Move> done) {
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

  @Override
  public void appendRun(Row run) {
    RunLog.append(spark, root, runId, run);
  }

  @Override
  public void writeViews() {
    WarehouseViews.write(fileSystem(), root, false);
  }

  private FileSystem fileSystem() {
    return Warehouse.fileSystem(spark, root);
  }
}
