package org.liveblog.analytics.stance;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.actors.ActorFixtures;
import org.liveblog.analytics.actors.ActorMentions;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.schema.StanceTables;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.DeadLetters;
import org.liveblog.analytics.stance.extract.ActorRoles;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;
import org.liveblog.analytics.text.Segmenter;

/**
 * stance_statements from entries written for the test (cased, and lower-cased PTB-tokenised), through the
 * segmenter and the actors stage with the stage test registry, as a run would produce them.
 */
class StanceStatementsTest {

  static SparkSession spark;
  static Broadcast<StanceLexicon> lexicon;
  static Broadcast<ActorRoles> roles;
  static Dataset<Row> entries;
  static Dataset<Row> sentences;
  static Dataset<Row> mentions;
  static Dataset<Row> statements;
  static List<Row> rows;

  static final String[][] ENTRIES = {
    {"e1", "blog-a", "2023-04-06T09:00:00Z",
        "Russia accused Nato of reckless behaviour. Nato said Russia threatened Ukraine."},
    {"e2", "blog-a", "2023-04-06T09:30:00Z",
        "Kremlin spokesperson Dmitry Peskov said:\n\nIt is Nato that keeps moving towards Russia, not the other way"
            + " round."},
    {"e3", "blog-c", "2023-04-06T11:00:00Z",
        "russia did n't condemn nato . putin 's spokesman said nato had provoked the crisis ."},
    {"e4", "blog-b", "2023-04-06T10:00:00Z", "Reuters reports that Russia condemned Nato."},
    {"e5", "blog-b", "2023-04-06T10:30:00Z", "Nato support for Ukraine is growing."},
  };

  @BeforeAll
  static void run() {
    spark = SparkSessionExtension.session();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    lexicon = jsc.broadcast(StanceLexicon.defaultLexicon());
    roles = jsc.broadcast(ActorRoles.of(ActorFixtures.STAGE_REGISTRY));
    entries = entries(ENTRIES);
    sentences = Segmenter.sentences(entries, DeadLetters.registered(spark, 1_000)).cache();
    Broadcast<ActorLexicon> actors = jsc.broadcast(ActorLexicon.of(ActorFixtures.STAGE_REGISTRY, Set.of("us")));
    mentions = ActorMentions.mentions(sentences, actors, DeadLetters.registered(spark, 1_000), "test-run").cache();
    statements = StanceStatements.statements(entries, sentences, mentions, lexicon, roles, DeadLetters.registered(spark, 1_000), "test-run").cache();
    rows = statements.orderBy("entry_key", "sentence_index", "source_actor_id", "target_actor_id").collectAsList();
  }

  static Dataset<Row> entries(String[][] data) {
    List<String> json = new ArrayList<>();
    for (String[] e : data) {
      json.add("{\"entry_key\":\"" + e[0] + "\",\"entry_id\":\"id-" + e[0] + "\",\"outlet\":\"guardian\","
          + "\"blog_id\":\"" + e[1] + "\",\"published_at\":\"" + e[2] + "\",\"published_date\":\""
          + e[2].substring(0, 10) + "\",\"text\":" + quoted(e[3]) + ",\"run_id\":\"r0\"}");
    }
    return StanceRows.of(spark, Tables.ENTRIES.sparkType(), json.toArray(String[]::new));
  }

  static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static List<String> of(String entry) {
    return rows.stream().filter(r -> r.<String>getAs("entry_key").equals(entry))
        .map(r -> r.<Integer>getAs("sentence_index") + ":" + r.getAs("source_actor_id") + "/" + r.getAs("source_via")
            + "->" + r.getAs("target_actor_id") + "=" + r.getAs("label"))
        .toList();
  }

