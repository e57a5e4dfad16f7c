package org.liveblog.analytics.actors;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.text.Segmenter;

/**
 * The actors stage on entries written for the test in the style of a war live blog (cased, and lower-cased and
 * tokenised like the UKP corpora): offsets, kinds, possessives, hyphens, quotes and speakers, roles and blog context.
 */
class ActorMentionsTest {

  static SparkSession spark;
  static Broadcast<ActorLexicon> lexicon;
  static List<Row> mentions;

  static final StructType ENTRY = new StructType()
      .add("entry_key", DataTypes.StringType).add("outlet", DataTypes.StringType)
      .add("blog_id", DataTypes.StringType).add("published_at", DataTypes.TimestampType)
      .add("published_date", DataTypes.DateType).add("text", DataTypes.StringType)
      .add("run_id", DataTypes.StringType);

  static final String[][] ENTRIES = {
    {"e1", "blog-a", "2023-04-06T09:00:00Z",
        "The Kremlin says Russia is taking steps to protect itself after Nato’s latest expansion."},
    {"e2", "blog-a", "2023-04-06T09:30:00Z",
        "Kremlin spokesperson Dmitry Peskov answered questions from reporters. Peskov said:\n\n"
            + "It is Nato that is moving towards Russia's borders."},
    {"e3", "blog-a", "2023-04-06T10:00:00Z",
        "The Nato secretary general warned that EU-Russia ties are at a low. Ukrainian officials welcomed it."},
    {"e4", "blog-b", "2023-04-06T10:00:00Z",
        "Johnson said the UK would send more aid, Reuters reports."},
    {"e5", "blog-c", "2023-04-06T11:00:00Z",
        "russia 's president vladimir putin met the nato envoy , while us officials stayed silent ."},
    {"e6", "blog-b", "2023-04-07T08:00:00Z",
        "Oleksandr Syrskyi visited the front near Bakhmut with Peskov watching from Moscow."},
    {"e7", "blog-d", "2017-06-09T08:00:00Z",
        "The election was called in May. May said:\n\nRussia must respect the result."},
  };

  private static org.liveblog.analytics.stage.DeadLetters letters() {
    return SparkSessionExtension.deadLetters();
  }

  @BeforeAll
  static void runStage() {
    spark = SparkSessionExtension.session();
    lexicon = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(ActorLexicon.of(
        ActorFixtures.STAGE_REGISTRY, Set.of("us")));
    mentions = ActorMentions.mentions(Segmenter.sentences(entries(), letters()), lexicon, letters(), "test-run")
        .orderBy("entry_key", "char_start").collectAsList();
  }

  static Dataset<Row> entries() {
    List<Row> rows = new ArrayList<>();
    for (String[] e : ENTRIES) {
      Timestamp at = Timestamp.from(java.time.Instant.parse(e[2]));
      rows.add(RowFactory.create(e[0], "guardian", e[1], at, Date.valueOf(e[2].substring(0, 10)), e[3], "r0"));
    }
    return spark.createDataFrame(rows, ENTRY);
  }

  private static List<String> of(String entry) {
    return mentions.stream().filter(r -> r.getString(0).equals(entry))
        .map(r -> r.getAs("surface") + "=" + r.getAs("actor_id") + "/" + r.getAs("kind"))
        .collect(Collectors.toList());
  }

  private static Row mention(String entry, String surface) {
    return mentions.stream().filter(r -> r.getString(0).equals(entry) && r.getAs("surface").equals(surface))
        .findFirst().orElseThrow(() -> new AssertionError("no mention " + surface + " in " + entry + ": " + of(entry)));
  }

  @Test
  void findsNamesMetonymsDemonymsAndTitlesWithOffsetsIntoTheEntryText() {
    assertThat(of("e1")).containsExactly("The Kremlin=RUS/metonym", "Russia=RUS/name", "Nato=NATO/name");
    // "EU" is not in this registry; the hyphenated "EU-Russia" still yields Russia.
    assertThat(of("e3")).containsExactly("Nato secretary general=stoltenberg/title", "Russia=RUS/name",
        "Ukrainian=UKR/demonym");
    for (Row m : mentions) {
      String text = ENTRIES[Integer.parseInt(m.getString(0).substring(1)) - 1][3];
      assertThat(text.substring(m.<Integer>getAs("char_start"), m.<Integer>getAs("char_end")))
          .isEqualTo(m.getAs("surface"));
    }
  }

