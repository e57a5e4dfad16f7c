package org.liveblog.analytics.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** The input layouts `ingest` reads, the file name extensions of each, and detection when --format is not given. */
public enum InputFormat {
  PARQUET(".parquet"), JSONL(".jsonl", ".ndjson", ".json"), CSV(".csv"), GUARDIAN(".json");

  /** Compression suffixes a data file may carry after its format's extension. */
  private static final String COMPRESSION = "\\.(gz|bz2|snappy|zst|lz4|deflate)$";

  private final List<String> extensions;

  InputFormat(String... extensions) {
    this.extensions = List.of(extensions);
  }

  public static InputFormat parse(String name) {
    for (InputFormat format : values()) {
      if (format.name().equalsIgnoreCase(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "format: expected one of parquet, jsonl, csv, guardian, got '" + name + "'");
  }

  public List<String> extensions() {
    return extensions;
  }

  /** Whether a file of this name holds this format by its extension (a compression suffix aside). */
  public boolean matches(String fileName) {
    return extensions.contains(extension(fileName));
  }

  /** The extension of a file name, lower-cased, after any compression suffix ("" for none): a.JSONL.gz → .jsonl. */
  static String extension(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT).replaceAll(COMPRESSION, "");
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot);
  }

  /**
   * Detects the format from the files' names: the one format of the .parquet, .jsonl/.ndjson and .csv files (each
   * optionally compressed) among them; failing those, .json files, which are Guardian Content API JSON when the first
   * one holds a "response" or "content" object with blocks, else JSON Lines. Names that mix those formats, or that
   * show none of them, fail naming what was found.
   */
  public static InputFormat detect(List<FileStatus> files, Configuration hadoopConf) {
    Map<InputFormat, Long> byFormat = new TreeMap<>(files.stream()
        .map(f -> extension(f.getPath().getName()))
        .filter(e -> !e.equals(".json"))
        .flatMap(e -> List.of(PARQUET, JSONL, CSV).stream().filter(format -> format.extensions.contains(e)))
        .collect(Collectors.groupingBy(format -> format, Collectors.counting())));
    if (byFormat.size() == 1) {
      return byFormat.keySet().iterator().next();
    }
    String where = files.isEmpty() ? "" : " under " + files.get(0).getPath().getParent();
    if (byFormat.size() > 1) {
      throw new InvalidInputException("Input files" + where + " are of several formats (" + byFormat.entrySet().stream()
          .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
          + "); pass --format, or an input path that holds one format");
    }
    Optional<FileStatus> json = files.stream().filter(f -> extension(f.getPath().getName()).equals(".json")).findFirst();
    if (json.isPresent()) {
      return looksLikeGuardianItem(json.get().getPath(), hadoopConf) ? GUARDIAN : JSONL;
    }
    throw new InvalidInputException("Cannot tell the format of the input files" + where + " from their names (e.g. "
        + files.stream().limit(3).map(f -> f.getPath().getName()).collect(Collectors.joining(", "))
        + "): expected .parquet, .jsonl, .ndjson, .csv or .json, optionally compressed; pass --format");
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
      throw new InvalidInputException("Input file " + file + " is not readable: " + e.getMessage(), e);
    }
  }
}