  @Test
  void whoSaysWhatAboutWhomInEachSentence() {
    // "Nato said ..." is reported speech: Nato is the attributed speaker, and the sentence is its statement only.
    assertThat(of("e1")).containsExactly("0:RUS/subject->NATO=negative", "1:NATO/speaker->RUS=negative",
        "1:NATO/speaker->UKR=negative");
    // The quote block's speaker, and the state he speaks for; Russia is not a target of either.
    assertThat(of("e2")).containsExactly("1:RUS/speaker_role->NATO=neutral", "1:peskov/speaker->NATO=neutral");
    assertThat(of("e3")).contains("0:RUS/subject->NATO=positive").anyMatch(s -> s.startsWith("1:putin/"))
        .anyMatch(s -> s.startsWith("1:RUS/") && s.endsWith("->NATO=negative"));
    // The agency that reports the sentence is neither its source nor its target.
    assertThat(of("e4")).containsExactly("0:RUS/subject->NATO=negative");
    assertThat(of("e5")).isEmpty();
  }

  @Test
  void scoresCuesAndEntryIdsComeWithEachStatement() {
    Row accused = rows.get(0);
    assertThat(accused.<String>getAs("entry_id")).isEqualTo("id-e1");
    assertThat(accused.<String>getAs("method")).isEqualTo("lexicon");
    assertThat(accused.getList(accused.fieldIndex("cues"))).containsExactly("accused", "reckless");
    assertThat(accused.<String>getAs("cameo_code")).isEqualTo("112");
    assertThat(accused.<Double>getAs("confidence")).isEqualTo(0.75);
    Row role = rows.stream().filter(r -> "speaker_role".equals(r.getAs("source_via"))).findFirst().orElseThrow();
    assertThat(role.<String>getAs("source_role")).isEqualTo("spokesperson");
    assertThat(role.<String>getAs("speaker_actor_id")).isEqualTo("peskov");
    assertThat(role.<Boolean>getAs("in_quote")).isTrue();
    assertThat(role.<Integer>getAs("source_char_start")).isNull();
    assertThat(rows).allSatisfy(r -> assertThat(r.<String>getAs("run_id")).isEqualTo("test-run"));
  }

  @Test
  void offsetsPointAtTheMentionsOfSourceAndTarget() {
    Dataset<Row> m = mentions.select(col("entry_key"), col("char_start"), col("char_end"), col("actor_id"));
    Dataset<Row> targets = statements.join(m, statements.col("entry_key").equalTo(m.col("entry_key"))
        .and(statements.col("target_char_start").equalTo(m.col("char_start")))
        .and(statements.col("target_char_end").equalTo(m.col("char_end")))
        .and(statements.col("target_actor_id").equalTo(m.col("actor_id"))));
    assertThat(targets.count()).isEqualTo(statements.count());
    // A source's offsets point at a mention of the source, or of the person whose role it speaks through.
    Dataset<Row> named = statements.filter(col("source_char_start").isNotNull());
    Dataset<Row> sources = named.join(m, named.col("entry_key").equalTo(m.col("entry_key"))
        .and(named.col("source_char_start").equalTo(m.col("char_start")))
        .and(named.col("source_char_end").equalTo(m.col("char_end"))));
    assertThat(sources.count()).isEqualTo(named.count());
  }

  @Test
  void theTableKeepsItsKeyRowRulesAndReferences() {
    TableSchema table = StanceTables.STANCE_STATEMENTS;
    assertThat(statements.schema().fieldNames()).containsExactlyElementsOf(table.columnNames());
    for (TableSchema.RowRule rule : table.rowRules()) {
      assertThat(statements.filter("NOT (" + rule.condition() + ")").count()).as(rule.name()).isZero();
    }
    assertThat(statements.select(table.key().stream().map(c -> col(c)).toArray(org.apache.spark.sql.Column[]::new))
        .distinct().count()).isEqualTo(statements.count());
    assertThat(statements.join(entries, statements.col("entry_key").equalTo(entries.col("entry_key")), "left_anti")
        .count()).isZero();
  }

