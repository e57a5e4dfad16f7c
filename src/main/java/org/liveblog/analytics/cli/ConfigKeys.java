package org.liveblog.analytics.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every configuration key, with its default and meaning, in one place. The same names are the long command-line
 * options and the keys of a config file; the command line overrides the file, which overrides these defaults.
 */
public final class ConfigKeys {

  private ConfigKeys() {}

  public static final String INPUT = "input";
  public static final String WAREHOUSE = "warehouse";
  public static final String FORMAT = "format";
  public static final String MAP = "map";
  public static final String MAX_BODY_CHARS = "max-body-chars";
  public static final String EARLIEST_DATE = "earliest-date";
  public static final String RUN_ID = "run-id";
  public static final String LOCK_WAIT_SECONDS = "lock-wait-seconds";
  public static final String TABLE_FORMAT = "table-format";
  public static final String DATE = "date";
  public static final String FROM = "from";
  public static final String TO = "to";
  public static final String INCREMENTAL = "incremental";
  public static final String OUTPUT = "output";
  public static final String ENTRIES = "entries";
  public static final String SEED = "seed";
  public static final String START_DATE = "start-date";
  public static final String DAYS = "days";
  public static final String OUTPUT_FORMAT = "output-format";
  public static final String TABLES = "tables";
  public static final String WHERE = "where";
  public static final String REGISTRY = "registry";
  public static final String METONYM_THRESHOLD = "metonym-threshold";

  /** key → {default (null: none), description}. */
  public static final Map<String, String[]> ALL = new LinkedHashMap<>();

  static {
    define(INPUT, null, "Input file, folder or glob of live-blog entries (ingest, run).");
    define(WAREHOUSE, null, "Folder (local, hdfs://, s3a://) that holds the published tables (ingest, run).");
    define(FORMAT, "auto", "Input format: parquet, jsonl, csv, guardian, or auto (from the file names).");
    define(MAP, "", "Column mapping, comma-separated field=source[|fallback] pairs, e.g. published_at=time_iso.");
    define(MAX_BODY_CHARS, "200000", "Bodies longer than this many characters are rejected as BODY_TOO_LARGE.");
    define(EARLIEST_DATE, "1990-01-01", "Entries published before this date are rejected as TIMESTAMP_OUT_OF_RANGE.");
    define(RUN_ID, null, "Id of the run (default: UTC start time and a random suffix).");
    define(DATE, null, "Publish only this UTC date of entries (YYYY-MM-DD); the same as --from D --to D.");
    define(FROM, null, "First UTC date a backfill publishes (with --to); other dates stay as they are.");
    define(TO, null, "Last UTC date a backfill publishes (with --from).");
    define(INCREMENTAL, "false", "Read only input files that are new or changed since the successful runs, and"
        + " republish just the dates they touch.");
    define(TABLE_FORMAT, "parquet", "How tables are stored: parquet (folders of Parquet files) or iceberg (a Hadoop"
        + " catalog under the warehouse; needs the iceberg-spark-runtime jar on the classpath).");
    define(LOCK_WAIT_SECONDS, "0", "How long a run waits for another run's warehouse lock before failing.");
    define(OUTPUT, null, "Folder the generate command writes the corpus and manifest.json to.");
    define(ENTRIES, "20000", "Number of entries the generate command writes.");
    define(SEED, "42", "Random seed of the generate command; the same seed writes the same corpus.");
    define(START_DATE, "2024-01-01", "First day of the generated corpus.");
    define(DAYS, "180", "Number of days the generated corpus spans.");
    define(OUTPUT_FORMAT, "parquet", "Format of the generated corpus: parquet or jsonl.");
    define(TABLES, "", "Tables the export command writes, comma-separated (default: every published table).");
    define(REGISTRY, null, "Actor registry file (docs/REGISTRY.md; local, hdfs:// or s3a://) for the actors stage;"
        + " default: the registry shipped in the jar.");
    define(METONYM_THRESHOLD, null, "Probability, between 0 and 1, at or above which a metonym ('Moscow', 'the"
        + " Kremlin') counts as its government rather than a place; default: the shipped model's own (0.50, the"
        + " cross-validated F1 optimum). Higher trades recall for precision (docs/EVALUATION.md).");
    define(WHERE, null, "Spark SQL filter the export command applies to each table, e.g. published_date >= '2024-03-01'.");
  }

  private static void define(String key, String defaultValue, String description) {
    ALL.put(key, new String[] {defaultValue, description});
  }

  public static String defaultOf(String key) {
    return ALL.get(key)[0];
  }
}
