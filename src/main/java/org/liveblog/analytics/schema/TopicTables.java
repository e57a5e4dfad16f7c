package org.liveblog.analytics.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.DataTypes;

/**
 * The topics stage's tables, declared like those of {@link Tables} and listed in {@link Tables#ALL}: topics, entry_topics,
 * topic_trends and the three co-occurrence tables, whose statistics and edge conventions are stated here once.
 */
public final class TopicTables {

  private TopicTables() {}

  public static final String TAXONOMY = "taxonomy";
  public static final String LDA = "lda";


  private static ColumnDef method(String what) {
    return new ColumnDef("method", StringType, false,
        "How " + what + " was found: taxonomy (phrases of the topic taxonomy, docs/TOPICS.md) or lda (the learned"
            + " topic model).");
  }

  public static final TableSchema TOPICS = new TableSchema(
      "topics",
      "One row per topic the run tagged or modelled entries with: every topic of the taxonomy, and every topic of the"
          + " learned model when one was applied.",
      List.of("method", "topic_id"),
      Optional.empty(),
      List.of(
          new ColumnDef("topic_id", StringType, false,
              "The taxonomy's topic_id, or lda_NN for topic NN (from 00) of the model."),
          method("the topic"),
          new ColumnDef("label", StringType, false,
              "The taxonomy's label, or the model topic's three top terms joined by ' / '."),
          new ColumnDef("topic_group", StringType, true, "The taxonomy's group (e.g. conflict, economy); null for lda."),
          new ColumnDef("description", StringType, true, "The taxonomy's description; null for lda."),
          new ColumnDef("top_terms", DataTypes.createArrayType(StringType, false), false,
              "Taxonomy: every phrase (its first spelling), by decreasing weight. lda: the model's top terms by"
                  + " decreasing probability."),
          new ColumnDef("term_weights", DataTypes.createArrayType(DoubleType, false), false,
              "The weight of each of top_terms: the phrase's weight, or the term's probability in the topic."),
          new ColumnDef("version", StringType, false,
              "Taxonomy: SHA-256 of the taxonomy file. lda: the model's version folder name (also in runs.versions)."),
          new ColumnDef("coherence", DoubleType, true,
              "lda: mean NPMI over pairs of the top terms, counted over the entries the model was trained on (-1 to"
                  + " 1, higher is more coherent); null for taxonomy topics."),
          ColumnDef.runId()))
      .withRules(
          new TableSchema.RowRule("method is known", "method IN ('taxonomy', 'lda')"),
          new TableSchema.RowRule("terms and weights align", "size(top_terms) = size(term_weights)"),
          new TableSchema.RowRule("coherence is an NPMI",
              "coherence IS NULL OR (coherence >= -1 AND coherence <= 1)"));

  public static final TableSchema ENTRY_TOPICS = new TableSchema(
      "entry_topics",
      "One row per entry and topic it carries: a taxonomy topic whose score reached the threshold, or a model topic"
          + " whose weight in the entry reached the minimum weight.",
      List.of("entry_key", "method", "topic_id"),
      Optional.of("published_date"),
      List.of(
          new ColumnDef("entry_key", StringType, false, "The entry (entries.entry_key)."),
          new ColumnDef("outlet", StringType, false, "Publisher of the entry."),
          new ColumnDef("blog_id", StringType, false, "Live page of the entry."),
          new ColumnDef("published_at", TimestampType, false, "When the entry was first published (UTC)."),
          method("the topic"),
          new ColumnDef("topic_id", StringType, false, "The topic (topics.topic_id)."),
          new ColumnDef("weight", DoubleType, false,
              "taxonomy: the topic's score, the sum over its distinct phrases found of weight times the best factor"
                  + " they were found at (at least the threshold, 1.0 by default). lda: the topic's probability in"
                  + " the entry (0 to 1; an entry's lda weights sum to 1 before the minimum is applied)."),
          new ColumnDef("topic_rank", IntegerType, false,
              "1 for the entry's strongest topic of this method, 2 for the next, … (ties by topic order)."),
          new ColumnDef("hits", IntegerType, true,
              "taxonomy: occurrences of the topic's phrases that counted; null for lda."),
          new ColumnDef("evidence", DataTypes.createArrayType(StringType, false), false,
              "taxonomy: up to five phrases that gave the score, largest contribution first; empty for lda."),
          ColumnDef.runId(),
          new ColumnDef("published_date", DateType, false, "UTC date of published_at; the partition column.")))
      .withRules(
          new TableSchema.RowRule("method is known", "method IN ('taxonomy', 'lda')"),
          new TableSchema.RowRule("weight is positive", "weight > 0 AND (method = 'taxonomy' OR weight <= 1)"),
          new TableSchema.RowRule("hits exactly for taxonomy topics",
              "(hits IS NOT NULL) = (method = 'taxonomy') AND (hits IS NULL OR hits > 0)"),
          new TableSchema.RowRule("published_date is the UTC date of published_at",
              "published_date = to_date(published_at)"))
      .withReferences(
          new TableSchema.Reference("entry_key", "entries", "entry_key"),
          new TableSchema.Reference("topic_id", "topics", "topic_id"));

