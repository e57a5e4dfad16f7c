package org.liveblog.analytics.topics;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.liveblog.analytics.actors.matching.AliasMatcher;
import org.liveblog.analytics.schema.InputColumns;
import org.liveblog.analytics.schema.RowBuilder;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.schema.TopicTables;
import org.liveblog.analytics.topics.model.LdaTopicModel;
import org.liveblog.analytics.topics.tagging.TopicScores;
import org.liveblog.analytics.topics.tagging.TopicTagger;

/**
 * Rows of {@link TopicTables#ENTRY_TOPICS} from the taxonomy: one pass of the broadcast {@link TopicTagger} per entry
 * text, in a function of the text column alone whose topics are exploded (the other columns stay in Spark's rows).
 * Pure: no reads, writes or actions.
 */
public final class EntryTopics {

  public static final String STAGE = "topics";

  /** Phrases kept as evidence per entry and topic. */
  public static final int EVIDENCE_PHRASES = 5;

  static final String[] ENTRY_COLUMNS = {"entry_key", "outlet", "blog_id", "published_at", "published_date", "text"};

  private static final StructType TAGGED = new StructType()
      .add("topic_id", DataTypes.StringType, false)
      .add("weight", DataTypes.DoubleType, false)
      .add("topic_rank", DataTypes.IntegerType, false)
      .add("hits", DataTypes.IntegerType, false)
      .add("evidence", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private EntryTopics() {}

  /** The taxonomy topics of every entry of {@code entries} (rows of {@link Tables#ENTRIES}). */
  public static Dataset<Row> taxonomy(Dataset<Row> entries, Broadcast<TopicTagger> tagger, String runId) {
    InputColumns.require(STAGE, entries, Tables.ENTRIES, ENTRY_COLUMNS);
    Column tagged = udf(new Tagging(tagger), DataTypes.createArrayType(TAGGED, false)).apply(col("text"));
    Dataset<Row> rows = entries
        .select(col("entry_key"), col("outlet"), col("blog_id"), col("published_at"), col("published_date"),
            explode(tagged).as("t"))
        .select(col("entry_key"), col("outlet"), col("blog_id"), col("published_at"),
            lit(TopicTables.TAXONOMY).as("method"), col("t.topic_id"), col("t.weight"), col("t.topic_rank"),
            col("t.hits"), col("t.evidence"), lit(runId).as(Tables.RUN_ID), col("published_date"));
    return TopicTables.ENTRY_TOPICS.conform(rows);
  }

  /**
   * The learned topics of every entry: those whose weight in the entry reaches the model's minimum weight, ranked
   * by weight. Pure: the model's pipeline is a lazy transformation.
   */
  public static Dataset<Row> model(Dataset<Row> entries, LdaTopicModel model, String runId) {
    InputColumns.require(STAGE, entries, Tables.ENTRIES, ENTRY_COLUMNS);
    double minWeight = model.summary().settings().minWeight();
    // (weight, -topic) so that a descending sort puts ties in topic order.
    Column kept = filter(
        transform(vector_to_array(col(LdaTopicModel.DISTRIBUTION), "float64"),
            (weight, topic) -> struct(weight.as("weight"), topic.unary_$minus().as("negative_topic"))),
        s -> s.getField("weight").geq(minWeight));
    Dataset<Row> rows = model.weights(entries.select(java.util.Arrays.stream(ENTRY_COLUMNS).map(c -> col(c))
            .toArray(Column[]::new)))
        .select(col("entry_key"), col("outlet"), col("blog_id"), col("published_at"), col("published_date"),
            posexplode(sort_array(kept, false)).as(new String[] {"position", "t"}))
        .select(col("entry_key"), col("outlet"), col("blog_id"), col("published_at"),
            lit(TopicTables.LDA).as("method"),
            format_string("lda_%02d", col("t.negative_topic").unary_$minus()).as("topic_id"),
            col("t.weight").as("weight"), col("position").plus(1).as("topic_rank"),
            lit(null).cast(DataTypes.IntegerType).as("hits"),
            array().cast(DataTypes.createArrayType(DataTypes.StringType, false)).as("evidence"),
            lit(runId).as(Tables.RUN_ID), col("published_date"));
    return TopicTables.ENTRY_TOPICS.conform(rows);
  }

  /** Per entry text: its topics, best first, or null when none (explode makes no row of either). */
  private static final class Tagging implements UDF1<String, Row[]> {
    private static final long serialVersionUID = 1L;
    private static final int TOPIC = RowBuilder.index(TAGGED, "topic_id");
    private static final int WEIGHT = RowBuilder.index(TAGGED, "weight");
    private static final int RANK = RowBuilder.index(TAGGED, "topic_rank");
    private static final int HITS = RowBuilder.index(TAGGED, "hits");
    private static final int EVIDENCE = RowBuilder.index(TAGGED, "evidence");

    private final Broadcast<TopicTagger> tagger;
    private transient TopicScores scores;
    private transient AliasMatcher.Matches matches;
    private transient RowBuilder row;

    Tagging(Broadcast<TopicTagger> tagger) {
      this.tagger = tagger;
    }

    @Override
    public Row[] call(String text) {
      TopicTagger t = tagger.value();
      if (scores == null) {
        scores = t.newScores();
        matches = new AliasMatcher.Matches();
        row = RowBuilder.of(TAGGED);
      }
      t.tag(text, scores, matches);
      if (scores.size() == 0) {
        return null;
      }
      Row[] rows = new Row[scores.size()];
      for (int i = 0; i < scores.size(); i++) {
        int[] phrases = scores.evidence(i, EVIDENCE_PHRASES, t);
        String[] evidence = new String[phrases.length];
        for (int k = 0; k < phrases.length; k++) {
          evidence[k] = t.phraseText(phrases[k]);
        }
        rows[i] = row.set(TOPIC, t.topicId(scores.topic(i))).set(WEIGHT, scores.score(i)).set(RANK, i + 1)
            .set(HITS, scores.hits(i)).set(EVIDENCE, evidence).build();
      }
      return rows;
    }
  }
}
