package org.liveblog.analytics.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.to_timestamp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.liveblog.analytics.stage.SparkSessions;
import org.liveblog.analytics.topics.EntryTopics;
import org.liveblog.analytics.topics.cooccurrence.CooccurrenceSettings;
import org.liveblog.analytics.topics.cooccurrence.Cooccurrences;
import org.liveblog.analytics.topics.model.LdaTopicModel;
import org.liveblog.analytics.topics.model.TopicModelSettings;
import org.liveblog.analytics.topics.model.TopicModelSummary;
import org.liveblog.analytics.topics.tagging.TopicTagger;
import org.liveblog.analytics.topics.taxonomy.Taxonomy;

/**
 * The topics kernels on the Guardian Russia-Ukraine subset (../shared/data, lower-cased and tokenised): how often the
 * default taxonomy tags each topic, the strongest significant topic pairs, and the LDA training time and quality at
 * k = 20 (or the k given; 0 skips the model). Prints counts, phrases of the taxonomy, topic labels and timings
 * only, never text. Usage: bench/run-real-corpus-topics.sh [K [MODEL_DIR]].
 */
public final class RealCorpusTopics {

  static final Path SUBSET = Path.of("../shared/data/liveblogs-guardian-ukp/entries_russia_ukraine_subset.jsonl");

  private RealCorpusTopics() {}

  /** CPU time of this JVM (all threads, Spark's local executors included): a measure the machine's load disturbs less. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  public static void main(String[] args) throws Exception {
    if (!Files.exists(SUBSET)) {
      System.err.println(SUBSET + " is absent: the real-corpus topics benchmark needs ../shared/data.");
      return;
    }
    int k = args.length > 0 ? Integer.parseInt(args[0]) : TopicModelSettings.DEFAULT_TOPICS;
    String modelDir = args.length > 1 ? args[1] : Files.createTempDirectory("lda-guardian").toString();
    SparkSession spark = SparkSessions.configured(SparkSession.builder())
        .master("local[2]").appName("real-corpus-topics")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4").getOrCreate();
    Dataset<Row> entries = spark.read().json(SUBSET.toString())
        .select(col("block_id").as("entry_key"), lit("guardian").as("outlet"), col("blog_id"),
            to_timestamp(col("time_iso")).as("published_at"), col("text"))
        .withColumn("published_date", to_date(col("published_at")))
        .filter(col("text").isNotNull())
        .cache();
    long n = entries.count();
    System.out.printf(Locale.ROOT, "%,d entries%n", n);

    var tagger = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(TopicTagger.of(Taxonomy.defaultTaxonomy()));
    long started = System.nanoTime();
    Dataset<Row> entryTopics = EntryTopics.taxonomy(entries, tagger, "bench").cache();
    long tags = entryTopics.count();
    double tagSeconds = (System.nanoTime() - started) / 1e9;
    long tagged = entryTopics.select(countDistinct("entry_key")).first().getLong(0);
    System.out.printf(Locale.ROOT, "taxonomy: %,d tags on %,d of %,d entries (%.1f%%) in %.1f s (Spark, local[2])%n",
        tags, tagged, n, 100.0 * tagged / n, tagSeconds);
    System.out.println("| topic | entries | share | most frequent evidence (entries) |");
    System.out.println("|---|---|---|---|");
    Dataset<Row> evidence = entryTopics.select(col("topic_id"), explode(col("evidence")).as("phrase"))
        .groupBy("topic_id", "phrase").agg(count(lit(1)).as("entries"))
        .withColumn("rank", row_number().over(Window.partitionBy("topic_id").orderBy(col("entries").desc(),
            col("phrase"))))
        .filter(col("rank").leq(4))
        .groupBy("topic_id").agg(concat_ws(", ", collect_list(concat(col("phrase"), lit(" ("),
            col("entries").cast("string"), lit(")")))).as("evidence"));
    for (Row r : entryTopics.groupBy("topic_id").agg(count(lit(1)).as("entries"))
        .join(evidence, "topic_id").orderBy(col("entries").desc()).collectAsList()) {
      System.out.printf(Locale.ROOT, "| %s | %,d | %.1f%% | %s |%n", r.getAs("topic_id"), r.<Long>getAs("entries"),
          100.0 * r.<Long>getAs("entries") / n, r.getAs("evidence"));
    }
    started = System.nanoTime();
    Dataset<Row> pairs = Cooccurrences.topics(entryTopics, entries, CooccurrenceSettings.defaults(), "bench")
        .filter(col("granularity").equalTo("all")).cache();
    long pairCount = pairs.count();
    System.out.printf(Locale.ROOT, "topic_cooccurrence (all time): %,d pairs in %.1f s; strongest significant:%n",
        pairCount, (System.nanoTime() - started) / 1e9);
    System.out.println("| pair | joint | npmi | lift | q |");
    System.out.println("|---|---|---|---|---|");
    for (Row r : pairs.filter(col("q_value").lt(0.01).and(col("is_low_support").unary_$bang()))
        .orderBy(col("npmi").desc()).limit(12).collectAsList()) {
      System.out.printf(Locale.ROOT, "| %s – %s | %d | %.3f | %.2f | %.2g |%n", r.getAs("topic_a"),
          r.getAs("topic_b"), r.<Long>getAs("joint_count"), r.<Double>getAs("npmi"), r.<Double>getAs("lift"),
          r.<Double>getAs("q_value"));
    }

    if (k == 0) {
      spark.stop();
      return;
    }
    TopicModelSettings settings = TopicModelSettings.withTopics(k);
    started = System.nanoTime();
    long cpuStarted = processCpuNanos();
    LdaTopicModel model = LdaTopicModel.train(entries, settings, modelDir);
    double trainSeconds = (System.nanoTime() - started) / 1e9;
    double trainCpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
    TopicModelSummary summary = model.summary();
    System.out.printf(Locale.ROOT, "%nLDA k=%d: trained in %.1f s wall, %.1f s CPU of the process (local[2]; %d "
            + "iterations, mini-batch %.2f; load average %.1f) on %,d entries, %,d held out; vocabulary %,d; held-out "
            + "log perplexity %.3f; mean NPMI coherence %.3f%n",
        k, trainSeconds, trainCpuSeconds, settings.maxIterations(), settings.miniBatchFraction(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        summary.trainingEntries(),
        summary.heldOutEntries(), summary.vocabularySize(), summary.logPerplexity(), summary.meanCoherence());
    System.out.println("| topic | label (top 3 terms) | NPMI coherence |");
    System.out.println("|---|---|---|");
    for (TopicModelSummary.LearnedTopic t : summary.topics()) {
      System.out.printf(Locale.ROOT, "| %s | %s | %.3f |%n", t.topicId(), t.label(), t.coherence());
    }
    started = System.nanoTime();
    long ldaRows = EntryTopics.model(entries, LdaTopicModel.load(spark, model.path()), "bench").count();
    System.out.printf(Locale.ROOT, "apply (load + entry_topics): %,d rows in %.1f s; model at %s%n", ldaRows,
        (System.nanoTime() - started) / 1e9, model.path());
    spark.stop();
  }
}