  public static final TableSchema TOPIC_TRENDS = new TableSchema(
      "topic_trends",
      "One row per granularity (day, week), period, method and topic with at least one entry in the period;"
          + " recomputed over the whole corpus the stage is given.",
      List.of("granularity", "period_start", "method", "topic_id"),
      Optional.empty(),
      List.of(
          new ColumnDef("granularity", StringType, false, "day or week (ISO weeks, starting Monday; UTC dates)."),
          new ColumnDef("period_start", DateType, false, "First day of the period."),
          method("the topic"),
          new ColumnDef("topic_id", StringType, false, "The topic (topics.topic_id)."),
          new ColumnDef("entries", LongType, false, "Entries of the period that carry the topic."),
          new ColumnDef("period_entries", LongType, false, "Every entry of the period, with topics or without."),
          new ColumnDef("share_of_entries", DoubleType, false, "entries / period_entries."),
          new ColumnDef("mean_weight", DoubleType, false, "Mean entry_topics.weight over those entries."),
          ColumnDef.runId()))
      .withRules(
          new TableSchema.RowRule("granularity is known", "granularity IN ('day', 'week')"),
          new TableSchema.RowRule("counts are consistent",
              "0 < entries AND entries <= period_entries AND abs(share_of_entries - entries / period_entries) < 1e-9"))
      .withReferences(new TableSchema.Reference("topic_id", "topics", "topic_id"));

  /** The meaning of the statistics, shared by the three co-occurrence tables; "a" and "b" name the pair's items. */
  static final String CONVENTIONS = "For each pair the period's units form a 2×2 table: n11 = joint_count,"
      + " n1. = count_a, n.1 = count_b, n = total_count; expected counts E_ij = n_i. n_.j / n. Logarithms for PMI are"
      + " base 2 (bits); G² uses natural logarithms.";

  private static List<ColumnDef> pairColumns(String unitMeaning, List<ColumnDef> identity, String a, String b) {
    List<ColumnDef> columns = new ArrayList<>();
    columns.add(new ColumnDef("unit", StringType, false, unitMeaning));
    columns.add(new ColumnDef("granularity", StringType, false,
        "day, week (ISO weeks from Monday) or all (every date of the input together); UTC dates."));
    columns.add(new ColumnDef("period_start", DateType, false,
        "First day of the period (for all: the first date that has units)."));
    columns.add(new ColumnDef("period_end", DateType, false,
        "Last day of the period, inclusive (for all: the last date that has units)."));
    columns.addAll(identity);
    columns.add(new ColumnDef("joint_count", LongType, false, "Units of the period that hold both " + a + " and " + b
        + " (n11); only pairs that co-occur at least once have a row."));
    columns.add(new ColumnDef("count_a", LongType, false, "Units of the period that hold " + a + "."));
    columns.add(new ColumnDef("count_b", LongType, false, "Units of the period that hold " + b + "."));
    columns.add(new ColumnDef("total_count", LongType, false,
        "Every unit of the period, with items or without (n)."));
    columns.add(new ColumnDef("expected_count", DoubleType, false,
        "Joint count expected if independent: count_a · count_b / total_count."));
    columns.add(new ColumnDef("pmi", DoubleType, true,
        "Pointwise mutual information, log2(joint_count · total_count / (count_a · count_b)); null when"
            + " joint_count = 0 (minus infinity)."));
    columns.add(new ColumnDef("npmi", DoubleType, false,
        "Normalised PMI, pmi / -log2(joint_count / total_count), in [-1, 1]: 1 when the two always occur together"
            + " (joint_count = count_a = count_b, also when that is every unit), 0 when independent, -1 when they"
            + " never co-occur (joint_count = 0)."));
    columns.add(new ColumnDef("lift", DoubleType, false, "joint_count / expected_count (= 2^pmi; 0 when joint_count = 0)."));
    columns.add(new ColumnDef("jaccard", DoubleType, false,
        "joint_count / (count_a + count_b - joint_count): the share of units with either that have both."));
    columns.add(new ColumnDef("g2", DoubleType, false,
        "Dunning's log-likelihood ratio G² = 2 Σ n_ij ln(n_ij / E_ij) over the four cells, with 0 · ln 0 = 0 (so"
            + " 0 when count_a or count_b is 0 or total_count); it grows with evidence of dependence in either"
            + " direction: the sign of npmi says which."));
    columns.add(new ColumnDef("p_value", DoubleType, false,
        "P(χ² with 1 degree of freedom ≥ g2): the chance of a G² this large if the two were independent (values"
            + " below about 1e-300 are 0)."));
    columns.add(new ColumnDef("q_value", DoubleType, false,
        "Benjamini-Hochberg adjusted p-value within this table, unit, granularity and period (and method where the"
            + " table has one): the pairs with q_value ≤ α are the discoveries at false discovery rate α. The"
            + " family is the pairs with a row (pairs that never co-occur are not tested)."));
    columns.add(new ColumnDef("is_low_support", BooleanType, false,
        "joint_count is below the minimum joint count (default 5) or the smallest expected count of the 2×2 table"
            + " is below the minimum expected count (default 5): the χ² approximation of the p-value is rough and"
            + " the ratios are noisy."));
    columns.add(ColumnDef.runId());
    return columns;
  }

