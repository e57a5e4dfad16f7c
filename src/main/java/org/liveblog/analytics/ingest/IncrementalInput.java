package org.liveblog.analytics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.map_keys;
import static org.apache.spark.sql.functions.timestamp_micros;
import static org.apache.spark.sql.functions.to_date;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.liveblog.analytics.schema.TableSchema;

/**
 * What an incremental run reads and replaces: the input files no successful run has read (or that changed since), and
 * the dates their records touch. Both are small listings, not data.
 */
final class IncrementalInput {

  private IncrementalInput() {}

  /** Identity of a file version: a file counts as new when its path, length or modification time is new. */
  static String fileVersion(String path, long length, long modifiedMillis) {
    return path + "|" + length + "|" + modifiedMillis;
  }

  static String fileVersion(FileStatus file) {
    return fileVersion(file.getPath().toString(), file.getLen(), file.getModificationTime());
  }

  /**
   * The input file versions that successful full or incremental runs recorded in the runs table, counting only runs
   * that wrote every one of {@code tables} (the tables this run writes): an `ingest` publishes no sentences, so a later
   * incremental `run` reads its files again, as does a run of a version with a stage the earlier runs lacked.
   * Backfills do not count: they publish only some dates of what they read.
   */
  static Set<String> alreadyRead(Dataset<Row> runs, List<TableSchema> tables) {
    Column wroteAll = functions.lit(true);
    for (TableSchema table : tables) {
      wroteAll = wroteAll.and(functions.array_contains(map_keys(col("rows_written")), table.name()));
    }
    Set<String> versions = new HashSet<>();
    List<Row> files = runs.filter(col("status").equalTo("succeeded").and(wroteAll)
            .and(col("scope").equalTo("full").or(col("scope").startsWith("incremental"))))
        .select(explode(col("input_files")).as("file"))
        .select(col("file.path"), col("file.length"), col("file.modified_at"))
        .distinct().collectAsList();
    for (Row file : files) {
      versions.add(fileVersion(file.getString(0), file.getLong(1), file.getTimestamp(2).getTime()));
    }
    return versions;
  }

  /**
   * Dates of the new records, the published dates of entries that new versions may supersede, and the published dates
   * of rows that came from files now read again (a changed file is read again whole).
   */
  static Set<LocalDate> touchedDates(Dataset<Row> validated, Optional<Dataset<Row>> entries,
      Optional<Dataset<Row>> rejected, Object[] reread) {
    Dataset<Row> dates = validated.select(to_date(timestamp_micros(col("published_micros"))).as("published_date"));
    if (entries.isPresent()) {
      Dataset<Row> newKeys = validated.filter(col("reason").isNull())
          .select(EntryIngest.entryKey(col("outlet"), col("blog_id"), col("entry_id")).as("entry_key"));
      dates = dates
          .unionByName(entries.get().join(newKeys, "entry_key").select("published_date"))
          .unionByName(entries.get().filter(col("source_file").isin(reread)).select("published_date"));
    }
    if (rejected.isPresent()) {
      dates = dates.unionByName(rejected.get().filter(col("source_file").isin(reread)).select("published_date"));
    }
    Set<LocalDate> touched = new HashSet<>();
    for (Row row : dates.distinct().collectAsList()) {
      touched.add(row.isNullAt(0) ? null : row.getDate(0).toLocalDate());
    }
    return touched;
  }

  /** The rows of a dated table in the given dates (null: the rows without a date). */
  static Dataset<Row> inDates(Dataset<Row> table, Set<LocalDate> dates) {
    List<String> days = dates.stream().filter(d -> d != null).map(Object::toString).toList();
    Column filter = col("published_date").isin(days.toArray());
    if (dates.contains(null)) {
      filter = filter.or(col("published_date").isNull());
    }
    return table.filter(filter);
  }
}
