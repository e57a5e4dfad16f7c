package org.liveblog.analytics.stage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.schema.TableSchema;

/**
 * What a stage may do during a run: read tables (staged earlier in the run, published, or as they will be after the
 * publish), stage its own, report entries it could not process and warnings, and name its steps. Storage, checks,
 * quarantine and the publish stay behind it.
 */
public interface StageContext {

  SparkSession spark();

  String runId();

  /** When the run started (the validation window of timestamps ends relative to it). */
  Instant startedAt();

  RunScope scope();

  /** Every table the run's stages write (what the run publishes when it succeeds). */
  List<TableSchema> writes();

  /**
   * The rows of a table this run works on: the rows an earlier stage of this run staged, or else the published rows
   * of the run's dates.
   */
  Dataset<Row> input(TableSchema table);

  /**
   * A table as it will be once this run publishes: the staged rows plus the published rows of the dates the run does
   * not replace (for aggregates over the whole corpus, such as counts with trailing windows).
   */
  Dataset<Row> current(TableSchema table);

  /** A published table as it is, if it has been published. */
  Optional<Dataset<Row>> published(TableSchema table);

  /**
   * Stages the rows (conformed to the table's schema by column name), checks the table's row rules on them, and moves
   * every entry with a rule-breaking row, or reported in {@link #deadLetters()}, to rejected_entries; returns the
   * number of rows staged.
   */
  long stage(TableSchema table, Dataset<Row> rows);

  /** Runs a named step: timed in the run summary, and its Spark jobs carry the stage and the step as job group. */
  <T> T step(String name, Supplier<T> work);

  default void step(String name, Runnable work) {
    step(name, () -> {
      work.run();
      return null;
    });
  }

  /** The accumulator the stage's functions report entries to that they could not process (emitting no rows). */
  DeadLetters deadLetters();

  /** A line for the run summary. */
  void note(String line);

  /** A check of the stage's own (e.g. the share of unresolved mentions), recorded in runs.checks. */
  void check(CheckResult result);

  /**
   * For a stage that reads input files: what it read, for the summary and the runs table (rows read, rejections by
   * reason, superseded versions, the files).
   */
  void recordInput(long read, Map<String, Long> rejectedByReason, long superseded, List<FileStatus> files);

  /** For an incremental run: the date partitions the run replaces, once the input has shown which. */
  void replacePartitions(Set<String> partitions, String scopeDescription);

  /** Nothing to do (an incremental run without new input): the later stages are skipped and nothing is published. */
  void finishEarly(String scopeDescription);
}
