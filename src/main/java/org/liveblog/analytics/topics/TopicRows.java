package org.liveblog.analytics.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.schema.RowBuilder;
import org.liveblog.analytics.schema.Tables;
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

  private static final int TOPIC_ID = TopicTables.TOPICS.index("topic_id");
  private static final int METHOD = TopicTables.TOPICS.index("method");
  private static final int LABEL = TopicTables.TOPICS.index("label");
  private static final int GROUP = TopicTables.TOPICS.index("topic_group");
  private static final int DESCRIPTION = TopicTables.TOPICS.index("description");
  private static final int TOP_TERMS = TopicTables.TOPICS.index("top_terms");
  private static final int TERM_WEIGHTS = TopicTables.TOPICS.index("term_weights");
  private static final int VERSION = TopicTables.TOPICS.index("version");
  private static final int COHERENCE = TopicTables.TOPICS.index("coherence");
  private static final int RUN_ID = TopicTables.TOPICS.index(Tables.RUN_ID);

  private TopicRows() {}

  /** One row per topic of {@code taxonomy}, its phrases by decreasing weight. */
  public static Dataset<Row> taxonomy(SparkSession spark, Taxonomy taxonomy, String runId) {
    List<Row> rows = new ArrayList<>();
    RowBuilder row = RowBuilder.of(TopicTables.TOPICS);
    for (TaxonomyTopic topic : taxonomy.topics()) {
      List<TopicPhrase> phrases = new ArrayList<>(topic.phrases());
      phrases.sort(Comparator.comparingDouble(TopicPhrase::weight).reversed());
      rows.add(row.set(TOPIC_ID, topic.topicId()).set(METHOD, TopicTables.TAXONOMY).set(LABEL, topic.label())
          .set(GROUP, topic.group()).set(DESCRIPTION, topic.description())
          .set(TOP_TERMS, phrases.stream().map(TopicPhrase::text).toArray(String[]::new))
          .set(TERM_WEIGHTS, phrases.stream().map(TopicPhrase::weight).toArray(Double[]::new))
          .set(VERSION, taxonomy.contentHash()).set(RUN_ID, runId).build());
    }
    return spark.createDataFrame(rows, TopicTables.TOPICS.sparkType());
  }

  /** One row per topic of a trained model, labelled by its top terms. */
  public static Dataset<Row> model(SparkSession spark, TopicModelSummary model, String runId) {
    List<Row> rows = new ArrayList<>();
    RowBuilder row = RowBuilder.of(TopicTables.TOPICS);
    for (TopicModelSummary.LearnedTopic topic : model.topics()) {
      rows.add(row.set(TOPIC_ID, topic.topicId()).set(METHOD, TopicTables.LDA).set(LABEL, topic.label())
          .set(TOP_TERMS, topic.terms().toArray(String[]::new))
          .set(TERM_WEIGHTS, topic.termWeights().toArray(Double[]::new))
          .set(VERSION, model.version()).set(COHERENCE, topic.coherence()).set(RUN_ID, runId).build());
    }
    return spark.createDataFrame(rows, TopicTables.TOPICS.sparkType());
  }
}
