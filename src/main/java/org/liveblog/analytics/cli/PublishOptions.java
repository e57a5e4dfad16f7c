package org.liveblog.analytics.cli;

import picocli.CommandLine.Option;

/** The options of the commands that publish into a warehouse (ingest, run, actors): where, which dates, how. */
final class PublishOptions {

  @Option(names = "--warehouse", paramLabel = "DIR", description = "Folder of the published tables.")
  String warehouse;

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