  private static final List<TableSchema.RowRule> PAIR_RULES = List.of(
      new TableSchema.RowRule("granularity is known", "granularity IN ('day', 'week', 'all')"),
      new TableSchema.RowRule("the period is ordered", "period_start <= period_end"),
      new TableSchema.RowRule("counts are consistent",
          "0 < joint_count AND joint_count <= least(count_a, count_b) AND greatest(count_a, count_b) <= total_count"),
      new TableSchema.RowRule("statistics are in range",
          "npmi BETWEEN -1 AND 1 AND lift >= 0 AND jaccard > 0 AND jaccard <= 1 AND g2 >= 0"
              + " AND p_value BETWEEN 0 AND 1 AND q_value BETWEEN p_value AND 1"));

  private static TableSchema withPairRules(TableSchema table, TableSchema.RowRule... more) {
    List<TableSchema.RowRule> rules = new ArrayList<>(PAIR_RULES);
    rules.addAll(List.of(more));
    return table.withRules(rules.toArray(TableSchema.RowRule[]::new));
  }

  public static final TableSchema TOPIC_COOCCURRENCE = withPairRules(new TableSchema(
      "topic_cooccurrence",
      "One row per unit (entry), granularity (day, week, all), period, method and pair of topics that co-occur in at"
          + " least one entry of the period, with its counts and association statistics. " + CONVENTIONS,
      List.of("unit", "granularity", "period_start", "method", "topic_a", "topic_b"),
      Optional.empty(),
      pairColumns("entry: the units are entries.",
          List.of(method("both topics"),
              new ColumnDef("topic_a", StringType, false, "The first topic of the pair (topic_a < topic_b)."),
              new ColumnDef("topic_b", StringType, false, "The second topic of the pair.")),
          "topic_a", "topic_b")),
      new TableSchema.RowRule("pairs are ordered", "topic_a < topic_b AND unit = 'entry'"))
      .withReferences(
          new TableSchema.Reference("topic_a", "topics", "topic_id"),
          new TableSchema.Reference("topic_b", "topics", "topic_id"));

  public static final TableSchema ACTOR_COOCCURRENCE = withPairRules(new TableSchema(
      "actor_cooccurrence",
      "One row per unit (entry or sentence), granularity (day, week, all), period and pair of resolved actors that"
          + " co-occur in at least one unit of the period, with its counts and association statistics. "
          + CONVENTIONS,
      List.of("unit", "granularity", "period_start", "actor_a", "actor_b"),
      Optional.empty(),
      pairColumns("entry or sentence: whether the pair is counted within entries or within sentences (each its own"
              + " family of tests).",
          List.of(
              new ColumnDef("actor_a", StringType, false, "The first actor of the pair (actor_a < actor_b)."),
              new ColumnDef("actor_b", StringType, false, "The second actor of the pair.")),
          "actor_a", "actor_b")),
      new TableSchema.RowRule("pairs are ordered", "actor_a < actor_b AND unit IN ('entry', 'sentence')"))
      .withReferences(
          new TableSchema.Reference("actor_a", "actors", "actor_id"),
          new TableSchema.Reference("actor_b", "actors", "actor_id"));

  public static final TableSchema ACTOR_TOPIC_COOCCURRENCE = withPairRules(new TableSchema(
      "actor_topic_cooccurrence",
      "One row per unit (entry), granularity (day, week, all), period, method, resolved actor and topic that"
          + " co-occur in at least one entry of the period, with its counts and association statistics (a = the"
          + " actor, b = the topic). " + CONVENTIONS,
      List.of("unit", "granularity", "period_start", "method", "actor_id", "topic_id"),
      Optional.empty(),
      pairColumns("entry: the units are entries.",
          List.of(method("the topic"),
              new ColumnDef("actor_id", StringType, false, "The actor (actors.actor_id), item a."),
              new ColumnDef("topic_id", StringType, false, "The topic (topics.topic_id), item b.")),
          "the actor", "the topic")),
      new TableSchema.RowRule("the unit is the entry", "unit = 'entry'"))
      .withReferences(
          new TableSchema.Reference("actor_id", "actors", "actor_id"),
          new TableSchema.Reference("topic_id", "topics", "topic_id"));

  /** Every table of the topics stage, in publishing order. */
  public static final List<TableSchema> ALL = List.of(TOPICS, ENTRY_TOPICS, TOPIC_TRENDS, TOPIC_COOCCURRENCE,
      ACTOR_COOCCURRENCE, ACTOR_TOPIC_COOCCURRENCE);
}
