package org.liveblog.analytics.topics.cooccurrence;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.liveblog.analytics.schema.InputColumns;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.schema.TopicTables;

/**
 * Rows of {@link TopicTables#TOPIC_COOCCURRENCE}, {@link TopicTables#ACTOR_COOCCURRENCE} and
 * {@link TopicTables#ACTOR_TOPIC_COOCCURRENCE}: which topics and actors co-occur in entries (and actors in sentences)
 * more or less than chance, per day, week and all time ({@link PairCounting}). Pure: no reads, writes or actions; each
 * function checks its input columns first.
 */
public final class Cooccurrences {

  public static final String STAGE = "topics";

  /** Unit names of the tables' unit column. */
  public static final String ENTRY = "entry";
  public static final String SENTENCE = "sentence";

  private Cooccurrences() {}

  /**
   * Pairs of topics of one method within entries; an entry's K strongest topics by weight take part. The totals are
   * every entry of {@code entries}, with topics or without.
   */
  public static Dataset<Row> topics(Dataset<Row> entryTopics, Dataset<Row> entries, CooccurrenceSettings settings,
      String runId) {
    return topics(entryTopics, entries, settings, ALL_METHODS, runId);
  }

  /** As {@link #topics(Dataset, Dataset, CooccurrenceSettings, String)}, for the topic methods given only. */
  public static Dataset<Row> topics(Dataset<Row> entryTopics, Dataset<Row> entries, CooccurrenceSettings settings,
      List<String> methods, String runId) {
    requireEntryTopics(entryTopics);
    requireEntries(entries);
    Dataset<Row> occurrences = entryTopics.filter(col("method").isin(methods.toArray())).select(col("method").as("scope"), col("entry_key").as("unit_id"),
        col("published_date"), lit(0).as("side"), col("topic_id").as("item"), col("weight").as("strength"));
    Dataset<Row> pairs = PairCounting.pairsWithStatistics(occurrences, entryUnitsPerMethod(entries, methods), false,
        settings);
    return TopicTables.TOPIC_COOCCURRENCE.conform(pairs
        .withColumn("unit", lit(ENTRY))
        .withColumnRenamed("scope", "method")
        .withColumnRenamed("item_a", "topic_a")
        .withColumnRenamed("item_b", "topic_b")
        .withColumn(Tables.RUN_ID, lit(runId)));
  }

  /**
   * Pairs of resolved actors within entries and within sentences (the unit column says which; each is its own family
   * of tests); a unit's K most mentioned actors take part. Totals: every entry and every sentence of the inputs.
   */
  public static Dataset<Row> actors(Dataset<Row> actorMentions, Dataset<Row> entries, Dataset<Row> sentences,
      CooccurrenceSettings settings, String runId) {
    requireMentions(actorMentions);
    requireEntries(entries);
    InputColumns.require(STAGE, sentences, Tables.SENTENCES, "entry_key", "sentence_index", "published_date");
    Dataset<Row> resolved = actorMentions.filter(col("actor_id").isNotNull());
    Dataset<Row> occurrences = resolved
        .select(lit(ENTRY).as("scope"), col("entry_key").as("unit_id"), col("published_date"), lit(0).as("side"),
            col("actor_id").as("item"), lit(1.0).as("strength"))
        .unionByName(resolved.select(lit(SENTENCE).as("scope"), sentenceUnit().as("unit_id"), col("published_date"),
            lit(0).as("side"), col("actor_id").as("item"), lit(1.0).as("strength")));
    Dataset<Row> units = entries.select(lit(ENTRY).as("scope"), col("entry_key").as("unit_id"), col("published_date"))
        .unionByName(sentences.select(lit(SENTENCE).as("scope"), sentenceUnit().as("unit_id"),
            col("published_date")));
    Dataset<Row> pairs = PairCounting.pairsWithStatistics(occurrences, units, false, settings);
    return TopicTables.ACTOR_COOCCURRENCE.conform(pairs
        .withColumnRenamed("scope", "unit")
        .withColumnRenamed("item_a", "actor_a")
        .withColumnRenamed("item_b", "actor_b")
        .withColumn(Tables.RUN_ID, lit(runId)));
  }

