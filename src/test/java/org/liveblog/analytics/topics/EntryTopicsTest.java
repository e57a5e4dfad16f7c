package org.liveblog.analytics.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.schema.TopicTables;
import org.liveblog.analytics.topics.tagging.TopicTagger;

/** entry_topics from the taxonomy, topic rows, and topic_trends, on entries written for the test. */
class EntryTopicsTest {

  static SparkSession spark;
  static Broadcast<TopicTagger> tagger;
  static Dataset<Row> entries;

  @BeforeAll
  static void setUp() {
    spark = SparkSessionExtension.session();
    tagger = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(TopicTagger.of(TopicFixtures.taxonomy()));
    TopicRowsFixture.Rows rows = new TopicRowsFixture.Rows(TopicRowsFixture.ENTRIES);
    TopicRowsFixture.entry(rows, "e1", "b1", "2024-03-04T08:00:00Z", "Gas and the power grid; the summit opened.");
    TopicRowsFixture.entry(rows, "e2", "b1", "2024-03-04T09:00:00Z", "the cease - fire held and talks resumed .");
    TopicRowsFixture.entry(rows, "e3", "b1", "2024-03-05T09:00:00Z", "Nothing about any topic at all.");
    TopicRowsFixture.entry(rows, "e4", "b2", "2024-03-11T23:59:00Z", "A summit, at last.");
    entries = rows.frame(spark);
  }

  private static List<Row> rows(Dataset<Row> frame, String... order) {
    return frame.orderBy(order[0], java.util.Arrays.copyOfRange(order, 1, order.length)).collectAsList();
  }

  @Test
  void everyEntryGetsTheTopicsItsTextCarriesRankedWithEvidence() {
    Dataset<Row> topics = EntryTopics.taxonomy(entries, tagger, "run-1");
    assertThat(topics.columns()).containsExactly(TopicTables.ENTRY_TOPICS.columnNames().toArray(String[]::new));
    List<Row> found = rows(topics, "entry_key", "topic_rank");
    assertThat(found).extracting(r -> r.getAs("entry_key") + ":" + r.getAs("topic_id") + "=" + r.getAs("weight")
            + "#" + r.getAs("topic_rank"))
        .containsExactly("e1:energy=2.0#1", "e1:diplomacy=1.0#2", "e2:diplomacy=1.5#1", "e4:diplomacy=1.0#1");
    Row e1 = found.get(0);
    assertThat(e1.<String>getAs("method")).isEqualTo("taxonomy");
    assertThat(e1.<Integer>getAs("hits")).isEqualTo(2);
    assertThat(e1.getList(e1.fieldIndex("evidence"))).containsExactly("power grid", "gas");
    assertThat(e1.<String>getAs("outlet")).isEqualTo("guardian");
    assertThat(e1.<java.sql.Date>getAs("published_date").toString()).isEqualTo("2024-03-04");
    assertThat(found).allSatisfy(r -> assertThat(r.<String>getAs("run_id")).isEqualTo("run-1"));
  }

  @Test
  void emptyInputGivesNoRowsAndAMissingColumnIsNamed() {
    assertThat(EntryTopics.taxonomy(entries.limit(0), tagger, "r").count()).isZero();
    assertThatThrownBy(() -> EntryTopics.taxonomy(entries.drop("text"), tagger, "r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("topics: input does not include column text");
    assertThatThrownBy(() -> EntryTopics.taxonomy(entries.withColumn("published_date",
            entries.col("published_date").cast("string")), tagger, "r"))
        .hasMessageContaining("input column published_date is string, expected date");
  }

  @Test
  void topicRowsListTheTaxonomyWithPhrasesByWeight() {
    List<Row> topics = rows(TopicRows.taxonomy(spark, TopicFixtures.taxonomy(), "run-1"), "topic_id");
    assertThat(topics).extracting(r -> r.<String>getAs("topic_id")).containsExactly(
        "diplomacy", "energy", "health", "machine_learning", "nuclear", "protests");
    Row energy = topics.get(1);
    assertThat(energy.<String>getAs("topic_group")).isEqualTo("economy");
    assertThat(energy.getList(energy.fieldIndex("top_terms")))
        .containsExactly("power grid", "grid", "gas", "nuclear power plant", "fuel", "heating");
    assertThat(energy.getList(energy.fieldIndex("term_weights"))).containsExactly(1.0, 1.0, 1.0, 1.0, 0.5, 0.5);
    assertThat(energy.<String>getAs("version")).isEqualTo(TopicFixtures.taxonomy().contentHash());
    assertThat(energy.<Double>getAs("coherence")).isNull();
  }

  @Test
  void trendsCountEntriesPerDayAndWeekAgainstAllTheirEntries() {
    Dataset<Row> topics = EntryTopics.taxonomy(entries, tagger, "run-1");
    List<Row> trends = rows(TopicTrends.trends(topics, entries, "run-1"), "granularity", "period_start", "topic_id");
    assertThat(trends).extracting(r -> r.getAs("granularity") + " " + r.getAs("period_start") + " "
            + r.getAs("topic_id") + " " + r.getAs("entries") + "/" + r.getAs("period_entries") + " "
            + r.getAs("share_of_entries"))
        .containsExactly(
            "day 2024-03-04 diplomacy 2/2 1.0",
            "day 2024-03-04 energy 1/2 0.5",
            "day 2024-03-11 diplomacy 1/1 1.0",
            // Monday 4 March: three entries that week (e3 has no topic but counts).
            "week 2024-03-04 diplomacy 2/3 0.6666666666666666",
            "week 2024-03-04 energy 1/3 0.3333333333333333",
            "week 2024-03-11 diplomacy 1/1 1.0");
    assertThat(trends.get(0).<Double>getAs("mean_weight")).isEqualTo(1.25);
  }
}
