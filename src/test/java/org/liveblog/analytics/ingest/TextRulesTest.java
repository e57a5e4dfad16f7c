package org.liveblog.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain-Java rules of ingest: body cleaning, timestamp spellings, mapping syntax. */
class TextRulesTest {

  @Test
  void htmlBlocksBecomeParagraphsAndInlineMarkupDisappears() {
    String html = "<p>Peskov said:</p>\n<blockquote><p>It is <em>Nato</em> that&nbsp;is expanding.</p></blockquote>"
        + "<ul><li>one</li><li>two</li></ul><p>Line<br>break</p><script>alert(1)</script>";
    assertThat(BodyCleaner.clean(html, true))
        .isEqualTo("Peskov said:\n\nIt is Nato that is expanding.\n\none\n\ntwo\n\nLine\nbreak");
  }

  @Test
  void plainTextLineBreaksEndParagraphsAndWhitespaceCollapses() {
    assertThat(BodyCleaner.clean("  First\tpara  \r\n\r\n\r\nSecond\u200b para\nThird ", false))
        .isEqualTo("First para\n\nSecond para\n\nThird");
    assertThat(BodyCleaner.clean(" \n\u00a0\n ", false)).isEmpty();
  }

  @Test
  void timestampsInTheSpellingsSourcesUse() {
    long expected = Timestamps.micros(Instant.parse("2023-04-06T10:05:12Z"));
    assertThat(Timestamps.parseMicros("2023-04-06T10:05:12Z")).isEqualTo(expected);
    assertThat(Timestamps.parseMicros("2023-04-06T11:05:12+01:00")).isEqualTo(expected);
    assertThat(Timestamps.parseMicros("2023-04-06 10:05:12")).isEqualTo(expected);
    assertThat(Timestamps.parseMicros("2023-04-06T10:05:12.000")).isEqualTo(expected);
    assertThat(Timestamps.parseMicros("1680775512")).isEqualTo(expected);
    assertThat(Timestamps.parseMicros("1680775512000")).isEqualTo(expected);
    assertThat(Timestamps.parseMicros("2023-04-06T10:05")).isEqualTo(expected - 12_000_000L);
    assertThat(Timestamps.parseMicros("2023-04-06")).isEqualTo(Timestamps.micros(Instant.parse("2023-04-06T00:00:00Z")));
    assertThat(Timestamps.parseMicros("06/04/2023")).isNull();
    assertThat(Timestamps.parseMicros("2023-02-30T10:00")).isNull();
    assertThat(Timestamps.parseMicros("")).isNull();
  }

  @Test
  void mappingNamesContractFieldsAndFallbacks() {
    ColumnMapping mapping = ColumnMapping.parse(List.of("published_at=time_iso|block_id_ts_utc", "body = text"));
    assertThat(mapping.sourcesOf("published_at")).containsExactly("time_iso", "block_id_ts_utc");
    assertThat(mapping.sourcesOf("body")).containsExactly("text");
    assertThat(mapping.sourcesOf("outlet")).containsExactly("outlet");
    assertThatThrownBy(() -> ColumnMapping.parse(List.of("publish=time_iso")))
        .hasMessageContaining("'publish' is not a contract field");
    assertThatThrownBy(() -> ColumnMapping.parse(List.of("published_at")))
        .hasMessageContaining("expected contract_field=source_field");
  }

  @Test
  void booleansAcceptTheCommonSpellingsOnly() {
    assertThat(EntryValidator.parseBoolean("True")).isTrue();
    assertThat(EntryValidator.parseBoolean("0")).isFalse();
    assertThat(EntryValidator.parseBoolean(null)).isFalse();
    assertThat(EntryValidator.parseBoolean("maybe")).isNull();
  }
}
