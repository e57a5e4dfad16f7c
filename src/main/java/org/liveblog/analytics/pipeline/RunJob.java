package org.liveblog.analytics.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.timestamp_micros;
import static org.apache.spark.sql.functions.to_date;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.liveblog.analytics.actors.matching.MetonymModel;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.cli.JobConfig;
import org.liveblog.analytics.ingest.EntryIngest;
import org.liveblog.analytics.ingest.EntrySource;
import org.liveblog.analytics.ingest.InputFiles;
import org.liveblog.analytics.ingest.InputFormat;
import org.liveblog.analytics.ingest.RejectReason;
import org.liveblog.analytics.ingest.ValidationRules;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.text.Segmenter;
import org.liveblog.analytics.warehouse.CheckResult;
import org.liveblog.analytics.warehouse.PublishChecks;
import org.liveblog.analytics.warehouse.Warehouse;
import org.liveblog.analytics.warehouse.WarehouseLock;

/**
 * Wires the stages into jobs: read the input once, ingest, segment, check and publish every table in one commit,
 * holding the warehouse lock, and record the run in the runs table whether it succeeds or fails. The stages after
 * segmentation (actors; later stance and topics) each read the staged tables they need.
 */
public final class RunJob {

  private RunJob() {}

  /** What a job computes. */
  private enum Stages { INGEST, ALL, ACTORS }

  /** `ingest`: entries and rejected_entries only. */
  public static RunSummary ingestOnly(SparkSession spark, JobConfig config, String command) {
    return execute(spark, config, command, Stages.INGEST);
  }

  /** `run`: every stage. */
  public static RunSummary full(SparkSession spark, JobConfig config, String command) {
    return execute(spark, config, command, Stages.ALL);
  }

  /**
   * `actors`: the actors stage alone, over the published sentences (all, or the dates of --date/--from/--to), e.g.
   * after a registry change; every other table stays as it is.
   */
  public static RunSummary actorsOnly(SparkSession spark, JobConfig config, String command) {
    return execute(spark, config, command, Stages.ACTORS);
  }

  @SuppressWarnings("try") // the lock is held for the body's duration, not used in it
  private static RunSummary execute(SparkSession spark, JobConfig config, String command, Stages stages) {
    Instant started = Instant.now();
    String runId = config.runId().orElseGet(() -> newRunId(started));
    Warehouse warehouse = new Warehouse(spark, JobConfig.required(config.warehouse(), "warehouse"), runId,
        config.tableFormat());
    RunScope scope = RunScope.of(config);
    // A bad registry fails before any work.
    ActorRegistry registry = stages == Stages.INGEST ? null
        : ActorsStep.loadRegistry(config.registry(), spark.sparkContext().hadoopConfiguration());
    MetonymModel metonymModel = config.metonymThreshold().map(MetonymModel.defaultModel()::withThreshold)
        .orElseGet(MetonymModel::defaultModel);
    if (registry != null && scope.mode() != RunScope.Mode.FULL) {
      ActorsStep.requireSameRegistryAndModel(warehouse, registry, metonymModel);
    }
    Ingested published = stages == Stages.ACTORS ? fromPublished(warehouse, scope) : null;
    Map<String, String> versions = new LinkedHashMap<>();
    if (registry != null) {
      versions.put("registry", registry.contentHash());
      versions.putAll(ActorsStep.versions(metonymModel));
    }
    try (WarehouseLock lock = WarehouseLock.acquire(warehouse.root(), spark.sparkContext().hadoopConfiguration(),
        runId, Duration.ofSeconds(config.lockWaitSeconds()))) {
      StageTimer timer = new StageTimer();
      Map<String, Long> rows = new LinkedHashMap<>();
      List<String> notes = new ArrayList<>();
      List<CheckResult> checks = new ArrayList<>();
      Ingested ingested = Ingested.NOTHING;
      try {
        if (stages == Stages.ACTORS) {
          ingested = published;
          Dataset<Row> sentences = warehouse.read(Tables.SENTENCES).filter(scope.contains(col("published_date")));
          notes.addAll(ActorsStep.stage(spark, warehouse, registry, metonymModel, sentences, ingested.partitions(), runId,
              timer, rows));
        } else {
          ingested = timer.time("ingest",
              () -> ingest(spark, config, command, scope, started, runId, warehouse, rows));
        }
        if (stages == Stages.ALL && ingested.staged()) {
          timer.time("sentences", () -> {
            Dataset<Row> entries = warehouse.readStaged(Tables.ENTRIES);
            stage(warehouse, Tables.SENTENCES, Segmenter.sentences(entries), rows);
          });
          notes.addAll(ActorsStep.stage(spark, warehouse, registry, metonymModel,
              warehouse.readStaged(Tables.SENTENCES), ingested.partitions(), runId, timer, rows));
          // Later stages plug in here: stance and topics read the staged entries, sentences and mentions.
        }
        checks.addAll(timer.time("checks", () -> PublishChecks.run(warehouse.stagedTables(),
            name -> warehouse.read(Tables.byName(name).orElseThrow()))));
        PublishChecks.requireAllPassed(checks);
        Set<String> partitions = ingested.partitions();
        timer.time("publish", () -> {
          if (partitions == null) {
            warehouse.commit();
          } else {
            warehouse.commitPartitions(partitions);
          }
        });
        RunSummary summary = summary(command, runId, warehouse, ingested, rows, timer, notes);
        warehouse.appendRun(RunRecord.of(summary, config, versions, started, Instant.now(), checks, ingested.scope(),
            ingested.files(), null));
        warehouse.writeViews();
        return summary;
      } catch (RuntimeException e) {
        warehouse.abort();
        try {
          warehouse.appendRun(RunRecord.of(summary(command, runId, warehouse, ingested, rows, timer, notes), config,
              versions, started, Instant.now(), checks, ingested.scope(), ingested.files(), e.getMessage()));
        } catch (RuntimeException logFailure) {
          e.addSuppressed(logFailure);
        }
        throw e;
      }
    }
  }

