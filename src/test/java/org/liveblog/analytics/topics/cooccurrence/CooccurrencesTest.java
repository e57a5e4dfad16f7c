package org.liveblog.analytics.topics.cooccurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.schema.TopicTables;
import org.liveblog.analytics.topics.TopicChecks;
import org.liveblog.analytics.topics.TopicRowsFixture;

/**
 * The three co-occurrence tables on small tables whose counts are known, with the statistics worked out by hand (see
 * AssociationStatisticsTest for the arithmetic of the 20-unit table).
 *
 * <p>Monday 4 March 2024: entries t01–t20; topic x in t01–t08, y in t05–t09 (both in t05–t08), z and w in t10–t12,
 * nothing in t13–t20. Tuesday 5 March: t21–t30; x and y in t21–t22, x alone in t23. The lda method has lda_00 and
 * lda_01 together in t01.
 */
class CooccurrencesTest {

  static SparkSession spark;
  static Dataset<Row> entries;
  static Dataset<Row> entryTopics;
  static Map<String, Row> topicPairs;

  static final Date MONDAY = Date.valueOf("2024-03-04");
  static final Date TUESDAY = Date.valueOf("2024-03-05");

  @BeforeAll
  static void setUp() {
    spark = SparkSessionExtension.session();
    TopicRowsFixture.Rows e = new TopicRowsFixture.Rows(TopicRowsFixture.ENTRIES);
    TopicRowsFixture.Rows t = new TopicRowsFixture.Rows(TopicRowsFixture.ENTRY_TOPICS);
    for (int i = 1; i <= 30; i++) {
      String key = String.format("t%02d", i);
      String day = i <= 20 ? "2024-03-04" : "2024-03-05";
      TopicRowsFixture.entry(e, key, "b", day + "T10:00:00Z", "text");
      Date date = Date.valueOf(day);
      if (i <= 8 || i == 21 || i == 22 || i == 23) {
        topic(t, key, "taxonomy", "x", 1.0, date);
      }
      if ((i >= 5 && i <= 9) || i == 21 || i == 22) {
        topic(t, key, "taxonomy", "y", 1.0, date);
      }
      if (i >= 10 && i <= 12) {
        topic(t, key, "taxonomy", "z", 1.0, date);
        topic(t, key, "taxonomy", "w", 1.0, date);
      }
    }
    topic(t, "t01", "lda", "lda_00", 0.6, MONDAY);
    topic(t, "t01", "lda", "lda_01", 0.4, MONDAY);
    entries = e.frame(spark);
    entryTopics = t.frame(spark);
    topicPairs = Cooccurrences.topics(entryTopics, entries, CooccurrenceSettings.defaults(), "run-1").collectAsList()
        .stream().collect(Collectors.toMap(CooccurrencesTest::key, r -> r));
  }

  private static void topic(TopicRowsFixture.Rows rows, String entry, String method, String topic, double weight,
      Date date) {
    rows.add("entry_key", entry, "method", method, "topic_id", topic, "weight", weight, "published_date", date);
  }

  private static String key(Row r) {
    return r.getAs("granularity") + " " + r.getAs("period_start") + " " + r.getAs("method") + " "
        + r.getAs("topic_a") + "-" + r.getAs("topic_b");
  }

  private static Row pair(String key) {
    Row row = topicPairs.get(key);
    assertThat(row).as("row " + key + " among " + topicPairs.keySet()).isNotNull();
    return row;
  }

