package org.liveblog.analytics.topics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.generate.CorpusGenerator;
import org.liveblog.analytics.generate.GeneratorSettings;
import org.liveblog.analytics.generate.GroundTruth;
import org.liveblog.analytics.ingest.EntryIngest;
import org.liveblog.analytics.schema.TopicTables;
import org.liveblog.analytics.topics.cooccurrence.CooccurrenceSettings;
import org.liveblog.analytics.topics.cooccurrence.Cooccurrences;
import org.liveblog.analytics.topics.tagging.TopicTagger;
import org.liveblog.analytics.topics.taxonomy.Taxonomy;

/**
 * The generator plants topic pairs with raised co-occurrence (lift 2.5 and 2.0) and independent control pairs. On a
 * generated corpus of 20,000 entries tagged with the default taxonomy, the planted pairs must be the top pairs by
 * all-time NPMI and significant after the Benjamini-Hochberg correction; the control pairs must not be significant.
 */
class PlantedTopicPairsTest {

  static final long ENTRIES = 20_000;
  static final long SEED = 7;
  static final double ALPHA = 0.01;

  static GroundTruth manifest;
  static Dataset<Row> entries;
  static Dataset<Row> entryTopics;
  static List<Row> allTime;
  static Dataset<Row> cooccurrence;

