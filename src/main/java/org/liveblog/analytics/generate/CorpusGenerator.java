package org.liveblog.analytics.generate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.timestamp_micros;

import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.liveblog.analytics.ingest.InputContract;

/**
 * The synthetic sample corpus: live-blog entries in the input contract's native layout, with planted trends,
 * spikes, stance shifts, topic co-occurrences, rejects and duplicates that {@link #manifest()} states exactly.
 */
public final class CorpusGenerator {

  /**
   * About 30 MB of Parquet per file, each one row group: with 250,000 an input split of a 3.2 M-entry corpus was one
   * ~1 GB row group, and ingest ran out of an 8 GB heap caching it.
   */
  private static final long ENTRIES_PER_PARTITION = 50_000;

  private final GeneratorSettings settings;
  private final PlantedSignals signals;
  private final PlantedRows plantedRows;

  public CorpusGenerator(GeneratorSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.signals = new PlantedSignals(settings);
    this.plantedRows = new PlantedRows(settings);
  }

  public GeneratorSettings settings() {
    return settings;
  }

  /**
   * The entries (plus planted duplicates), lazily: nothing runs until the caller writes or counts. Column names,
   * order and types are those of {@link InputContract#nativeSchema()}; every column is nullable because planted
   * rejects put nulls into required fields (Parquet files read back are all-nullable anyway).
   */
  public Dataset<Row> entries(SparkSession spark) {
    long bySize = (settings.entries() + ENTRIES_PER_PARTITION - 1) / ENTRIES_PER_PARTITION;
    return entries(spark, (int) Math.max(spark.sparkContext().defaultParallelism(), Math.min(bySize, 100_000)));
  }

  /** The same rows, spread over the given number of partitions (the rows do not depend on it). */
  public Dataset<Row> entries(SparkSession spark, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
    }
    EntryFactory factory = new EntryFactory(settings, signals, plantedRows);
    Dataset<Row> raw = spark.range(0, settings.entries(), 1, partitions)
        .flatMap(factory, Encoders.row(EntryFactory.RAW_SCHEMA));
    // Timestamps travel as epoch microseconds so the rows do not depend on spark.sql.datetime.java8API.enabled.
    Column[] columns = new Column[EntryFactory.RAW_SCHEMA.fields().length];
    int i = 0;
    for (StructField field : InputContract.nativeSchema().fields()) {
      Column column = col(field.name());
      columns[i++] = field.dataType().sameType(DataTypes.TimestampType)
          ? timestamp_micros(column).as(field.name())
          : column;
    }
    return raw.select(columns);
  }

  /** What was planted, computed from the settings alone (no pass over the data). */
  public GroundTruth manifest() {
    return GroundTruthBuilder.build(settings, signals, plantedRows);
  }
}