  @Test
  void theDayTableMatchesTheHandComputedStatistics() {
    Row xy = pair("day 2024-03-04 taxonomy x-y");
    assertThat(xy.<Long>getAs("joint_count")).isEqualTo(4);
    assertThat(xy.<Long>getAs("count_a")).isEqualTo(8);
    assertThat(xy.<Long>getAs("count_b")).isEqualTo(5);
    assertThat(xy.<Long>getAs("total_count")).isEqualTo(20);
    assertThat(xy.<Date>getAs("period_end")).isEqualTo(MONDAY);
    assertThat(xy.<Double>getAs("expected_count")).isEqualTo(2.0);
    assertThat(xy.<Double>getAs("pmi")).isCloseTo(1.0, within(1e-12));
    assertThat(xy.<Double>getAs("npmi")).isCloseTo(0.430677, within(1e-6));
    assertThat(xy.<Double>getAs("lift")).isCloseTo(2.0, within(1e-12));
    assertThat(xy.<Double>getAs("jaccard")).isCloseTo(4.0 / 9, within(1e-12));
    assertThat(xy.<Double>getAs("g2")).isCloseTo(4.518987, within(1e-6));
    assertThat(xy.<Double>getAs("p_value")).isCloseTo(0.033521, within(1e-6));
    // Four joint entries are fewer than the minimum of 5.
    assertThat(xy.<Boolean>getAs("is_low_support")).isTrue();
    // z and w are always together: NPMI 1. Cells 3, 0, 0, 17 against 0.45, 2.55, 2.55, 14.45:
    // G² = 2 (3 ln(3 / 0.45) + 17 ln(17 / 14.45)) = 2 (5.691361 + 2.762820) = 16.908364, p = 3.9228e-5.
    Row wz = pair("day 2024-03-04 taxonomy w-z");
    assertThat(wz.<Double>getAs("npmi")).isEqualTo(1.0);
    assertThat(wz.<Double>getAs("g2")).isCloseTo(16.908364, within(1e-6));
    assertThat(wz.<Double>getAs("p_value")).isCloseTo(3.9228e-5, within(1e-9));
    // Two tests that Monday: BH q = p · 2 / 1 for the smaller p, and for the larger min(p · 2 / 2, 1).
    assertThat(wz.<Double>getAs("q_value")).isCloseTo(2 * 3.922836e-5, within(1e-10));
    assertThat(xy.<Double>getAs("q_value")).isCloseTo(0.033521, within(1e-6));
    // x and z never share an entry: a pair that never co-occurs has no row.
    assertThat(topicPairs).doesNotContainKey("day 2024-03-04 taxonomy x-z");
  }

  @Test
  void weekAndAllTimeAddTheDaysUpWithTheirOwnBoundsAndFamilies() {
    // The week of Monday 4 March: 30 entries, x in 11, y in 7, both in 6.
    Row week = pair("week 2024-03-04 taxonomy x-y");
    assertThat(List.of(week.<Long>getAs("joint_count"), week.<Long>getAs("count_a"), week.<Long>getAs("count_b"),
        week.<Long>getAs("total_count"))).containsExactly(6L, 11L, 7L, 30L);
    assertThat(week.<Date>getAs("period_end")).isEqualTo(Date.valueOf("2024-03-10"));
    assertThat(week.<Double>getAs("npmi")).isCloseTo(0.527607, within(1e-6));
    assertThat(week.<Double>getAs("g2")).isCloseTo(9.602866, within(1e-6));
    assertThat(week.<Double>getAs("p_value")).isCloseTo(0.0019427, within(1e-7));
    // All time spans exactly the dates that have entries.
    Row all = pair("all 2024-03-04 taxonomy x-y");
    assertThat(all.<Date>getAs("period_end")).isEqualTo(TUESDAY);
    assertThat(all.<Long>getAs("joint_count")).isEqualTo(6);
    assertThat(all.<Double>getAs("q_value")).isEqualTo(week.<Double>getAs("q_value"));
    // Tuesday alone: one pair, one test, q = p. 10 entries, x in 3, y in 2, both in 2.
    Row tuesday = pair("day 2024-03-05 taxonomy x-y");
    assertThat(tuesday.<Long>getAs("total_count")).isEqualTo(10);
    assertThat(tuesday.<Double>getAs("q_value")).isEqualTo(tuesday.<Double>getAs("p_value"));
    assertThat(tuesday.<Double>getAs("npmi")).isEqualTo(
        AssociationStatistics.npmi(2, 3, 2, 10));
  }

  @Test
  void methodsArePairedApartAndCountedAgainstEveryEntry() {
    Row lda = pair("day 2024-03-04 lda lda_00-lda_01");
    assertThat(lda.<Long>getAs("total_count")).isEqualTo(20);
    assertThat(lda.<Double>getAs("npmi")).isEqualTo(1.0);
    assertThat(topicPairs.keySet()).noneMatch(k -> k.contains("lda_00-x") || k.contains("lda_01-x"));
    // Taxonomy: x-y on each day, in the week and all time, w-z on Monday, in the week and all time; lda: three.
    assertThat(topicPairs).hasSize(4 + 3 + 3);
  }

  @Test
  void qValuesEqualTheKernelsBenjaminiHochbergOverEachFamily() {
    for (String family : List.of("day 2024-03-04 taxonomy", "week 2024-03-04 taxonomy")) {
      List<Row> rows = topicPairs.entrySet().stream().filter(e -> e.getKey().startsWith(family))
          .map(Map.Entry::getValue).toList();
      double[] p = rows.stream().mapToDouble(r -> r.<Double>getAs("p_value")).toArray();
      double[] q = AssociationStatistics.benjaminiHochberg(p);
      for (int i = 0; i < rows.size(); i++) {
        assertThat(rows.get(i).<Double>getAs("q_value")).as(key(rows.get(i))).isCloseTo(q[i], within(1e-15));
      }
    }
  }

