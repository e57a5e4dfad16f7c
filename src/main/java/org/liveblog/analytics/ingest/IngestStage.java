package org.liveblog.analytics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.timestamp_micros;
import static org.apache.spark.sql.functions.to_date;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.InvalidConfigException;
import org.liveblog.analytics.stage.OptionTypes;
import org.liveblog.analytics.stage.RunScope;
import org.liveblog.analytics.stage.Stage;
import org.liveblog.analytics.stage.StageContext;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The ingest stage: input files in, the entries and rejected_entries tables staged. It reads the input once, validates
 * every record, keeps the latest version of each entry, and for an incremental run reads only new or changed files
 * and brings back the published rows of the dates they touch, so that the outcome equals a full run's. Its options are
 * the input and its validation.
 */
public final class IngestStage implements Stage {

  public static final String NAME = "ingest";

  @Option(names = "--input", paramLabel = "PATH",
      description = "Input file, folder or glob of live-blog entries (local, hdfs://, s3a://).")
  String input;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto", converter = FormatOption.class,
      description = "Input format: parquet, jsonl, csv, guardian, or auto (default: from the file names).")
  InputFormat format;

  @Option(names = "--map", paramLabel = "FIELD=SOURCE[|FALLBACK]", split = ",", converter = MappingOption.class,
      description = "Read a contract field from another column, e.g. --map published_at=time_iso (repeatable, or"
          + " comma-separated); a source may name fallbacks with | and nested fields with dots.")
  List<String> map = new ArrayList<>();

  /** auto is null: the format is detected from the file names. */
  static final class FormatOption implements ITypeConverter<InputFormat> {
    @Override
    public InputFormat convert(String value) {
      if (value.strip().equalsIgnoreCase("auto")) {
        return null;
      }
      try {
        return InputFormat.parse(value.strip());
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage().replaceFirst("^format: ", "") + " (or auto)");
      }
    }
  }

  /** One field=source pair, checked on its own so that a bad one fails before any work. */
  static final class MappingOption implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        ColumnMapping.parse(List.of(value.strip()));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage().replaceFirst("^map: ", ""));
      }
      return value.strip();
    }
  }

  @Option(names = "--max-body-chars", paramLabel = "N", defaultValue = "200000",
      converter = OptionTypes.PositiveInt.class,
      description = "Bodies longer than this many characters are rejected as BODY_TOO_LARGE (default: ${DEFAULT-VALUE}).")
  int maxBodyChars;

  @Option(names = "--earliest-date", paramLabel = "YYYY-MM-DD", defaultValue = "1990-01-01",
      converter = OptionTypes.IsoDate.class,
      description = "Entries published before this date are rejected as TIMESTAMP_OUT_OF_RANGE"
          + " (default: ${DEFAULT-VALUE}).")
  LocalDate earliestDate;


  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<TableSchema> reads() {
    return List.of();
  }

  @Override
  public List<TableSchema> writes() {
    return List.of(Tables.REJECTED_ENTRIES, Tables.ENTRIES);
  }

  @Option(names = "--incremental", arity = "0..1", fallbackValue = "true", defaultValue = "false",
      paramLabel = "true|false",
      description = "Read only input files that no successful run has read (new, or changed in length or modification"
          + " time), and republish just the dates they touch.")
  boolean incremental;

  public boolean incremental() {
    return incremental;
  }

  /** The input; fails when none is given. */
  public String input() {
    if (input == null || input.isBlank()) {
      throw new InvalidConfigException("--input is required (on the command line or as 'input' in the config file)");
    }
    return input;
  }

  @Override
  public void prepare(SparkSession spark) {
    input();
  }

  @Override
  public Map<String, String> versions() {
    return Map.of();
  }

  @Override
  public String republishCommand(String warehouse) {
    return "liveblog run --input " + input + " --warehouse " + warehouse;
  }

  @Override
  public void run(StageContext context) {
    SparkSession spark = context.spark();
    RunScope scope = context.scope();
    ColumnMapping mapping = ColumnMapping.parse(map);
    List<FileStatus> files = InputFiles.resolve(input(), spark.sparkContext().hadoopConfiguration());
    if (scope.mode() == RunScope.Mode.INCREMENTAL) {
      Set<String> seen = context.published(Tables.RUNS)
          .map(runs -> IncrementalInput.alreadyRead(runs, context.writes())).orElse(Set.of());
      files = files.stream().filter(f -> !seen.contains(IncrementalInput.fileVersion(f))).toList();
      if (files.isEmpty()) {
        context.recordInput(0, Map.of(), 0, files);
        context.finishEarly("incremental: no new input");
        return;
      }
    }
    List<FileStatus> chosen = files;
    InputFormat format = this.format != null ? this.format
        : InputFormat.detect(chosen, spark.sparkContext().hadoopConfiguration());
    Dataset<Row> candidates;
    try {
      candidates = EntrySource.of(format).candidates(spark, chosen.stream().map(FileStatus::getPath).toList(), mapping);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read input " + input, e);
    }
    ValidationRules rules = new ValidationRules(maxBodyChars, earliestDate,
        context.startedAt().plus(ValidationRules.FUTURE_SLACK_HOURS, ChronoUnit.HOURS));
    // Validation parses every record once; both tables and the counts are derived from the persisted result.
    Dataset<Row> validated = EntryIngest.validate(candidates, rules).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      stage(context, validated, chosen);
    } finally {
      validated.unpersist();
    }
  }

  private void stage(StageContext context, Dataset<Row> validated, List<FileStatus> files) {
    RunScope scope = context.scope();
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
    if (scope.mode() == RunScope.Mode.INCREMENTAL) {
      Object[] reread = files.stream().map(f -> f.getPath().toString()).toArray();
      Optional<Dataset<Row>> entries = context.published(Tables.ENTRIES);
      Optional<Dataset<Row>> rejected = context.published(Tables.REJECTED_ENTRIES);
      Set<LocalDate> touched = IncrementalInput.touchedDates(validated, entries, rejected, reread);
      Set<String> partitions = new TreeSet<>();
      touched.forEach(date -> partitions.add(RunScope.partition(date)));
      context.replacePartitions(partitions, "incremental " + partitions);
      if (entries.isPresent()) {
        Column notReread = col("source_file").isin(reread).unary_$bang();
        Dataset<Row> carriedEntries = IncrementalInput.inDates(entries.get(), touched).filter(notReread);
        carriedRejected = IncrementalInput.inDates(rejected.orElseThrow(), touched).filter(notReread);
        carried = carriedEntries.count() + carriedRejected.count();
        toSplit = validated.unionByName(EntryIngest.asValidated(carriedEntries));
      }
    }
    EntryIngest.Result result = EntryIngest.split(toSplit, context.runId());
    Dataset<Row> rejected = carriedRejected == null ? result.rejected()
        : result.rejected().unionByName(Tables.REJECTED_ENTRIES.conform(carriedRejected));
    // Rejections first: an entry the entries' row rules move aside joins them.
    context.stage(Tables.REJECTED_ENTRIES, rejected.filter(scope.contains(col("published_date"))));
    context.stage(Tables.ENTRIES, result.entries().filter(scope.contains(col("published_date"))));
    long written = context.input(Tables.ENTRIES).count() + context.input(Tables.REJECTED_ENTRIES).count();
    if (read + carried != written) {
      throw new IllegalStateException(String.format("Count check failed: read %d records (and brought back %d"
          + " published rows) but staged %d entries and rejections; nothing was published", read, carried, written));
    }
    Column isSuperseded = col("reason").equalTo(RejectReason.DUPLICATE_SUPERSEDED.name());
    long superseded = context.input(Tables.REJECTED_ENTRIES).filter(isSuperseded).count()
        - (carriedRejected == null ? 0 : carriedRejected.filter(isSuperseded).count());
    context.recordInput(read, byReason, superseded, files);
  }
}