  /** For a stage that reads the published tables: nothing read, the scope's dates (or whole tables) republished. */
  private static Ingested fromPublished(Warehouse warehouse, RunScope scope) {
    if (scope.mode() == RunScope.Mode.INCREMENTAL) {
      throw new JobConfig.InvalidConfigException(
          "incremental: the actors command reads the published sentences; give --date or --from/--to, or nothing");
    }
    if (!warehouse.exists(Tables.SENTENCES)) {
      throw new JobConfig.InvalidConfigException("warehouse: " + warehouse.root()
          + " has no published sentences table; run `liveblog run` first");
    }
    return scope.mode() == RunScope.Mode.DATES
        ? new Ingested(0, Map.of(), 0, List.of(), "dates " + scope.from().get() + ".." + scope.to().get(),
            scope.datePartitions(), true)
        : new Ingested(0, Map.of(), 0, List.of(), "full", null, true);
  }

  private static RunSummary summary(String command, String runId, Warehouse warehouse, Ingested ingested,
      Map<String, Long> rows, StageTimer timer, List<String> notes) {
    return new RunSummary(command, runId, warehouse.root().toString(), ingested.read(), ingested.rejectedByReason(),
        ingested.superseded(), rows, timer.durations(), notes);
  }

  /**
   * What ingest read and staged: records read in scope, rejections by reason, the files, a description of the scope,
   * and the partitions to publish (null: whole tables).
   */
  private record Ingested(long read, Map<String, Long> rejectedByReason, long superseded, List<FileStatus> files,
      String scope, Set<String> partitions, boolean staged) {
    static final Ingested NOTHING = new Ingested(0, Map.of(), 0, List.of(), "none", Set.of(), false);
  }