  @Test
  void aUnitKeepsOnlyItsStrongestItemsForPairs() {
    TopicRowsFixture.Rows t = new TopicRowsFixture.Rows(TopicRowsFixture.ENTRY_TOPICS);
    topic(t, "t01", "taxonomy", "a", 3.0, MONDAY);
    topic(t, "t01", "taxonomy", "b", 2.0, MONDAY);
    topic(t, "t01", "taxonomy", "c", 1.0, MONDAY);
    topic(t, "t02", "taxonomy", "c", 1.0, MONDAY);
    List<Row> pairs = Cooccurrences.topics(t.frame(spark), entries, new CooccurrenceSettings(2, 5, 5), "r")
        .filter("granularity = 'day'").collectAsList();
    assertThat(pairs).extracting(r -> r.getAs("topic_a") + "-" + r.getAs("topic_b")).containsExactly("a-b");
    // Beyond the cap an item is absent from that unit, in the single counts as in the pairs.
    assertThat(pairs.get(0).<Long>getAs("count_a")).isEqualTo(1);
  }

  @Test
  void actorsPairWithinEntriesAndWithinSentences() {
    TopicRowsFixture.Rows m = new TopicRowsFixture.Rows(TopicRowsFixture.MENTIONS);
    TopicRowsFixture.Rows s = new TopicRowsFixture.Rows(TopicRowsFixture.SENTENCES);
    for (int i = 1; i <= 20; i++) {
      for (int k = 0; k < 3; k++) {
        s.add("entry_key", String.format("t%02d", i), "sentence_index", k, "published_date", MONDAY);
      }
    }
    // t01: A and B in sentence 0 (A twice), C in sentence 1, an unresolved mention in sentence 2.
    mention(m, "t01", 0, "A");
    mention(m, "t01", 0, "A");
    mention(m, "t01", 0, "B");
    mention(m, "t01", 1, "C");
    mention(m, "t01", 2, null);
    // t02: A and C in different sentences.
    mention(m, "t02", 0, "A");
    mention(m, "t02", 2, "C");
    Dataset<Row> table = Cooccurrences.actors(m.frame(spark), entries.filter("published_date = '2024-03-04'"),
        s.frame(spark), CooccurrenceSettings.defaults(), "r");
    assertThat(table.columns()).containsExactly(TopicTables.ACTOR_COOCCURRENCE.columnNames().toArray(String[]::new));
    Map<String, Row> day = table.filter("granularity = 'day'").collectAsList().stream().collect(Collectors.toMap(
        r -> r.getAs("unit") + " " + r.getAs("actor_a") + "-" + r.getAs("actor_b"), r -> r));
    assertThat(day.keySet()).containsExactlyInAnyOrder("entry A-B", "entry A-C", "entry B-C", "sentence A-B");
    Row entryAc = day.get("entry A-C");
    assertThat(List.of(entryAc.<Long>getAs("joint_count"), entryAc.<Long>getAs("count_a"),
        entryAc.<Long>getAs("count_b"), entryAc.<Long>getAs("total_count"))).containsExactly(2L, 2L, 2L, 20L);
    Row sentenceAb = day.get("sentence A-B");
    // A is in two sentences (t01#0 and t02#0), B in one; 60 sentences that day.
    assertThat(List.of(sentenceAb.<Long>getAs("joint_count"), sentenceAb.<Long>getAs("count_a"),
        sentenceAb.<Long>getAs("count_b"), sentenceAb.<Long>getAs("total_count"))).containsExactly(1L, 2L, 1L, 60L);
    assertThat(sentenceAb.<Double>getAs("npmi")).isEqualTo(AssociationStatistics.npmi(1, 2, 1, 60));
  }

  @Test
  void actorsMeetTopicsWithinEntries() {
    TopicRowsFixture.Rows m = new TopicRowsFixture.Rows(TopicRowsFixture.MENTIONS);
    mention(m, "t05", 0, "A");
    mention(m, "t06", 1, "A");
    mention(m, "t10", 0, "B");
    List<Row> rows = Cooccurrences.actorsAndTopics(m.frame(spark), entryTopics, entries,
        CooccurrenceSettings.defaults(), "r").filter("granularity = 'day' AND period_start = '2024-03-04'")
        .orderBy("actor_id", "topic_id").collectAsList();
    assertThat(rows).extracting(r -> r.getAs("actor_id") + "-" + r.getAs("topic_id") + " " + r.getAs("joint_count")
            + "/" + r.getAs("count_a") + "/" + r.getAs("count_b") + "/" + r.getAs("total_count"))
        .containsExactly("A-x 2/2/8/20", "A-y 2/2/5/20", "B-w 1/1/3/20", "B-z 1/1/3/20");
    assertThat(rows).allSatisfy(r -> assertThat(r.<String>getAs("method")).isEqualTo("taxonomy"));
  }

