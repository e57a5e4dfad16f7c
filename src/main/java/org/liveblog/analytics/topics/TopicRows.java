package org.liveblog.analytics.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.schema.TopicTables;
import org.liveblog.analytics.topics.model.TopicModelSummary;
import org.liveblog.analytics.topics.taxonomy.Taxonomy;
import org.liveblog.analytics.topics.taxonomy.TaxonomyTopic;
import org.liveblog.analytics.topics.taxonomy.TopicPhrase;

/**
 * Rows of {@link TopicTables#TOPICS}: the taxonomy's topics and a model's topics, built on the driver from those small
 * definitions (tens of rows).
 */
public final class TopicRows {

  private static final NamedRow ROW = new NamedRow(TopicTables.TOPICS.sparkType());

  private TopicRows() {}

  /** One row per topic of {@code taxonomy}, its phrases by decreasing weight. */
  public static Dataset<Row> taxonomy(SparkSession spark, Taxonomy taxonomy, String runId) {
    List<Row> rows = new ArrayList<>();
    for (TaxonomyTopic topic : taxonomy.topics()) {
      List<TopicPhrase> phrases = new ArrayList<>(topic.phrases());
      phrases.sort(Comparator.comparingDouble(TopicPhrase::weight).reversed());
      rows.add(ROW.of("topic_id", topic.topicId(), "method", TopicTables.TAXONOMY, "label", topic.label(),
          "topic_group", topic.group(), "description", topic.description(),
          "top_terms", phrases.stream().map(TopicPhrase::text).toArray(String[]::new),
          "term_weights", phrases.stream().map(TopicPhrase::weight).toArray(Double[]::new),
          "version", taxonomy.contentHash(), "coherence", null, "run_id", runId));
    }
    return spark.createDataFrame(rows, TopicTables.TOPICS.sparkType());
  }

  /** One row per topic of a trained model, labelled by its top terms. */
  public static Dataset<Row> model(SparkSession spark, TopicModelSummary model, String runId) {
    List<Row> rows = new ArrayList<>();
    for (TopicModelSummary.LearnedTopic topic : model.topics()) {
      rows.add(ROW.of("topic_id", topic.topicId(), "method", TopicTables.LDA, "label", topic.label(),
          "topic_group", null, "description", null,
          "top_terms", topic.terms().toArray(String[]::new),
          "term_weights", topic.termWeights().toArray(Double[]::new),
          "version", model.version(), "coherence", topic.coherence(), "run_id", runId));
    }
    return spark.createDataFrame(rows, TopicTables.TOPICS.sparkType());
  }
}
