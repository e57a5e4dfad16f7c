package org.liveblog.analytics.topics.cooccurrence;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.liveblog.analytics.schema.InputColumns;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.schema.TopicTables;
import org.liveblog.analytics.topics.cooccurrence.EntryItems.Family;

/**
 * Rows of {@link TopicTables#TOPIC_COOCCURRENCE}, {@link TopicTables#ACTOR_COOCCURRENCE} and
 * {@link TopicTables#ACTOR_TOPIC_COOCCURRENCE}: which topics and actors co-occur in entries (and actors in sentences)
 * more or less than chance, per day, week and all time. The stage counts the three tables in one pass ({@link
 * #counted}, then {@link #topicTable}, {@link #actorTable} and {@link #actorTopicTable}); each table can also be
 * counted alone. Every entry's mentions and topics are gathered once ({@link EntryItems}) and the pairs counted and
 * tested by {@link PairCounting}. Pure: no reads, writes or actions; each function checks its input columns first.
 */
public final class Cooccurrences {

  public static final String STAGE = "topics";

  /** Unit names of the tables' unit column. */
  public static final String ENTRY = EntryItems.ENTRY;
  public static final String SENTENCE = EntryItems.SENTENCE;

  /** Both topic methods: what the functions count unless told otherwise. */
  public static final List<String> ALL_METHODS = List.of(TopicTables.TAXONOMY, TopicTables.LDA);

  private Cooccurrences() {}

  /**
   * The pairs of all three tables, counted in one pass over the inputs: topics of the methods given within entries,
   * actors within entries and sentences, and actors × topics within entries. Read the tables from it with
   * {@link #topicTable}, {@link #actorTable} and {@link #actorTopicTable}; persist it first when more than one is read.
   */
  public static Dataset<Row> counted(Dataset<Row> entryTopics, Dataset<Row> actorMentions, Dataset<Row> entries,
      Dataset<Row> sentences, CooccurrenceSettings settings, List<String> methods) {
    return countPairs(EnumSet.allOf(Family.class), entryTopics, actorMentions, entries, sentences, settings, methods);
  }

  /** The topic_cooccurrence rows of a {@link #counted} result. */
  public static Dataset<Row> topicTable(Dataset<Row> counted, String runId) {
    return table(TopicTables.TOPIC_COOCCURRENCE, counted, Family.TOPIC_PAIRS, "method", "topic_a", "topic_b", runId);
  }

  /** The actor_cooccurrence rows of a {@link #counted} result. */
  public static Dataset<Row> actorTable(Dataset<Row> counted, String runId) {
    return table(TopicTables.ACTOR_COOCCURRENCE, counted, Family.ACTOR_PAIRS, "unit", "actor_a", "actor_b", runId);
  }

