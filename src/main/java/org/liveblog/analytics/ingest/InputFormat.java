package org.liveblog.analytics.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The input layouts `ingest` reads, and detection from a path when --format is not given. */
public enum InputFormat {
  PARQUET, JSONL, CSV, GUARDIAN;

  public static InputFormat parse(String name) {
    for (InputFormat format : values()) {
      if (format.name().equalsIgnoreCase(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "format: expected one of parquet, jsonl, csv, guardian, got '" + name + "'");
  }


  /**
   * Detects the format from the first input file's name: .parquet, .jsonl/.ndjson, .csv (each optionally .gz), and
   * .json, which is Guardian Content API JSON when the document has a "response" or "content" object holding
   * blocks, else JSON Lines.
   */
  public static InputFormat detect(List<FileStatus> files, Configuration hadoopConf) {
    Path first = files.get(0).getPath();
    String name = first.getName().toLowerCase(Locale.ROOT).replaceAll("\\.(gz|bz2|snappy|zst)$", "");
    if (name.endsWith(".parquet")) {
      return PARQUET;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".json")) {
      return looksLikeGuardianItem(first, hadoopConf) ? GUARDIAN : JSONL;
    }
    throw new IllegalArgumentException("Cannot tell the format of " + first
        + " from its name (expected .parquet, .jsonl, .ndjson, .csv or .json); pass --format");
  }

  private static boolean looksLikeGuardianItem(Path file, Configuration hadoopConf) {
    try {
      FileSystem fs = file.getFileSystem(hadoopConf);
      try (InputStream in = fs.open(file)) {
        String head = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        // A JSON Lines file has one object per line; a Content API response is one document with nested blocks.
        return head.contains("\"blocks\"") && (head.contains("\"response\"") || head.contains("\"content\""))
            && !head.strip().contains("}\n{");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + " to detect its format", e);
    }
  }
}
