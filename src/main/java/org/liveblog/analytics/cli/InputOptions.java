package org.liveblog.analytics.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** The options of the commands that read live-blog input into a warehouse (ingest, run). */
final class InputOptions {

  @Option(names = "--input", paramLabel = "PATH", description = "Input file, folder or glob.")
  String input;

  @Option(names = "--warehouse", paramLabel = "DIR", description = "Folder of the published tables.")
  String warehouse;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "parquet, jsonl, csv, guardian or auto (default: auto, from the file names).")
  String format;

  @Option(names = "--map", paramLabel = "FIELD=SOURCE[|FALLBACK]",
      description = "Read a contract field from another column, e.g. --map published_at=time_iso. Repeatable.")
  List<String> map;

  @Option(names = "--max-body-chars", paramLabel = "N", description = "Longest accepted body (default 200000).")
  String maxBodyChars;

  @Option(names = "--earliest-date", paramLabel = "YYYY-MM-DD",
      description = "Earliest accepted published_at (default 1990-01-01).")
  String earliestDate;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publish only this date of entries; other dates stay as they are.")
  String date;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Backfill: first date to publish (with --to).")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Backfill: last date to publish (with --from).")
  String to;

  @Option(names = "--incremental", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
      description = "Read only input files new or changed since the successful runs; republish the dates they touch.")
  String incremental;

  @Option(names = "--table-format", paramLabel = "FORMAT",
      description = "parquet (default) or iceberg (one atomic snapshot per table per run).")
  String tableFormat;

  @Option(names = "--lock-wait-seconds", paramLabel = "S",
      description = "Wait this long for another run's warehouse lock before failing (default 0).")
  String lockWaitSeconds;

  @Option(names = "--run-id", paramLabel = "ID", description = "Id of this run (default: time and random suffix).")
  String runId;
}