  @Test
  void offsetsAreCodePointsWhenTheTextHasCharactersBeyondTheBmp() {
    // Built by hand, in code points: "Tensions rose. " is 15, the flag 2, so Russia starts at 18 and Nato at 35.
    String text = "Tensions rose. \uD83C\uDDFA\uD83C\uDDE6 Russia condemned Nato.";
    Dataset<Row> entry = entries(new String[][] {{"x1", "blog-x", "2023-04-06T12:00:00Z", text}});
    Dataset<Row> sentence = StanceRows.of(spark, Tables.SENTENCES.sparkType(),
        "{\"entry_key\":\"x1\",\"outlet\":\"guardian\",\"blog_id\":\"blog-x\","
            + "\"published_at\":\"2023-04-06T12:00:00Z\",\"sentence_index\":1,\"paragraph_index\":0,"
            + "\"paragraph_start\":0,\"paragraph_end\":40,\"char_start\":15,\"char_end\":40,\"text\":"
            + quoted(text.substring(15)) + ",\"is_quote\":false,"
            + "\"run_id\":\"r0\",\"published_date\":\"2023-04-06\"}");
    Dataset<Row> mention = StanceRows.of(spark, Tables.ACTOR_MENTIONS.sparkType(),
        mentionJson(18, 24, "Russia", "RUS"), mentionJson(35, 39, "Nato", "NATO"));
    List<Row> out = StanceStatements.statements(entry, sentence, mention, lexicon, roles, DeadLetters.registered(spark, 1_000), "r").collectAsList();
    assertThat(out).hasSize(1);
    assertThat(out.get(0).<Integer>getAs("source_char_start")).isEqualTo(18);
    assertThat(out.get(0).<Integer>getAs("target_char_start")).isEqualTo(35);
    assertThat(out.get(0).<String>getAs("label")).isEqualTo("negative");
    Row surfaces = spark.createDataFrame(out, out.get(0).schema()).join(entry, "entry_key")
        .selectExpr("substring(text, source_char_start + 1, source_char_end - source_char_start)",
            "substring(text, target_char_start + 1, target_char_end - target_char_start)").first();
    assertThat(surfaces.getString(0)).isEqualTo("Russia");
    assertThat(surfaces.getString(1)).isEqualTo("Nato");
  }

  private static String mentionJson(int start, int end, String surface, String actor) {
    return "{\"entry_key\":\"x1\",\"outlet\":\"guardian\",\"blog_id\":\"blog-x\","
        + "\"published_at\":\"2023-04-06T12:00:00Z\",\"sentence_index\":1,\"char_start\":" + start
        + ",\"char_end\":" + end + ",\"surface\":\"" + surface + "\",\"actor_id\":\"" + actor
        + "\",\"kind\":\"name\",\"in_quote\":false,\"published_date\":\"2023-04-06\"}";
  }

  @Test
  void emptyAndMalformedInput() {
    assertThat(StanceStatements.statements(entries, sentences.limit(0), mentions, lexicon, roles, DeadLetters.registered(spark, 1_000), "r").count())
        .isZero();
    assertThatThrownBy(() -> StanceStatements.statements(entries, sentences.drop("speaker_cue"), mentions, lexicon,
        roles, DeadLetters.registered(spark, 1_000), "r")).hasMessageContaining("stance: input does not include column speaker_cue");
    assertThatThrownBy(() -> StanceStatements.statements(entries.drop("entry_id"), sentences, mentions, lexicon,
        roles, DeadLetters.registered(spark, 1_000), "r")).hasMessageContaining("stance: input does not include column entry_id");
    assertThatThrownBy(() -> StanceStatements.statements(entries, sentences,
        mentions.withColumn("char_start", col("char_start").cast("string")), lexicon, roles, DeadLetters.registered(spark, 1_000), "r"))
        .hasMessageContaining("input column char_start is string, expected int");
  }

}
