package org.liveblog.analytics.topics.model;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.liveblog.analytics.schema.RowBuilder;
import org.liveblog.analytics.topics.cooccurrence.AssociationStatistics;

/**
 * The NPMI coherence of each topic's top terms (Bouma's normalised PMI averaged over the term pairs, as in Röder et
 * al.'s C_NPMI with documents as the window): document frequencies and co-document frequencies of the top terms are
 * counted over the entries by Spark; the driver only receives one mean per topic.
 */
final class TermCoherence {

  private static final StructType TOPIC_PAIR = new StructType()
      .add("topic", DataTypes.IntegerType, false)
      .add("a", DataTypes.StringType, false)
      .add("b", DataTypes.StringType, false);

  private TermCoherence() {}

  /**
   * Per topic, the mean NPMI over the pairs of its top terms, with entries as units: a pair that never shares an entry
   * counts -1. {@code documents} has an array column {@code termsColumn} (the entry's terms after stop words).
   */
  static double[] meanNpmi(Dataset<Row> documents, String termsColumn, List<List<String>> topTerms) {
    Set<String> all = new LinkedHashSet<>();
    topTerms.forEach(all::addAll);
    Column wanted = org.apache.spark.sql.functions.array(all.stream().map(t -> lit(t)).toArray(Column[]::new));
    Dataset<Row> present = documents.select(array_intersect(array_distinct(col(termsColumn)), wanted).as("present"));
    Dataset<Row> frequency = present.select(explode(col("present")).as("term")).groupBy("term")
        .agg(count(lit(1)).as("entries"));
    Dataset<Row> joint = present
        .select(col("present"), explode(col("present")).as("a"))
        .select(col("a"), explode(col("present")).as("b"))
        .filter(col("a").lt(col("b")))
        .groupBy("a", "b").agg(count(lit(1)).as("joint"));
    Dataset<Row> total = documents.agg(count(lit(1)).as("total"));

    RowBuilder row = RowBuilder.of(TOPIC_PAIR);
    int topic = RowBuilder.index(TOPIC_PAIR, "topic");
    int first = RowBuilder.index(TOPIC_PAIR, "a");
    int second = RowBuilder.index(TOPIC_PAIR, "b");
    List<Row> pairs = new ArrayList<>();
    for (int t = 0; t < topTerms.size(); t++) {
      List<String> terms = topTerms.get(t);
      for (int i = 0; i < terms.size(); i++) {
        for (int j = i + 1; j < terms.size(); j++) {
          String x = terms.get(i);
          String y = terms.get(j);
          boolean ordered = x.compareTo(y) < 0;
          pairs.add(row.set(topic, t).set(first, ordered ? x : y).set(second, ordered ? y : x).build());
        }
      }
    }
    Column npmi = udf((UDF4<Long, Long, Long, Long, Double>) AssociationStatistics::npmi, DataTypes.DoubleType)
        .apply(coalesce(col("joint"), lit(0L)), coalesce(col("fa.entries"), lit(0L)),
            coalesce(col("fb.entries"), lit(0L)), col("total"));
    List<Row> means = documents.sparkSession().createDataFrame(pairs, TOPIC_PAIR)
        .join(joint, new String[] {"a", "b"}, "left")
        .join(frequency.as("fa"), col("a").equalTo(col("fa.term")), "left")
        .join(frequency.as("fb"), col("b").equalTo(col("fb.term")), "left")
        .crossJoin(total)
        .groupBy("topic").agg(avg(npmi).as("coherence"))
        .collectAsList();
    double[] coherence = new double[topTerms.size()];
    java.util.Arrays.fill(coherence, Double.NaN);
    for (Row r : means) {
      coherence[r.<Integer>getAs("topic")] = r.<Double>getAs("coherence");
    }
    return coherence;
  }
}