  /** The actor_topic_cooccurrence rows of a {@link #counted} result. */
  public static Dataset<Row> actorTopicTable(Dataset<Row> counted, String runId) {
    return table(TopicTables.ACTOR_TOPIC_COOCCURRENCE, counted, Family.ACTOR_TOPIC_PAIRS, "method", "actor_id",
        "topic_id", runId);
  }

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
    return topicTable(countPairs(EnumSet.of(Family.TOPIC_PAIRS), entryTopics, null, entries, null, settings, methods),
        runId);
  }

  /**
   * Pairs of resolved actors within entries and within sentences (the unit column says which; each is its own family
   * of tests); a unit's K most mentioned actors take part. Totals: every entry and every sentence of the inputs.
   */
  public static Dataset<Row> actors(Dataset<Row> actorMentions, Dataset<Row> entries, Dataset<Row> sentences,
      CooccurrenceSettings settings, String runId) {
    return actorTable(countPairs(EnumSet.of(Family.ACTOR_PAIRS), null, actorMentions, entries, sentences, settings,
        List.of()), runId);
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
    return actorTopicTable(countPairs(EnumSet.of(Family.ACTOR_TOPIC_PAIRS), entryTopics, actorMentions, entries, null,
        settings, methods), runId);
  }

  /**
   * The counted pairs of the tables asked for. Each entry's topics and resolved mentions are gathered into one row
   * (one shuffle, each mention and topic moved once however many tables count it) and turned into the records of all
   * its units ({@link EntryItems}); the units themselves (the totals: entries once per table scope, sentences) are
   * counted per day. An input no table asked for may be null.
   */
  private static Dataset<Row> countPairs(Set<Family> families, Dataset<Row> entryTopics, Dataset<Row> mentions,
      Dataset<Row> entries, Dataset<Row> sentences, CooccurrenceSettings settings, List<String> methods) {
    requireEntries(entries);
    boolean topics = families.contains(Family.TOPIC_PAIRS) || families.contains(Family.ACTOR_TOPIC_PAIRS);
    boolean actors = families.contains(Family.ACTOR_PAIRS) || families.contains(Family.ACTOR_TOPIC_PAIRS);
    List<Dataset<Row>> items = new ArrayList<>();
    if (topics) {
      requireEntryTopics(entryTopics);
      if (methods.isEmpty()) {
        throw new IllegalArgumentException("co-occurrence: at least one topic method is needed");
      }
      items.add(entryTopics.filter(col("method").isin(methods.toArray())).select(col("entry_key"),
          col("published_date"), struct(lit(null).cast("string").as("actor"),
              lit(null).cast("int").as("sentence_index"), col("method"), col("topic_id").as("topic"),
              col("weight").cast("double").as("strength")).as("item")));
    }
    if (actors) {
      requireMentions(mentions);
      items.add(mentions.filter(col("actor_id").isNotNull()).select(col("entry_key"), col("published_date"),
          struct(col("actor_id").as("actor"), col("sentence_index"), lit(null).cast("string").as("method"),
              lit(null).cast("string").as("topic"), lit(null).cast("double").as("strength")).as("item")));
    }
    List<String> entryScopes = new ArrayList<>();
    for (Family family : families) {
      if (family == Family.ACTOR_PAIRS) {
        entryScopes.add(family.prefix + ENTRY);
      } else {
        methods.forEach(m -> entryScopes.add(family.prefix + m));
      }
    }
    Dataset<EntryItems.Record> records = items.stream().reduce(Dataset::unionByName).orElseThrow()
        .groupBy("entry_key", "published_date")
        .agg(collect_list(col("item")).as("items"))
        .flatMap(new EntryItems(settings.maxItemsPerUnit(), families, methods),
            Encoders.bean(EntryItems.Record.class));
    Dataset<Row> units = entries.groupBy("published_date").agg(count(lit(1)).as("units"))
        .select(explode(array(entryScopes.stream().map(functions::lit).toArray(Column[]::new))).as("scope"),
            col("published_date"), col("units"));
    if (families.contains(Family.ACTOR_PAIRS)) {
      InputColumns.require(STAGE, sentences, Tables.SENTENCES, "entry_key", "sentence_index", "published_date");
      units = units.unionByName(sentences.groupBy("published_date").agg(count(lit(1)).as("units"))
          .select(lit(Family.ACTOR_PAIRS.prefix + SENTENCE).as("scope"), col("published_date"), col("units")));
    }
    return PairCounting.pairsWithStatistics(records, units, settings);
  }

  /**
   * One family's rows of a combined count as its table: its own scope in the column named (a table whose scope is the
   * topic method counts entries), the items under the table's names.
   */
  private static Dataset<Row> table(TableSchema schema, Dataset<Row> counted, Family family, String scopeColumn,
      String itemA, String itemB, String runId) {
    Dataset<Row> rows = counted.filter(col("scope").startsWith(family.prefix))
        .withColumn(scopeColumn, col("scope").substr(family.prefix.length() + 1, Integer.MAX_VALUE))
        .drop("scope")
        .withColumnRenamed("item_a", itemA)
        .withColumnRenamed("item_b", itemB)
        .withColumn(Tables.RUN_ID, lit(runId));
    return schema.conform(scopeColumn.equals("unit") ? rows : rows.withColumn("unit", lit(ENTRY)));
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