  /**
   * Actor × topic pairs within entries, per topic method: an entry's K most mentioned actors with its K strongest
   * topics. Totals: every entry.
   */
  public static Dataset<Row> actorsAndTopics(Dataset<Row> actorMentions, Dataset<Row> entryTopics,
      Dataset<Row> entries, CooccurrenceSettings settings, String runId) {
    return actorsAndTopics(actorMentions, entryTopics, entries, settings, ALL_METHODS, runId);
  }

  /**
   * As {@link #actorsAndTopics(Dataset, Dataset, Dataset, CooccurrenceSettings, String)}, for the topic methods given
   * only: the actor side is counted once per method, so a method no entry has (no model applied) would double its
   * work for no pair.
   */
  public static Dataset<Row> actorsAndTopics(Dataset<Row> actorMentions, Dataset<Row> entryTopics,
      Dataset<Row> entries, CooccurrenceSettings settings, List<String> methods, String runId) {
    requireMentions(actorMentions);
    requireEntryTopics(entryTopics);
    requireEntries(entries);
    Dataset<Row> actorSide = actorMentions.filter(col("actor_id").isNotNull())
        .select(explode(methods(methods)).as("scope"), col("entry_key").as("unit_id"), col("published_date"),
            lit(0).as("side"), col("actor_id").as("item"), lit(1.0).as("strength"));
    Dataset<Row> topicSide = entryTopics.filter(col("method").isin(methods.toArray()))
        .select(col("method").as("scope"), col("entry_key").as("unit_id"), col("published_date"), lit(1).as("side"),
            col("topic_id").as("item"), col("weight").as("strength"));
    Dataset<Row> pairs = PairCounting.pairsWithStatistics(actorSide.unionByName(topicSide),
        entryUnitsPerMethod(entries, methods), true, settings);
    return TopicTables.ACTOR_TOPIC_COOCCURRENCE.conform(pairs
        .withColumn("unit", lit(ENTRY))
        .withColumnRenamed("scope", "method")
        .withColumnRenamed("item_a", "actor_id")
        .withColumnRenamed("item_b", "topic_id")
        .withColumn(Tables.RUN_ID, lit(runId)));
  }

  /** Both topic methods: what the functions count unless told otherwise. */
  public static final List<String> ALL_METHODS = List.of(TopicTables.TAXONOMY, TopicTables.LDA);

  private static Column methods(List<String> methods) {
    if (methods.isEmpty()) {
      throw new IllegalArgumentException("co-occurrence: at least one topic method is needed");
    }
    return array(methods.stream().map(m -> lit(m)).toArray(Column[]::new));
  }

  /** Every entry once per topic method: the totals of each method's family. */
  private static Dataset<Row> entryUnitsPerMethod(Dataset<Row> entries, List<String> methods) {
    return entries.select(explode(methods(methods)).as("scope"), col("entry_key").as("unit_id"),
        col("published_date"));
  }

  private static Column sentenceUnit() {
    return concat_ws("#", col("entry_key"), col("sentence_index").cast("string"));
  }

  private static void requireEntryTopics(Dataset<Row> entryTopics) {
    InputColumns.require(STAGE, entryTopics, TopicTables.ENTRY_TOPICS, "entry_key", "method", "topic_id", "weight",
        "published_date");
  }

  private static void requireMentions(Dataset<Row> mentions) {
    InputColumns.require(STAGE, mentions, Tables.ACTOR_MENTIONS, "entry_key", "sentence_index", "actor_id",
        "published_date");
  }

  private static void requireEntries(Dataset<Row> entries) {
    InputColumns.require(STAGE, entries, Tables.ENTRIES, "entry_key", "published_date");
  }
}