  @BeforeAll
  static void generateTagAndCount() {
    SparkSession spark = SparkSessionExtension.session();
    long started = System.nanoTime();
    long cpuStarted = processCpuNanos();
    // Plain-text bodies, no planted rejects or duplicates: every generated row is an entry, its body its text.
    CorpusGenerator generator = new CorpusGenerator(GeneratorSettings.of(ENTRIES, SEED).withShares(0, 0, 0));
    manifest = generator.manifest();
    entries = generator.entries(spark, 4)
        .select(EntryIngest.entryKey(col("outlet"), col("blog_id"), col("entry_id")).as("entry_key"), col("outlet"),
            col("blog_id"), col("published_at"), to_date(col("published_at")).as("published_date"),
            col("body").as("text"))
        .cache();
    var tagger = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(TopicTagger.of(Taxonomy.defaultTaxonomy()));
    entryTopics = EntryTopics.taxonomy(entries, tagger, "planted").cache();
    cooccurrence = Cooccurrences.topics(entryTopics, entries, CooccurrenceSettings.defaults(), "planted").cache();
    allTime = cooccurrence.filter(col("granularity").equalTo("all")).collectAsList();
    System.out.printf("generate, tag and count %d entries: %.1f s wall, %.1f s CPU (load average %.1f)%n", ENTRIES,
        (System.nanoTime() - started) / 1e9, (processCpuNanos() - cpuStarted) / 1e9,
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.println("all-time topic pairs by NPMI:");
    allTime.stream().sorted(Comparator.comparingDouble(r -> -r.<Double>getAs("npmi"))).limit(12)
        .forEach(r -> System.out.printf("  %s-%s npmi %.3f lift %.2f joint %d (%d, %d of %d) q %.3g%s%n",
            r.getAs("topic_a"), r.getAs("topic_b"), r.<Double>getAs("npmi"), r.<Double>getAs("lift"),
            r.<Long>getAs("joint_count"), r.<Long>getAs("count_a"), r.<Long>getAs("count_b"),
            r.<Long>getAs("total_count"), r.<Double>getAs("q_value"), r.<Boolean>getAs("is_low_support") ? " low" : ""));
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static String pair(String plantedA, String plantedB) {
    String a = PlantedTopics.TAXONOMY_IDS.get(plantedA);
    String b = PlantedTopics.TAXONOMY_IDS.get(plantedB);
    return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
  }

  private static String pair(Row row) {
    return row.getAs("topic_a") + "-" + row.getAs("topic_b");
  }

  private static Row row(String pair) {
    return allTime.stream().filter(r -> pair(r).equals(pair)).findFirst()
        .orElseThrow(() -> new AssertionError("no all-time row for " + pair));
  }

  @Test
  void theTaxonomyFindsExactlyThePlantedTopicsOfEveryEntry() {
    // The manifest's rule: an entry carries a planted topic when its body holds one of the topic's keywords. Per
    // entry, the sorted taxonomy ids of the planted topics whose keywords it holds must equal the mapped topics the
    // taxonomy found.
    Set<String> mapped = Set.copyOf(PlantedTopics.TAXONOMY_IDS.values());
    List<Column> truth = new ArrayList<>();
    for (GroundTruth.Topic planted : manifest.topics().topics()) {
      String pattern = planted.keywords().stream().map(k -> java.util.regex.Pattern.quote(k))
          .collect(Collectors.joining("|", "\\b(", ")\\b"));
      truth.add(when(lower(col("text")).rlike(pattern), lit(PlantedTopics.TAXONOMY_IDS.get(planted.id()))));
    }
    Dataset<Row> expected = entries.select(col("entry_key"),
        array_sort(filter(array(truth.toArray(Column[]::new)), c -> c.isNotNull())).as("expected"));
    Dataset<Row> found = entryTopics.filter(col("topic_id").isin(mapped.toArray()))
        .groupBy("entry_key").agg(array_sort(collect_list(col("topic_id"))).as("found"));
    long disagreements = expected.join(found, new String[] {"entry_key"}, "left")
        .filter(not(col("expected").equalTo(coalesce(col("found"), array().cast("array<string>")))))
        .count();
    assertThat(disagreements).as("entries whose mapped taxonomy topics differ from the planted ones").isZero();
    // And nothing else reaches the threshold in generated text often enough to matter.
    long others = entryTopics.filter(not(col("topic_id").isin(mapped.toArray()))).count();
    assertThat(others).as("tags of topics the generator does not plant").isLessThan(ENTRIES / 100);
  }

  @Test
  void thePlantedPairsAreTheTopPairsByNpmiAndSignificant() {
    List<String> planted = manifest.topics().raisedPairs().stream().map(p -> pair(p.a(), p.b())).toList();
    List<String> top = allTime.stream()
        .sorted(Comparator.comparingDouble(r -> -r.<Double>getAs("npmi")))
        .map(PlantedTopicPairsTest::pair)
        .limit(planted.size())
        .toList();
    assertThat(top).containsExactlyInAnyOrderElementsOf(planted);
    for (GroundTruth.TopicPair p : manifest.topics().raisedPairs()) {
      Row r = row(pair(p.a(), p.b()));
      assertThat(r.<Double>getAs("q_value")).as(pair(p.a(), p.b()) + " q").isLessThan(ALPHA);
      assertThat(r.<Boolean>getAs("is_low_support")).isFalse();
      // The measured lift is near the planted one (a few hundred joint entries: within 15%).
      assertThat(r.<Double>getAs("lift")).as(pair(p.a(), p.b()) + " lift").isBetween(p.lift() * 0.85, p.lift() * 1.15);
    }
  }

  @Test
  void theTablesPassTheirPublishChecks() {
    SparkSession spark = SparkSessionExtension.session();
    TopicChecks.assertPass(Map.of(
            TopicTables.TOPICS, TopicRows.taxonomy(spark, Taxonomy.defaultTaxonomy(), "planted"),
            TopicTables.ENTRY_TOPICS, entryTopics,
            TopicTables.TOPIC_TRENDS, TopicTrends.trends(entryTopics, entries, "planted"),
            TopicTables.TOPIC_COOCCURRENCE, cooccurrence),
        Map.of("entries", entries));
  }

  @Test
  void theIndependentControlPairsAreNotSignificant() {
    List<String> controls = new ArrayList<>();
    for (GroundTruth.TopicPair p : manifest.topics().independentPairs()) {
      Row r = row(pair(p.a(), p.b()));
      controls.add(pair(p.a(), p.b()));
      assertThat(r.<Double>getAs("q_value")).as(pair(p.a(), p.b()) + " q").isGreaterThanOrEqualTo(0.05);
      assertThat(r.<Double>getAs("lift")).as(pair(p.a(), p.b()) + " lift").isBetween(0.9, 1.1);
      assertThat(Math.abs(r.<Double>getAs("npmi"))).isLessThan(0.05);
    }
    assertThat(controls).hasSize(2);
  }
}
