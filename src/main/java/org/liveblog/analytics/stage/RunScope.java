package org.liveblog.analytics.stage;

import static org.apache.spark.sql.functions.lit;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;

/**
 * What a run publishes. FULL: every table from all the input. DATES: all the input is read and de-duplicated, but only
 * the date partitions from {@code from} to {@code to} are replaced. INCREMENTAL: only input files that no successful
 * run has read (or that changed since) are read, merged with the published entries of the dates they touch, and those
 * dates are replaced (the ingest stage decides which).
 */
public record RunScope(Mode mode, Optional<LocalDate> from, Optional<LocalDate> to) {

  public enum Mode { FULL, DATES, INCREMENTAL }

  /** Folder name Spark gives the partition of rows whose date is null. */
  public static final String NULL_PARTITION = "published_date=__HIVE_DEFAULT_PARTITION__";

  public static RunScope full() {
    return new RunScope(Mode.FULL, Optional.empty(), Optional.empty());
  }

  public static RunScope dates(LocalDate from, LocalDate to) {
    return new RunScope(Mode.DATES, Optional.of(from), Optional.of(to));
  }

  public static RunScope incremental() {
    return new RunScope(Mode.INCREMENTAL, Optional.empty(), Optional.empty());
  }

  /** Whether the run republishes whole tables. */
  public boolean isFull() {
    return mode == Mode.FULL;
  }

  /** Whether a row with this date column is in the run's dates (always for FULL and INCREMENTAL). */
  public Column contains(Column date) {
    return mode == Mode.DATES ? date.between(lit(from.get().toString()), lit(to.get().toString())) : lit(true);
  }

  /** The partition folders a DATES run replaces: every date of the range, with rows or not; null otherwise. */
  public Set<String> datePartitions() {
    if (mode != Mode.DATES) {
      return null;
    }
    Set<String> partitions = new TreeSet<>();
    for (LocalDate d = from.get(); !d.isAfter(to.get()); d = d.plusDays(1)) {
      partitions.add(partition(d));
    }
    return partitions;
  }

  /** How the runs table describes the scope. */
  public String describe() {
    return switch (mode) {
      case FULL -> "full";
      case DATES -> "dates " + from.get() + ".." + to.get();
      case INCREMENTAL -> "incremental";
    };
  }

  public static String partition(LocalDate date) {
    return date == null ? NULL_PARTITION : "published_date=" + date;
  }
}
