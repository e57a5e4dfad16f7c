package org.liveblog.analytics.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.liveblog.analytics.cli.JobConfig;
import org.liveblog.analytics.warehouse.Warehouse;

/**
 * What a run publishes. FULL: every table from all the input. DATES: all the input is read and de-duplicated, but
 * only the date partitions from --from to --to are replaced. INCREMENTAL: only input files that no successful run has
 * read (or that changed since) are read, merged with the published entries of the dates they touch, and those dates
 * are replaced.
 */
record RunScope(Mode mode, Optional<LocalDate> from, Optional<LocalDate> to) {

  enum Mode { FULL, DATES, INCREMENTAL }

  static RunScope of(JobConfig config) {
    if (config.incremental()) {
      return new RunScope(Mode.INCREMENTAL, Optional.empty(), Optional.empty());
    }
    if (config.fromDate().isPresent()) {
      return new RunScope(Mode.DATES, config.fromDate(), config.toDate());
    }
    return new RunScope(Mode.FULL, Optional.empty(), Optional.empty());
  }

  /** Whether a row with this date column is in the run's dates (always for FULL and INCREMENTAL). */
  Column contains(Column date) {
    return mode == Mode.DATES ? date.between(lit(from.get().toString()), lit(to.get().toString())) : lit(true);
  }

  /** The partition folders a DATES run replaces: every date of the range, with rows or not. */
  Set<String> datePartitions() {
    Set<String> partitions = new HashSet<>();
    for (LocalDate d = from.get(); !d.isAfter(to.get()); d = d.plusDays(1)) {
      partitions.add(partition(d));
    }
    return partitions;
  }

  static String partition(LocalDate date) {
    return date == null ? Warehouse.NULL_PARTITION : "published_date=" + date;
  }

  /** Identity of a file version: a file counts as new when its path, length or modification time is new. */
  static String fileVersion(String path, long length, long modifiedMillis) {
    return path + "|" + length + "|" + modifiedMillis;
  }

  static String fileVersion(FileStatus file) {
    return fileVersion(file.getPath().toString(), file.getLen(), file.getModificationTime());
  }

  /**
   * The input file versions that successful full or incremental runs of the same command recorded in the runs table
   * (a small listing, not data). Backfills do not count: they publish only some dates of what they read; nor do runs
   * of another command (an `ingest` publishes no sentences for a later incremental `run` to keep).
   */
  static Set<String> alreadyRead(Dataset<Row> runs, String command) {
    Set<String> versions = new HashSet<>();
    List<Row> files = runs.filter(col("status").equalTo("succeeded").and(col("command").equalTo(command))
            .and(col("scope").equalTo("full").or(col("scope").startsWith("incremental"))))
        .select(explode(col("input_files")).as("file"))
        .select(col("file.path"), col("file.length"), col("file.modified_at"))
        .distinct().collectAsList();
    for (Row file : files) {
      versions.add(fileVersion(file.getString(0), file.getLong(1), file.getTimestamp(2).getTime()));
    }
    return versions;
  }
}
