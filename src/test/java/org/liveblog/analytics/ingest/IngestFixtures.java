package org.liveblog.analytics.ingest;

import static org.apache.spark.sql.functions.col;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Shared helpers of the ingest tests: writing literal fixture files and running the ingest stage on them. */
final class IngestFixtures {

  private IngestFixtures() {}

  static final ValidationRules RULES =
      new ValidationRules(400, LocalDate.of(1990, 1, 1), Instant.parse("2026-01-01T00:00:00Z"));

  /** Writes lines as UTF-8, except byte arrays, which are written as they are (for invalid UTF-8). */
  static Path writeLines(Path dir, String name, Object... lines) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object line : lines) {
      out.write(line instanceof byte[] bytes ? bytes : line.toString().getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }
    Path file = dir.resolve(name);
    Files.write(file, out.toByteArray());
    return file;
  }

  /** A line whose bytes break UTF-8 (0xC3 0x28) between two valid parts. */
  static byte[] invalidUtf8(String before, String after) {
    byte[] head = before.getBytes(StandardCharsets.UTF_8);
    byte[] tail = after.getBytes(StandardCharsets.UTF_8);
    byte[] line = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, line, 0, head.length);
    line[head.length] = (byte) 0xC3;
    line[head.length + 1] = (byte) 0x28;
    System.arraycopy(tail, 0, line, head.length + 2, tail.length);
    return line;
  }

  static EntryIngest.Result ingest(SparkSession spark, EntrySource source, List<Path> files, ColumnMapping mapping)
      throws IOException {
    List<org.apache.hadoop.fs.Path> paths =
        files.stream().map(p -> new org.apache.hadoop.fs.Path(p.toUri())).toList();
    Dataset<Row> validated = EntryIngest.validate(source.candidates(spark, paths, mapping), RULES).cache();
    return EntryIngest.split(validated, "test-run");
  }

  /** entry_id → reason of every rejected row that has an entry id; others keyed by "record_kind record_index". */
  static Map<String, String> reasons(EntryIngest.Result result) {
    Map<String, String> reasons = new TreeMap<>();
    for (Row row : result.rejected().select("entry_id", "record_kind", "record_index", "reason").collectAsList()) {
      reasons.put(row.isNullAt(0) ? row.getString(1) + " " + row.getLong(2) : row.getString(0), row.getString(3));
    }
    return reasons;
  }

  /** entry_id → "record_kind record_index" of every row that has an entry id; the entry's when it has one. */
  static Map<String, String> positions(EntryIngest.Result result) {
    Map<String, String> positions = new TreeMap<>();
    for (Dataset<Row> rows : List.of(result.rejected(), result.entries())) {
      for (Row row : rows.filter(col("entry_id").isNotNull()).select("entry_id", "record_kind", "record_index")
          .collectAsList()) {
        positions.put(row.getString(0), row.getString(1) + " " + row.getLong(2));
      }
    }
    return positions;
  }

  static long read(EntryIngest.Result result) {
    return result.validated().count();
  }
}
