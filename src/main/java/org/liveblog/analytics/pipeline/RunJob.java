package org.liveblog.analytics.pipeline;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.liveblog.analytics.cli.JobConfig;
import org.liveblog.analytics.ingest.EntryIngest;
import org.liveblog.analytics.ingest.EntrySource;
import org.liveblog.analytics.ingest.InputFiles;
import org.liveblog.analytics.ingest.InputFormat;
import org.liveblog.analytics.ingest.ValidationRules;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.text.Segmenter;
import org.liveblog.analytics.warehouse.CheckResult;
import org.liveblog.analytics.warehouse.PublishChecks;
import org.liveblog.analytics.warehouse.RunLog;
import org.liveblog.analytics.warehouse.Warehouse;
import org.liveblog.analytics.warehouse.WarehouseLock;

/**
 * Wires the stages into jobs: read the input once, ingest, segment, and publish every table in one commit. Later
 * stages (actors, stance, topics) plug in after segmentation, each reading the staged tables it needs.
 */
public final class RunJob {

  private RunJob() {}

  /** `ingest`: entries and rejected_entries only. */
  public static RunSummary ingestOnly(SparkSession spark, JobConfig config, String command) {
    return execute(spark, config, command, false);
  }

  /** `run`: every stage. */
  public static RunSummary full(SparkSession spark, JobConfig config, String command) {
    return execute(spark, config, command, true);
  }

  private static RunSummary execute(SparkSession spark, JobConfig config, String command, boolean allStages) {
    Instant started = Instant.now();
    String runId = config.runId().orElseGet(() -> newRunId(started));
    Warehouse warehouse = new Warehouse(spark, JobConfig.required(config.warehouse(), "warehouse"), runId);
    try (WarehouseLock lock = WarehouseLock.acquire(warehouse.root(), spark.sparkContext().hadoopConfiguration(),
        runId, Duration.ofSeconds(config.lockWaitSeconds()))) {
      StageTimer timer = new StageTimer();
      Map<String, Long> rows = new LinkedHashMap<>();
      List<CheckResult> checks = new ArrayList<>();
      IngestCounts counts = IngestCounts.NONE;
      try {
        counts = timer.time("ingest", () -> ingest(spark, config, started, runId, warehouse, rows));
        if (allStages) {
          timer.time("sentences", () -> {
            Dataset<Row> entries = warehouse.readStaged(Tables.ENTRIES);
            stage(warehouse, Tables.SENTENCES, Segmenter.sentences(entries), rows);
          });
          // Later stages plug in here: actors, stance and topics read the staged entries and sentences.
        }
        checks.addAll(timer.time("checks", () -> PublishChecks.run(warehouse.stagedTables())));
        PublishChecks.requireAllPassed(checks);
        timer.time("publish", warehouse::commit);
        RunSummary summary = new RunSummary(command, runId, warehouse.root().toString(), counts.read(),
            counts.rejectedByReason(), rows, timer.durations());
        RunLog.append(spark, warehouse.root(), runId,
            RunRecord.of(summary, config, started, Instant.now(), checks, null));
        warehouse.writeViews();
        return summary;
      } catch (RuntimeException e) {
        warehouse.abort();
        RunSummary partial = new RunSummary(command, runId, warehouse.root().toString(), counts.read(),
            counts.rejectedByReason(), rows, timer.durations());
        try {
          RunLog.append(spark, warehouse.root(), runId,
              RunRecord.of(partial, config, started, Instant.now(), checks, e.getMessage()));
        } catch (RuntimeException logFailure) {
          e.addSuppressed(logFailure);
        }
        throw e;
      }
    }
  }

  private record IngestCounts(long read, Map<String, Long> rejectedByReason) {
    static final IngestCounts NONE = new IngestCounts(0, Map.of());
  }

  private static IngestCounts ingest(SparkSession spark, JobConfig config, Instant started, String runId,
      Warehouse warehouse, Map<String, Long> rows) {
    String input = JobConfig.required(config.input(), "input");
    List<FileStatus> files = InputFiles.resolve(input, spark.sparkContext().hadoopConfiguration());
    InputFormat format = config.format()
        .orElseGet(() -> InputFormat.detect(files, spark.sparkContext().hadoopConfiguration()));
    List<Path> paths = files.stream().map(FileStatus::getPath).toList();
    Dataset<Row> candidates;
    try {
      candidates = EntrySource.of(format).candidates(spark, paths, config.mapping());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read input " + input, e);
    }
    ValidationRules rules = new ValidationRules(config.maxBodyChars(), config.earliestDate(),
        started.plus(ValidationRules.FUTURE_SLACK_HOURS, ChronoUnit.HOURS));
    // Validation parses every record once; both tables and the counts are derived from the persisted result.
    Dataset<Row> validated = EntryIngest.validate(candidates, rules).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Map<String, Long> byReason = new TreeMap<>();
      long read = 0;
      for (Row row : validated.groupBy(col("reason")).count().collectAsList()) {
        read += row.getLong(1);
        if (!row.isNullAt(0)) {
          byReason.put(row.getString(0), row.getLong(1));
        }
      }
      EntryIngest.Result result = EntryIngest.split(validated, runId);
      stage(warehouse, Tables.ENTRIES, result.entries(), rows);
      stage(warehouse, Tables.REJECTED_ENTRIES, result.rejected(), rows);
      long superseded = warehouse.readStaged(Tables.REJECTED_ENTRIES)
          .filter(col("reason").equalTo("DUPLICATE_SUPERSEDED")).count();
      if (superseded > 0) {
        byReason.put("DUPLICATE_SUPERSEDED", superseded);
      }
      long entries = rows.get(Tables.ENTRIES.name());
      long rejected = rows.get(Tables.REJECTED_ENTRIES.name());
      if (read != entries + rejected) {
        throw new IllegalStateException(String.format(
            "Count check failed: read %d records but wrote %d entries + %d rejected = %d; nothing was published",
            read, entries, rejected, entries + rejected));
      }
      return new IngestCounts(read, byReason);
    } finally {
      validated.unpersist();
    }
  }

  private static void stage(Warehouse warehouse, TableSchema table, Dataset<Row> rows, Map<String, Long> counts) {
    counts.put(table.name(), warehouse.stage(table, rows).count());
  }

  static String newRunId(Instant started) {
    return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started)
        + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
