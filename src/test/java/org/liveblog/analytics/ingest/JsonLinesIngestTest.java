package org.liveblog.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.SparkSessionExtension;

@ExtendWith(SparkSessionExtension.class)
class JsonLinesIngestTest {

  private static final String OK = "\"outlet\":\"ledger\",\"blog_id\":\"b1\"";

  @Test
  void routesEveryKindOfBadRecordAndKeepsTheLatestDuplicate(SparkSession spark, @TempDir Path dir) throws Exception {
    byte[] line = IngestFixtures.invalidUtf8(
        "{" + OK + ",\"entry_id\":\"e-utf\",\"published_at\":\"2024-01-01T10:00:00Z\",\"body\":\"caf", "\"}");
    Path file = IngestFixtures.writeLines(dir, "entries.jsonl",
        "{" + OK + ",\"entry_id\":\"e1\",\"published_at\":\"2024-01-01T10:00:00Z\",\"body\":\"First line.\\nSecond line.\",\"updated_at\":\"2024-01-01T10:05:00Z\"}",
        "{" + OK + ",\"entry_id\":\"e2\",\"published_at\":\"2024-01-01T11:00\",\"body\":\"<p>Hello <b>there</b></p><p>Again</p>\",\"body_format\":\"html\",\"is_key_event\":true}",
        "{" + OK + ",\"entry_id\":\"e1\",\"published_at\":\"2024-01-01T10:00:00Z\",\"body\":\"An older version.\",\"updated_at\":\"2024-01-01T10:01:00Z\"}",
        "{" + OK + ",\"entry_id\":\"e-json\",\"published_at\":",
        "",
        "{" + OK + ",\"entry_id\":\"e-missing\",\"published_at\":\"2024-01-01T10:00:00Z\"}",
        "{" + OK + ",\"published_at\":\"2024-01-01T10:00:00Z\",\"body\":\"no id\"}",
        "{" + OK + ",\"entry_id\":\"e-ts\",\"published_at\":\"yesterday at noon\",\"body\":\"x\"}",
        "{" + OK + ",\"entry_id\":\"e-range\",\"published_at\":\"1970-01-01T00:00:00Z\",\"body\":\"x\"}",
        "{" + OK + ",\"entry_id\":\"e-future\",\"published_at\":\"2031-01-01T00:00:00Z\",\"body\":\"x\"}",
        "{" + OK + ",\"entry_id\":\"e-empty\",\"published_at\":\"2024-01-01T10:00:00Z\",\"body\":\"<p> </p><br>\",\"body_format\":\"html\"}",
        "{" + OK + ",\"entry_id\":\"e-large\",\"published_at\":\"2024-01-01T10:00:00Z\",\"body\":\"" + "x".repeat(401) + "\"}",
        line,
        "{" + OK + ",\"entry_id\":\"e-type\",\"published_at\":\"2024-01-01T10:00:00Z\",\"body\":{\"text\":\"nested\"}}",
        "{" + OK + ",\"entry_id\":\"e-bool\",\"published_at\":\"2024-01-01T10:00:00Z\",\"body\":\"x\",\"is_key_event\":\"maybe\"}",
        "[1, 2, 3]");

    EntryIngest.Result result =
        IngestFixtures.ingest(spark, new JsonLinesSource(), List.of(file), ColumnMapping.identity());

    Map<String, String> reasons = IngestFixtures.reasons(result);
    assertThat(reasons).contains(
        entry("e1", "DUPLICATE_SUPERSEDED"),
        entry("e-missing", "MISSING_FIELD"),
        entry("e-ts", "UNPARSABLE_TIMESTAMP"),
        entry("e-range", "TIMESTAMP_OUT_OF_RANGE"),
        entry("e-future", "TIMESTAMP_OUT_OF_RANGE"),
        entry("e-empty", "EMPTY_BODY"),
        entry("e-large", "BODY_TOO_LARGE"),
        entry("e-type", "WRONG_TYPE"),
        entry("e-bool", "WRONG_TYPE"));
    assertThat(reasons.values()).containsOnlyOnce("INVALID_UTF8");
    assertThat(reasons.values()).filteredOn("INVALID_JSON"::equals).hasSize(2);
    assertThat(reasons).containsValue("MISSING_FIELD").hasSize(13);

    List<Row> entries = result.entries().orderBy("entry_id").collectAsList();
    assertThat(entries).extracting(r -> r.getAs("entry_id")).containsExactly("e1", "e2");
    Row first = entries.get(0);
    assertThat((String) first.getAs("text")).isEqualTo("First line.\n\nSecond line.");
    assertThat((Timestamp) first.getAs("updated_at")).isEqualTo(Timestamp.valueOf("2024-01-01 10:05:00"));
    Row second = entries.get(1);
    assertThat((String) second.getAs("text")).isEqualTo("Hello there\n\nAgain");
    assertThat((Boolean) second.getAs("is_key_event")).isTrue();
    assertThat((String) second.getAs("entry_key")).hasSize(32);

    // Every record read (the blank line is not a record) is in exactly one table.
    assertThat(IngestFixtures.read(result)).isEqualTo(15);
    // Positions are byte offsets of the lines: the winning e1 is the first line, e2 starts after it.
    List<String> lines = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(IngestFixtures.positions(result)).contains(entry("e1", "byte 0"),
        entry("e2", "byte " + (lines.get(0).length() + 1)));
    assertThat(result.rejected().filter("entry_id = 'e1'").select("record_index").first().getLong(0))
        .isEqualTo(lines.get(0).length() + 1 + lines.get(1).length() + 1);
    assertThat(result.entries().count() + result.rejected().count()).isEqualTo(15);
  }

  @Test
  void readsTheUkpLayoutThroughAMappingWithFallbacks(SparkSession spark, @TempDir Path dir) throws Exception {
    Path file = IngestFixtures.writeLines(dir, "ukp.jsonl",
        "{\"source\":\"bbc\",\"blog_id\":\"p1\",\"seq\":0,\"block_id\":\"post_1\",\"time_iso\":\"2017-11-20T18:00\","
            + "\"block_id_ts_utc\":\"2017-11-20T17:05:58Z\",\"text\":\"we 've now finished posting .\","
            + "\"author\":[\"Martin Example\",\"Reporter\"]}",
        "{\"source\":\"bbc\",\"blog_id\":\"p1\",\"seq\":1,\"block_id\":null,\"time_iso\":null,"
            + "\"block_id_ts_utc\":\"2017-11-20T16:15:22Z\",\"text\":\"a second post .\"}",
        "{\"source\":\"bbc\",\"blog_id\":\"p1\",\"seq\":2,\"block_id\":\"post_3\",\"text\":\"no time at all .\"}");
    ColumnMapping mapping = ColumnMapping.parse(List.of("outlet=source", "entry_id=block_id|seq",
        "published_at=time_iso|block_id_ts_utc", "body=text"));

    EntryIngest.Result result = IngestFixtures.ingest(spark, new JsonLinesSource(), List.of(file), mapping);

    List<Row> entries = result.entries().orderBy("published_at").collectAsList();
    assertThat(entries).extracting(r -> r.getAs("entry_id")).containsExactly("1", "post_1");
    assertThat((String) entries.get(1).getAs("author")).isEqualTo("Martin Example, Reporter");
    assertThat((Timestamp) entries.get(0).getAs("published_at")).isEqualTo(Timestamp.valueOf("2017-11-20 16:15:22"));
    assertThat(IngestFixtures.reasons(result)).containsExactly(entry("post_3", "MISSING_FIELD"));
  }
}
