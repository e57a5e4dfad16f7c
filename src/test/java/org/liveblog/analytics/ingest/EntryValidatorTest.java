package org.liveblog.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.SparkSessionExtension;

/**
 * Literal candidate rows through the validator: timestamps far outside the window are out of range (not unparsable),
 * and ids with control characters are INVALID_ID. The last test takes the same records through the JSON Lines reader.
 */
@ExtendWith(SparkSessionExtension.class)
class EntryValidatorTest {

  private static final EntryValidator VALIDATOR = new EntryValidator(IngestFixtures.RULES);
  private static final int REASON = EntryValidator.SCHEMA.fieldIndex("reason");
  private static final int DETAIL = EntryValidator.SCHEMA.fieldIndex("detail");
  private static final int ENTRY_ID = EntryValidator.SCHEMA.fieldIndex(InputContract.ENTRY_ID);

  @Test
  void wellFormedTimestampsOutsideTheWindowAreOutOfRangeWhateverTheYear() {
    assertThat(Timestamps.parseMicros("2999-01-01T00:00:00Z")).isEqualTo(32_472_144_000_000_000L);
    assertThat(Timestamps.parseMicros("1500-01-01")).isEqualTo(-14_831_769_600_000_000L);
    assertThat(Timestamps.parseMicros("2024-03-01T10:00:00.123456Z")).isEqualTo(1_709_287_200_123_456L);

    assertRejected(candidate("ledger", "b1", "far", "2999-01-01T00:00:00Z", null), "TIMESTAMP_OUT_OF_RANGE",
        "published_at 2999-01-01T00:00:00Z is more than 48 h after the run started");
    assertRejected(candidate("ledger", "b1", "far", "9999-12-31 23:59:59", null), "TIMESTAMP_OUT_OF_RANGE",
        "published_at 9999-12-31T23:59:59Z is more than 48 h after the run started");
    assertRejected(candidate("ledger", "b1", "old", "1500-01-01", null), "TIMESTAMP_OUT_OF_RANGE",
        "published_at 1500-01-01T00:00:00Z is before the earliest accepted date 1990-01-01");
    assertRejected(candidate("ledger", "b1", "upd", "2024-03-01T10:00:00Z", "2999-01-01T00:00:00+02:00"),
        "TIMESTAMP_OUT_OF_RANGE", "updated_at 2998-12-31T22:00:00Z is more than 48 h after the run started");
    assertRejected(candidate("ledger", "b1", "bad", "2024-13-01T10:00:00Z", null), "UNPARSABLE_TIMESTAMP",
        "published_at: '2024-13-01T10:00:00Z'");
    assertRejected(candidate("ledger", "b1", "huge", "+1000000000-01-01T00:00:00Z", null), "UNPARSABLE_TIMESTAMP",
        "published_at: '+1000000000-01-01T00:00:00Z'");
  }

  @Test
  void controlCharactersInIdsAreInvalidIds() {
    assertRejected(candidate("ledger", "b1", "e\u00001", "2024-03-01T10:00:00Z", null), "INVALID_ID",
        "entry_id: control character U+0000 at character 1");
    assertRejected(candidate("ledger", "b1", "\u0000", "2024-03-01T10:00:00Z", null), "INVALID_ID",
        "entry_id: control character U+0000 at character 0");
    assertRejected(candidate("led\u0007ger", "b1", "e1", "2024-03-01T10:00:00Z", null), "INVALID_ID",
        "outlet: control character U+0007 at character 3");
    assertRejected(candidate("ledger", "b\u009b1", "e1", "2024-03-01T10:00:00Z", null), "INVALID_ID",
        "blog_id: control character U+009B at character 1");
    assertRejected(candidate("ledger", "b1", "\uD83D\uDE00e\n1", "2024-03-01T10:00:00Z", null), "INVALID_ID",
        "entry_id: control character U+000A at character 2");
    assertRejected(candidate("ledger", "b1", "e\u007f", "2024-03-01T10:00:00Z", null), "INVALID_ID",
        "entry_id: control character U+007F at character 1");
    assertRejected(candidate("ledger", null, "e\u0000", "2024-03-01T10:00:00Z", null), "MISSING_FIELD", "blog_id");
  }

  @Test
  void idsWithoutControlCharactersAreValidAndStripped() {
    Row valid = validate(candidate(" ledger", "b1", "\te1 \n", "2024-03-01T10:00:00Z", null));
    assertThat(valid.isNullAt(REASON)).as(String.valueOf(valid.get(DETAIL))).isTrue();
    assertThat(valid.getString(ENTRY_ID)).isEqualTo("e1");
    Row unicode = validate(candidate("ledger", "b1", "é-\uD83D\uDE00-\u00a0x", "2024-03-01T10:00:00Z", null));
    assertThat(unicode.isNullAt(REASON)).as(String.valueOf(unicode.get(DETAIL))).isTrue();
  }

  @Test
  void theJsonLinesReaderHandsEscapedControlCharactersAndFarDatesToTheSameRules(SparkSession spark,
      @TempDir Path dir) throws Exception {
    String ok = "\"outlet\":\"ledger\",\"blog_id\":\"b1\",\"body\":\"Text.\"";
    Path file = IngestFixtures.writeLines(dir, "entries.jsonl",
        "{" + ok + ",\"entry_id\":\"e1\",\"published_at\":\"2024-03-01T10:00:00Z\"}",
        "{" + ok + ",\"entry_id\":\"e-nul\\u0000\",\"published_at\":\"2024-03-01T10:00:00Z\"}",
        "{" + ok + ",\"entry_id\":\"e-far\",\"published_at\":\"2999-01-01T00:00:00Z\"}");

    EntryIngest.Result result =
        IngestFixtures.ingest(spark, new JsonLinesSource(), List.of(file), ColumnMapping.identity());

    assertThat(IngestFixtures.reasons(result))
        .containsOnly(entry("e-nul\u0000", "INVALID_ID"), entry("e-far", "TIMESTAMP_OUT_OF_RANGE"));
    assertThat(result.entries().collectAsList()).extracting(r -> r.getAs("entry_id")).containsExactly("e1");
  }

  private static Row candidate(String outlet, String blogId, String entryId, String publishedAt, String updatedAt) {
    String[] values = new String[InputContract.FIELDS.size()];
    values[InputContract.FIELDS.indexOf(InputContract.OUTLET)] = outlet;
    values[InputContract.FIELDS.indexOf(InputContract.BLOG_ID)] = blogId;
    values[InputContract.FIELDS.indexOf(InputContract.ENTRY_ID)] = entryId;
    values[InputContract.FIELDS.indexOf(InputContract.PUBLISHED_AT)] = publishedAt;
    values[InputContract.FIELDS.indexOf(InputContract.UPDATED_AT)] = updatedAt;
    values[InputContract.FIELDS.indexOf(InputContract.BODY)] = "Some text.";
    return Candidate.parsed("entries.jsonl", RecordKind.BYTE, 0, "{}", values);
  }

  private static Row validate(Row candidate) {
    ValidationRules rules = IngestFixtures.RULES;
    return VALIDATOR.validate(candidate, rules.earliestMicros(), rules.latestMicros());
  }

  private static void assertRejected(Row candidate, String reason, String detail) {
    Row row = validate(candidate);
    assertThat(row.getString(REASON)).as(detail).isEqualTo(reason);
    assertThat(row.getString(DETAIL)).isEqualTo(detail);
  }
}
