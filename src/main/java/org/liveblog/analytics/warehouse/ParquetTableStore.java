package org.liveblog.analytics.warehouse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * move is done and is put back if one fails, by this run or, if it dies half-way, by the run that takes over its lock.
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

  /**
   * One folder swap: the published folder goes to the backup, the staged one (if any) takes its place. Whether each
   * existed when the publish began is kept, so that the swap can be undone from the file system's state alone.
   */
  record Swap(Path live, Path staged, Path backup, boolean hadLive, boolean hadStaged) {

    /** Puts the published folder back as it was before the swap, whether the swap happened, half or not at all. */
    void undo(FileSystem fs) throws IOException {
      if (fs.exists(backup)) {
        fs.delete(live, true);
        fs.mkdirs(live.getParent());
        if (!fs.rename(backup, live)) {
          throw new IOException("could not move " + backup + " back to " + live);
        }
      } else if (!hadLive && hadStaged && !fs.exists(staged) && fs.exists(live)) {
        fs.delete(live, true); // a folder that did not exist before this publish
      }
    }

    String toLine() {
      return hadLive + "\t" + hadStaged + "\t" + live + "\t" + staged + "\t" + backup;
    }

    static Swap parse(String line) {
      String[] field = line.split("\t");
      return new Swap(new Path(field[2]), new Path(field[3]), new Path(field[4]), Boolean.parseBoolean(field[0]),
          Boolean.parseBoolean(field[1]));
    }
  }

  private record Move(TableSchema table, Swap swap) {}

  /**
   * The swaps of a publish are written here before the first one, and the file is deleted first once all are done:
   * while it exists, a publish is unfinished, and a run that takes over a dead publisher's lock undoes it.
   */
  static final String JOURNAL = "_publish.swaps";

  @Override
  public void publish(Map<TableSchema, Path> staged, Set<String> partitions, Consumer<TableSchema> afterEach) {
    FileSystem fs = fileSystem();
    Path trash = Warehouse.trashFolder(root, runId);
    List<Move> moves = new ArrayList<>();
    try {
      for (Map.Entry<TableSchema, Path> entry : staged.entrySet()) {
        TableSchema table = entry.getKey();
        if (partitions == null || table.partitionColumn().isEmpty()) {
          moves.add(move(fs, table, tablePath(table), entry.getValue(), new Path(trash, table.name())));
        } else {
          // A listed partition the run did not stage is removed: its date has no rows now.
          for (String partition : partitions) {
            moves.add(move(fs, table, new Path(tablePath(table), partition), new Path(entry.getValue(), partition),
                new Path(new Path(trash, table.name()), partition)));
          }
        }
      }
      writeJournal(fs, trash, moves);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the publish of run " + runId + "; nothing was published", e);
    }
    try {
      for (int i = 0; i < moves.size(); i++) {
        Swap swap = moves.get(i).swap();
        if (swap.hadLive()) {
          fs.mkdirs(swap.backup().getParent());
          if (!fs.rename(swap.live(), swap.backup())) {
            throw new IOException("could not move " + swap.live() + " aside");
          }
        }
        if (swap.hadStaged()) {
          fs.mkdirs(swap.live().getParent());
          if (!fs.rename(swap.staged(), swap.live())) {
            throw new IOException("could not move " + swap.staged() + " to " + swap.live());
          }
        }
        if (i == moves.size() - 1 || moves.get(i + 1).table() != moves.get(i).table()) {
          afterEach.accept(moves.get(i).table());
        }
      }
    } catch (IOException | RuntimeException e) {
      undo(fs, moves.stream().map(Move::swap).toList());
      throw new IllegalStateException("Publishing run " + runId + " failed; the previous tables were restored", e);
    }
    try {
      fs.delete(new Path(trash, JOURNAL), false);
      fs.delete(trash, true);
      Warehouse.deleteIfEmpty(fs, trash.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("Run " + runId + " was published, but cleaning " + trash + " failed", e);
    }
  }

  private static Move move(FileSystem fs, TableSchema table, Path live, Path staged, Path backup) throws IOException {
    return new Move(table, new Swap(live, staged, backup, fs.exists(live), fs.exists(staged)));
  }

  private static void writeJournal(FileSystem fs, Path trash, List<Move> moves) throws IOException {
    StringBuilder lines = new StringBuilder();
    moves.forEach(move -> lines.append(move.swap().toLine()).append('\n'));
    fs.mkdirs(trash);
    try (OutputStream out = FileSystems.withoutChecksumFiles(fs).create(new Path(trash, JOURNAL), true)) {
      out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Undoes swaps in reverse order; best effort, since it runs when something already went wrong. */
  private static void undo(FileSystem fs, List<Swap> swaps) {
    for (int i = swaps.size() - 1; i >= 0; i--) {
      try {
        swaps.get(i).undo(fs);
      } catch (IOException ignored) {
        // The trash folder still holds the previous version for a manual restore.
      }
    }
  }

  @Override
  public boolean undoUnfinishedPublish(String deadRunId) {
    FileSystem fs = fileSystem();
    Path journal = new Path(Warehouse.trashFolder(root, deadRunId), JOURNAL);
    try {
      if (!fs.exists(journal)) {
        return false;
      }
      List<Swap> swaps = new ArrayList<>();
      try (var in = fs.open(journal)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank()) {
            swaps.add(Swap.parse(line));
          }
        }
      }
      for (int i = swaps.size() - 1; i >= 0; i--) {
        swaps.get(i).undo(fs);
      }
      fs.delete(journal, false);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot undo the unfinished publish of run " + deadRunId + " recorded in "
          + journal + "; its trash folder holds the previous tables", e);
    }
  }

  @Override
  public void appendRun(Row run) {
    RunLog.append(spark, root, run);
  }

  @Override
  public void writeViews(Map<String, Map<String, List<String>>> mapKeys) {
    WarehouseViews.write(fileSystem(), root, false, mapKeys);
  }

  private FileSystem fileSystem() {
    return Warehouse.fileSystem(spark, root);
  }
}
