package org.liveblog.analytics.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.Size;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.cli.Jobs;
import org.liveblog.analytics.text.Offsets;

/**
 * Offsets are code points everywhere: for texts full of what breaks UTF-16 arithmetic (emoji, flags, ZWJ sequences,
 * combining marks, CJK, right-to-left scripts, zero-width and control characters, NBSP, curly quotes), every sentence
 * and every mention surface equals the substring of entries.text at its offsets, read through Spark SQL and through
 * DuckDB, after a real run of ingest, sentences and actors over them.
 */
class OffsetsPropertyTest {

  /** The pieces texts are made of: words, actor names, and every kind of character that tests offsets. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of("the", "talks", "resumed", "said", "on", "Monday", "officials",
        "Zelensky", "in", "Kyiv", "quoted", "ceasefire", "news", "and");
    Arbitrary<String> actors = Arbitraries.of("Putin", "Vladimir Putin", "Nato", "the Kremlin", "Moscow", "Russia",
        "Russian", "Volodymyr Zelenskyy", "Ukraine", "Dmitry Peskov", "putin", "nato", "the EU");
    Arbitrary<String> emoji = codePoints(0x1F300, 0x1FAFF);
    Arbitrary<String> flags = Arbitraries.integers().between(0, 25).tuple2()
        .map(t -> new String(Character.toChars(0x1F1E6 + t.get1())) + new String(Character.toChars(0x1F1E6 + t.get2())));
    Arbitrary<String> zwj = emoji.tuple3().map(t -> t.get1() + "\u200D" + t.get2() + "\u200D" + t.get3());
    Arbitrary<String> combining = Arbitraries.of("e", "a", "o", "N", "u").flatMap(letter ->
        codePoints(0x0300, 0x036F).list().ofMinSize(1).ofMaxSize(3).map(marks -> letter + String.join("", marks)));
    Arbitrary<String> cjk = codePoints(0x4E00, 0x9FFF).list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
    Arbitrary<String> supplementaryCjk = codePoints(0x20000, 0x2A6DF);
    Arbitrary<String> arabic = codePoints(0x0621, 0x064A).list().ofMinSize(2).ofMaxSize(8).map(l -> String.join("", l));
    Arbitrary<String> hebrew = codePoints(0x05D0, 0x05EA).list().ofMinSize(2).ofMaxSize(8).map(l -> String.join("", l));
    Arbitrary<String> invisible = Arbitraries.of("\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060", "\u200E", "\u200F",
        "\u202E", "\u0001", "\u0007", "\u001F", "\u007F", "\t", "\r", "\u00AD");
    Arbitrary<String> spaces = Arbitraries.of(" ", " ", " ", "\u00A0", "\u202F", "\u2009", "\n", "\n\n", "\u3000");
    Arbitrary<String> punctuation = Arbitraries.of(".", ". ", "! ", "? ", "…", ", ", ": ", "“", "”", "‘", "’", "«",
        "»", "\"", "'", " . ", " , ", "-", "—", "(", ")");
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, words), net.jqwik.api.Tuple.of(4, actors), net.jqwik.api.Tuple.of(2, emoji),
        net.jqwik.api.Tuple.of(2, flags), net.jqwik.api.Tuple.of(1, zwj), net.jqwik.api.Tuple.of(2, combining),
        net.jqwik.api.Tuple.of(2, cjk), net.jqwik.api.Tuple.of(1, supplementaryCjk), net.jqwik.api.Tuple.of(2, arabic),
        net.jqwik.api.Tuple.of(1, hebrew), net.jqwik.api.Tuple.of(2, invisible), net.jqwik.api.Tuple.of(6, spaces),
        net.jqwik.api.Tuple.of(4, punctuation));
    return piece.list().ofMinSize(1).ofMaxSize(40).map(l -> String.join("", l));
  }

  private static Arbitrary<String> codePoints(int from, int to) {
    return Arbitraries.integers().between(from, to).filter(Character::isDefined)
        .map(cp -> new String(Character.toChars(cp)));
  }

  /** The conversion itself, on many texts: each UTF-16 boundary maps to the code points before it. */
  @Property(tries = 10_000, seed = "20261207")
  void utf16OffsetsMapToTheCodePointsBeforeThem(@ForAll("texts") String text) {
    int[] index = Offsets.codePointIndex(text);
    for (int i = 0; i <= text.length(); i++) {
      boolean insidePair = i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1))
          && Character.isLowSurrogate(text.charAt(i));
      if (!insidePair) {
        assertThat(Offsets.toCodePoints(index, i)).as("offset %d of %s", i, text).isEqualTo(text.codePointCount(0, i));
      }
    }
  }

  /** 10,000 generated texts through a real run, then every offset checked through Spark SQL and through DuckDB. */
  @Property(tries = 1, seed = "20261207", shrinking = ShrinkingMode.OFF)
  void everySentenceAndMentionIsTheSubstringAtItsOffsets(@ForAll @Size(10_000) List<@From("texts") String> texts)
      throws Exception {
    Path dir = Files.createTempDirectory("offsets-property");
    Path input = Files.createDirectories(dir.resolve("input"));
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("outlet", "ledger");
      entry.put("blog_id", "blog-" + (i % 40));
      entry.put("entry_id", "e" + i);
      entry.put("published_at", "2024-03-" + String.format("%02d", 1 + i % 28) + "T10:00:00Z");
      entry.put("headline", i % 7 == 0 ? texts.get((i + 1) % texts.size()) : null);
      entry.put("body", texts.get(i));
      lines.append(json.writeValueAsString(entry)).append('\n');
    }
    Files.writeString(input.resolve("entries.jsonl"), lines.toString());
    SparkSession spark = SparkSessionExtension.session();
    Path warehouse = dir.resolve("warehouse");
    RunSummary summary = Jobs.run(spark, "run", "--input", input.toString(), "--format", "jsonl", "--warehouse",
        warehouse.toString(), "--max-failed-share", "1");
    assertThat(summary.quarantined()).as("entries moved aside").isZero();
    assertThat(summary.rowsPerTable().get("sentences")).isGreaterThan(10_000);
    assertThat(summary.rowsPerTable().get("actor_mentions")).isGreaterThan(2_000);

    spark.read().parquet(warehouse.resolve("entries").toString()).createOrReplaceTempView("entries");
    spark.read().parquet(warehouse.resolve("sentences").toString()).createOrReplaceTempView("sentences");
    spark.read().parquet(warehouse.resolve("actor_mentions").toString()).createOrReplaceTempView("actor_mentions");
    for (Map.Entry<String, String> check : CHECKS.entrySet()) {
      assertThat(spark.sql(check.getValue()).first().getLong(0)).as("Spark SQL: " + check.getKey()).isZero();
    }
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      for (String table : List.of("entries", "sentences", "actor_mentions")) {
        sql.execute("CREATE VIEW " + table + " AS SELECT * FROM read_parquet('" + warehouse.resolve(table)
            + "/**/*.parquet', hive_partitioning = true)");
      }
      for (Map.Entry<String, String> check : CHECKS.entrySet()) {
        try (ResultSet rs = sql.executeQuery(check.getValue())) {
          rs.next();
          assertThat(rs.getLong(1)).as("DuckDB: " + check.getKey()).isZero();
        }
      }
    }
  }

  /** Each counts the rows that break one property; the same SQL runs in Spark and in DuckDB. */
  private static final Map<String, String> CHECKS = Map.of(
      "sentences whose text is not the entry's text at their offsets",
      "SELECT count(*) FROM sentences s JOIN entries e ON s.entry_key = e.entry_key"
          + " WHERE s.text <> substr(e.text, s.char_start + 1, s.char_end - s.char_start)",
      "sentences outside their paragraph",
      "SELECT count(*) FROM sentences s JOIN entries e ON s.entry_key = e.entry_key"
          + " WHERE instr(substr(e.text, s.paragraph_start + 1, s.paragraph_end - s.paragraph_start), s.text) = 0",
      "mentions whose surface is not the entry's text at their offsets",
      "SELECT count(*) FROM actor_mentions m JOIN entries e ON m.entry_key = e.entry_key"
          + " WHERE m.surface <> substr(e.text, m.char_start + 1, m.char_end - m.char_start)",
      "entries whose text_chars is not their length",
      "SELECT count(*) FROM entries WHERE text_chars <> length(text)");
}
