package org.liveblog.analytics.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.schema.Tables;

@ExtendWith(SparkSessionExtension.class)
class SegmenterTest {

  private static final String BRIEFING = "Moscow says it will answer the new deployment in kind.\n\n"
      + "Peskov said:\n\n"
      + "It is not Russia that is moving towards anyone's borders. We only respond.\n\n"
      + "Reuters reports the talks will resume on 3 May.";
  private static final String TOKENISED =
      "according to the bbc , the talks stalled . `` we are not afraid , '' he said .";

  private static Row entry(String key, String text) {
    return RowFactory.create(key, "guardian", "blog-1", "entry-" + key,
        Timestamp.valueOf("2023-04-06 09:15:00"), null, null, "Russia-Ukraine war", null, null, false, "en", "text",
        text, text.length(), "input/part-0.jsonl", "byte 0", "run-1", Date.valueOf("2023-04-06"));
  }

  private static Dataset<Row> entries(SparkSession spark, Row... rows) {
    return spark.createDataFrame(List.of(rows), Tables.ENTRIES.sparkType());
  }

  @Test
  void producesTheSentencesTableWithOffsetsIntoTheEntryText(SparkSession spark) {
    Map<String, String> texts = Map.of("a", BRIEFING, "b", TOKENISED, "c", "  \n\n ");
    Dataset<Row> sentences = Segmenter.sentences(entries(spark,
        entry("a", BRIEFING), entry("b", TOKENISED), entry("c", "  \n\n ")), SparkSessionExtension.deadLetters());

    assertThat(sentences.schema()).isEqualTo(Tables.SENTENCES.sparkType());
    List<Row> rows = sentences.collectAsList().stream()
        .sorted(Comparator.<Row, String>comparing(r -> r.getAs("entry_key"))
            .thenComparing(r -> r.<Integer>getAs("sentence_index")))
        .toList();

    for (Row row : rows) {
      String text = texts.get(row.<String>getAs("entry_key"));
      assertThat(row.<String>getAs("text")).as("row %s", row)
          .isEqualTo(text.substring(row.<Integer>getAs("char_start"), row.<Integer>getAs("char_end")));
      String paragraph = text.substring(row.<Integer>getAs("paragraph_start"), row.<Integer>getAs("paragraph_end"));
      assertThat(paragraph).as("paragraph of row %s", row).contains(row.<String>getAs("text"))
          .doesNotContain("\n\n").isEqualTo(paragraph.strip());
      assertThat(row.<String>getAs("run_id")).isEqualTo("run-1");
      assertThat(row.<Timestamp>getAs("published_at")).isEqualTo(Timestamp.valueOf("2023-04-06 09:15:00"));
      assertThat(row.<Date>getAs("published_date")).isEqualTo(Date.valueOf("2023-04-06"));
    }
    Function<Row, String> summary = r -> r.getAs("entry_key") + "#" + r.getAs("sentence_index") + " p"
        + r.getAs("paragraph_index") + " " + r.getAs("is_quote") + " " + r.getAs("speaker_cue") + " "
        + r.getAs("speaker");
    assertThat(rows.stream().map(summary).collect(Collectors.toList())).containsExactly(
        "a#0 p0 false reported_speech Moscow",
        "a#1 p1 false colon_intro Peskov",
        "a#2 p2 true colon_intro Peskov",
        "a#3 p2 true colon_intro Peskov",
        "a#4 p3 false agency_report Reuters",
        "b#0 p0 false according_to bbc",
        "b#1 p0 true quote_said null");
  }

  @Test
  void emptyInputGivesAnEmptyTable(SparkSession spark) {
    Dataset<Row> sentences = Segmenter.sentences(entries(spark), SparkSessionExtension.deadLetters());
    assertThat(sentences.schema()).isEqualTo(Tables.SENTENCES.sparkType());
    assertThat(sentences.isEmpty()).isTrue();
  }

  @Test
  void failsNamingAMissingInputColumn(SparkSession spark) {
    Dataset<Row> withoutText = entries(spark, entry("a", "Text.")).drop("text");
    assertThatThrownBy(() -> Segmenter.sentences(withoutText, SparkSessionExtension.deadLetters()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sentences: input does not include column text");
  }
}