  private static Ingested ingest(SparkSession spark, JobConfig config, String command, RunScope scope,
      Instant started, String runId, Warehouse warehouse, Map<String, Long> rows) {
    String input = JobConfig.required(config.input(), "input");
    List<FileStatus> files = InputFiles.resolve(input, spark.sparkContext().hadoopConfiguration());
    if (scope.mode() == RunScope.Mode.INCREMENTAL) {
      Set<String> seen = warehouse.exists(Tables.RUNS)
          ? RunScope.alreadyRead(warehouse.read(Tables.RUNS), command) : Set.of();
      files = files.stream().filter(f -> !seen.contains(RunScope.fileVersion(f))).toList();
      if (files.isEmpty()) {
        return new Ingested(0, Map.of(), 0, files, "incremental: no new input", Set.of(), false);
      }
    }
    List<FileStatus> chosen = files;
    InputFormat format = config.format()
        .orElseGet(() -> InputFormat.detect(chosen, spark.sparkContext().hadoopConfiguration()));
    Dataset<Row> candidates;
    try {
      candidates = EntrySource.of(format).candidates(spark, chosen.stream().map(FileStatus::getPath).toList(),
          config.mapping());
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
      Dataset<Row> inScope = validated.filter(scope.contains(to_date(timestamp_micros(col("published_micros")))));
      for (Row row : inScope.groupBy(col("reason")).count().collectAsList()) {
        read += row.getLong(1);
        if (!row.isNullAt(0)) {
          byReason.put(row.getString(0), row.getLong(1));
        }
      }
      Dataset<Row> toSplit = validated;
      Dataset<Row> carriedRejected = null;
      long carried = 0;
      Set<String> partitions = null;
      String described = "full";
      if (scope.mode() == RunScope.Mode.DATES) {
        partitions = scope.datePartitions();
        described = "dates " + scope.from().get() + ".." + scope.to().get();
      } else if (scope.mode() == RunScope.Mode.INCREMENTAL) {
        // A changed file is read again whole: its published rows are dropped and its dates rebuilt from the new read.
        Object[] reread = chosen.stream().map(f -> f.getPath().toString()).toArray();
        Set<LocalDate> touched = touchedDates(spark, warehouse, validated, reread);
        partitions = new TreeSet<>();
        for (LocalDate date : touched) {
          partitions.add(RunScope.partition(date));
        }
        described = "incremental " + partitions;
        if (warehouse.exists(Tables.ENTRIES)) {
          Dataset<Row> carriedEntries = inDates(warehouse.read(Tables.ENTRIES), touched)
              .filter(col("source_file").isin(reread).unary_$bang());
          carriedRejected = inDates(warehouse.read(Tables.REJECTED_ENTRIES), touched)
              .filter(col("source_file").isin(reread).unary_$bang());
          carried = carriedEntries.count() + carriedRejected.count();
          toSplit = validated.unionByName(EntryIngest.asValidated(carriedEntries));
        }
      }
      EntryIngest.Result result = EntryIngest.split(toSplit, runId);
      Dataset<Row> rejected = carriedRejected == null ? result.rejected()
          : result.rejected().unionByName(Tables.REJECTED_ENTRIES.conform(carriedRejected));
      stage(warehouse, Tables.ENTRIES, result.entries().filter(scope.contains(col("published_date"))), rows);
      stage(warehouse, Tables.REJECTED_ENTRIES, rejected.filter(scope.contains(col("published_date"))), rows);
      long written = rows.get(Tables.ENTRIES.name()) + rows.get(Tables.REJECTED_ENTRIES.name());
      if (read + carried != written) {
        throw new IllegalStateException(String.format("Count check failed: read %d records (and brought back %d"
            + " published rows) but staged %d entries and rejections; nothing was published", read, carried, written));
      }
      Column isSuperseded = col("reason").equalTo(RejectReason.DUPLICATE_SUPERSEDED.name());
      long superseded = warehouse.readStaged(Tables.REJECTED_ENTRIES).filter(isSuperseded).count()
          - (carriedRejected == null ? 0 : carriedRejected.filter(isSuperseded).count());
      return new Ingested(read, byReason, superseded, chosen, described, partitions, true);
    } finally {
      validated.unpersist();
    }
  }

  /**
   * Dates of the new records, the published dates of entries that new versions may supersede, and the published
   * dates of rows that came from files now read again.
   */
  private static Set<LocalDate> touchedDates(SparkSession spark, Warehouse warehouse,
      Dataset<Row> validated, Object[] reread) {
    Dataset<Row> newDates = validated.select(to_date(timestamp_micros(col("published_micros"))).as("published_date"));
    Dataset<Row> dates = newDates;
    if (warehouse.exists(Tables.ENTRIES)) {
      Dataset<Row> newKeys = validated.filter(col("reason").isNull())
          .select(EntryIngest.entryKey(col("outlet"), col("blog_id"), col("entry_id")).as("entry_key"));
      dates = newDates
          .unionByName(warehouse.read(Tables.ENTRIES).join(newKeys, "entry_key").select("published_date"))
          .unionByName(warehouse.read(Tables.ENTRIES).filter(col("source_file").isin(reread)).select("published_date"))
          .unionByName(warehouse.read(Tables.REJECTED_ENTRIES).filter(col("source_file").isin(reread))
              .select("published_date"));
    }
    Set<LocalDate> touched = new HashSet<>();
    for (Row row : dates.distinct().collectAsList()) {
      touched.add(row.isNullAt(0) ? null : row.getDate(0).toLocalDate());
    }
    return touched;
  }

  private static Dataset<Row> inDates(Dataset<Row> table, Set<LocalDate> dates) {
    List<String> days = dates.stream().filter(d -> d != null).map(Object::toString).toList();
    var filter = col("published_date").isin(days.toArray());
    if (dates.contains(null)) {
      filter = filter.or(col("published_date").isNull());
    }
    return table.filter(filter);
  }

  static void stage(Warehouse warehouse, TableSchema table, Dataset<Row> rows, Map<String, Long> counts) {
    counts.put(table.name(), warehouse.stage(table, rows).count());
  }

  static String newRunId(Instant started) {
    return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started)
        + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
