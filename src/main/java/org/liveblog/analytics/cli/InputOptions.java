package org.liveblog.analytics.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** The options of the commands that read live-blog input (ingest, run): where and how. */
final class InputOptions {

  @Option(names = "--input", paramLabel = "PATH", description = "Input file, folder or glob.")
  String input;

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
}