  @Test
  void quotesSpeakersAndRolesComeWithTheMention() {
    Row title = mention("e3", "Nato secretary general");
    assertThat(title.<String>getAs("actor_id")).isEqualTo("stoltenberg");
    assertThat(title.<String>getAs("kind")).isEqualTo("title");
    assertThat(title.<String>getAs("resolution")).isEqualTo("role_on_date");
    assertThat(title.<String>getAs("role")).isEqualTo("secretary general");
    assertThat(title.<String>getAs("role_of")).isEqualTo("NATO");
    // Next to its holder's name a title is no second mention of him: its words name the state.
    assertThat(of("e2")).startsWith("Kremlin=RUS/metonym", "Dmitry Peskov=peskov/name", "Peskov=peskov/name");
    assertThat(mention("e2", "Dmitry Peskov").<String>getAs("role")).isEqualTo("spokesperson");
    Row quoted = mention("e2", "Nato");
    assertThat(quoted.<Boolean>getAs("in_quote")).isTrue();
    assertThat(quoted.<String>getAs("speaker")).isEqualTo("Peskov");
    assertThat(quoted.<String>getAs("speaker_actor_id")).isEqualTo("peskov");
    assertThat(mention("e2", "Russia").<String>getAs("actor_id")).isEqualTo("RUS");
    assertThat(mention("e1", "Russia").<Boolean>getAs("in_quote")).isFalse();
  }

  @Test
  void lowerCasedTokenisedTextIsMatchedWithoutTheOrdinaryWordAcronyms() {
    assertThat(of("e5")).containsExactly("russia=RUS/name", "vladimir putin=putin/name", "nato=NATO/name");
    assertThat(mention("e5", "vladimir putin").<String>getAs("role")).isEqualTo("president");
  }

  @Test
  void blogAndDayContextDecidesASharedSurnameOrLeavesItFlagged() {
    Row johnson = mention("e4", "Johnson");
    assertThat(johnson.<String>getAs("actor_id")).isEqualTo("boris_johnson");
    assertThat(johnson.<String>getAs("resolution")).isEqualTo("context");
    assertThat(johnson.getList(johnson.fieldIndex("candidates"))).containsExactly("boris_johnson", "mike_johnson");
    // A bare surname of one actor is that actor, on any day and blog.
    assertThat(mention("e6", "Peskov").<String>getAs("actor_id")).isEqualTo("peskov");
    assertThat(mentions).allSatisfy(m -> assertThat(m.<String>getAs("run_id")).isEqualTo("test-run"));
  }

  @Test
  void aSpeakerSurnameNamesTheSpeakerButNeverMatchesInTheText() {
    assertThat(of("e7")).containsExactly("Russia=RUS/name");
    assertThat(mention("e7", "Russia").<String>getAs("speaker")).isEqualTo("May");
    assertThat(mention("e7", "Russia").<String>getAs("speaker_actor_id")).isEqualTo("theresa_may");
  }

  @Test
  void candidatesAreNameLikePhrasesTheRegistryMissed() {
    List<Row> found = ActorCandidates.candidates(Segmenter.sentences(entries(), letters()), lexicon, letters(), "test-run")
        .orderBy("phrase").collectAsList();
    assertThat(found.stream().map(r -> r.<String>getAs("phrase")))
        .contains("Oleksandr Syrskyi", "Bakhmut")
        .doesNotContain("Peskov", "Moscow", "The", "Oleksandr", "May");
  }

  @Test
  void theStageOutputFitsTheTableSchema() {
    Dataset<Row> table = Tables.ACTOR_MENTIONS.conform(
        ActorMentions.mentions(Segmenter.sentences(entries(), letters()), lexicon, letters(), "test-run"));
    assertThat(table.filter(col("actor_id").isNull()).count()).isZero();
    assertThat(table.count()).isEqualTo(mentions.size());
  }
}