  @Test
  void theTablesCountedInOnePassEqualEachCountedAloneAndPassTheirPublishChecks() {
    TopicRowsFixture.Rows m = new TopicRowsFixture.Rows(TopicRowsFixture.MENTIONS);
    TopicRowsFixture.Rows s = new TopicRowsFixture.Rows(TopicRowsFixture.SENTENCES);
    for (int i = 1; i <= 30; i++) {
      String key = String.format("t%02d", i);
      s.add("entry_key", key, "sentence_index", 0, "published_date", i <= 20 ? MONDAY : TUESDAY);
      mention(m, key, 0, i % 2 == 0 ? "A" : "B");
      mention(m, key, 0, i % 3 == 0 ? "C" : "A");
    }
    Dataset<Row> mentions = m.frame(spark);
    Dataset<Row> sentences = s.frame(spark);
    // The stage counts the three tables in one pass; each must equal the table counted alone (own totals and tests).
    List<String> methods = List.of(TopicTables.TAXONOMY);
    Dataset<Row> counted = Cooccurrences.counted(entryTopics, mentions, entries, sentences,
        CooccurrenceSettings.defaults(), methods).cache();
    assertSameRows(Cooccurrences.topicTable(counted, "r"),
        Cooccurrences.topics(entryTopics, entries, CooccurrenceSettings.defaults(), methods, "r"));
    assertSameRows(Cooccurrences.actorTable(counted, "r"),
        Cooccurrences.actors(mentions, entries, sentences, CooccurrenceSettings.defaults(), "r"));
    assertSameRows(Cooccurrences.actorTopicTable(counted, "r"),
        Cooccurrences.actorsAndTopics(mentions, entryTopics, entries, CooccurrenceSettings.defaults(), methods, "r"));
    counted.unpersist();
    Dataset<Row> topicIds = entryTopics.select("topic_id").distinct();
    TopicChecks.assertPass(Map.of(
            TopicTables.TOPIC_COOCCURRENCE, Cooccurrences.topics(entryTopics, entries, CooccurrenceSettings.defaults(),
                "r"),
            TopicTables.ACTOR_COOCCURRENCE, Cooccurrences.actors(mentions, entries, sentences,
                CooccurrenceSettings.defaults(), "r"),
            TopicTables.ACTOR_TOPIC_COOCCURRENCE, Cooccurrences.actorsAndTopics(mentions, entryTopics, entries,
                CooccurrenceSettings.defaults(), "r")),
        Map.of("topics", topicIds, "actors", mentions.select("actor_id").distinct()));
  }

  @Test
  void emptyInputsGiveNoRowsAndMissingColumnsAreNamed() {
    assertThat(Cooccurrences.topics(entryTopics.limit(0), entries, CooccurrenceSettings.defaults(), "r").count())
        .isZero();
    assertThatThrownBy(() -> Cooccurrences.topics(entryTopics.drop("weight"), entries,
        CooccurrenceSettings.defaults(), "r")).hasMessageContaining("topics: input does not include column weight");
    assertThatThrownBy(() -> Cooccurrences.actors(entryTopics, entries, entries, CooccurrenceSettings.defaults(), "r"))
        .hasMessageContaining("input does not include column sentence_index");
    assertThatThrownBy(() -> new CooccurrenceSettings(1, 5, 5)).hasMessageContaining("max items per unit");
  }

  private static void assertSameRows(Dataset<Row> actual, Dataset<Row> expected) {
    assertThat(actual.count()).isPositive().isEqualTo(expected.count());
    assertThat(actual.exceptAll(expected).count()).isZero();
    assertThat(expected.exceptAll(actual).count()).isZero();
  }

  private static void mention(TopicRowsFixture.Rows rows, String entry, int sentence, String actor) {
    rows.add("entry_key", entry, "sentence_index", sentence, "actor_id", actor, "published_date",
        Date.valueOf(entry.compareTo("t20") <= 0 ? "2024-03-04" : "2024-03-05"));
  }
}
