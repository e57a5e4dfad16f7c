package org.liveblog.analytics.bench;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.cli.Jobs;
import org.liveblog.analytics.generate.GenerateJob;
import org.liveblog.analytics.generate.GenerateOptions;
import org.liveblog.analytics.pipeline.RunSummary;
import org.liveblog.analytics.stage.SparkSessions;
import org.liveblog.analytics.topics.model.LdaTopicModel;
import org.liveblog.analytics.topics.model.TopicModelSettings;

/**
 * The topics stage against the actors stage, side by side in one `run` (runs.stage_seconds of the same run, so the
 * same JVM, session and minute): on generated corpora at the given sizes and on the UKP Guardian corpus when present.
 * The figure to compare is topics / actors (the target: at most 1). LDA training on the published entries is
 * timed apart, after the run, with the given k and iterations. Prints timings and counts only, never text. Run with
 * bench/run-topics-benchmark.sh; see docs/BENCHMARKS.md.
 */
public final class TopicsStageBenchmark {

  private TopicsStageBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args.length > 0 ? args[0] : "target/bench-topics");
    List<Long> scales = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      scales.add(Long.parseLong(args[i]));
    }
    if (scales.isEmpty()) {
      scales = List.of(20_000L, 80_000L);
    }
    Path guardian = Path.of(System.getProperty("bench.guardian",
        "../shared/data/liveblogs-guardian-ukp/entries.jsonl.gz"));
    int k = Integer.getInteger("bench.ldaTopics", TopicModelSettings.DEFAULT_TOPICS);
    int iterations = Integer.getInteger("bench.ldaIterations", TopicModelSettings.DEFAULT_MAX_ITERATIONS);
    Files.createDirectories(work);
    SparkSession spark = SparkSessions.configured(SparkSession.builder())
        .master("local[2]").appName("topics-benchmark")
        .config("spark.ui.enabled", "false").getOrCreate();
    List<String> rows = new ArrayList<>();
    rows.add("| input | entries | actors s | topics s | topics / actors | tagging s | trends s | cooccurrence s"
        + " | LDA k, iterations | LDA training s | LDA / actors |");
    rows.add("|---|---|---|---|---|---|---|---|---|---|---|");
    for (long entries : scales) {
      Path corpus = work.resolve("gen-" + entries);
      if (!Files.exists(corpus.resolve("manifest.json"))) {
        GenerateJob.run(spark, Jobs.options(new GenerateOptions(), "--entries", Long.toString(entries), "--seed", "7",
            "--output", corpus.toString()));
      }
      String warehouse = work.resolve("wh-gen-" + entries).toString();
      RunSummary run = Jobs.run(spark, "run", "--input", corpus.resolve("entries").toString(), "--warehouse",
          warehouse);
      rows.add(row(String.format(Locale.ROOT, "generated %,d", entries), run, spark, warehouse, k, iterations, work));
      System.out.println(rows.get(rows.size() - 1));
    }
    if (Files.exists(guardian)) {
      String warehouse = work.resolve("wh-guardian").toString();
      RunSummary run = Jobs.run(spark, "run", "--config", "jobs/ukp-guardian.properties", "--input",
          guardian.toString(), "--warehouse", warehouse);
      rows.add(row("UKP Guardian (" + guardian.getFileName() + ")", run, spark, warehouse,
          Integer.getInteger("bench.guardianLdaTopics", 0), iterations, work));
      System.out.println(rows.get(rows.size() - 1));
    } else {
      System.err.println(guardian + " is absent: skipping the Guardian corpus");
    }
    spark.stop();
    rows.forEach(System.out::println);
  }

  /** One line: the run's stage times and, when k > 0, LDA training over its published entries. */
  private static String row(String label, RunSummary run, SparkSession spark, String warehouse, int k,
      int iterations, Path work) {
    Map<String, Duration> times = run.stageTimes();
    double actors = seconds(times, "actors");
    double topics = seconds(times, "topics");
    double stance = seconds(times, "stance");
    String lda = "—";
    String ldaSeconds = "—";
    String ldaRatio = "—";
    if (k > 0) {
      TopicModelSettings defaults = TopicModelSettings.withTopics(k);
      TopicModelSettings settings = new TopicModelSettings(k, iterations, defaults.miniBatchFraction(),
          defaults.vocabularySize(), defaults.minDocumentFrequency(), defaults.maxDocumentFrequency(),
          defaults.heldOutShare(), defaults.seed(), defaults.topTerms(), defaults.minWeight());
      long start = System.nanoTime();
      LdaTopicModel model = LdaTopicModel.train(spark.read().parquet(warehouse + "/entries")
          .select(col("entry_key"), col("text")), settings, work.resolve("models").toString());
      double training = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "%s: LDA %s, log perplexity %.3f, mean coherence %.3f%n", label,
          model.summary().version(), model.summary().logPerplexity(), model.summary().meanCoherence());
      lda = k + ", " + iterations;
      ldaSeconds = String.format(Locale.ROOT, "%.1f", training);
      ldaRatio = String.format(Locale.ROOT, "%.2f", training / actors);
    }
    return String.format(Locale.ROOT,
        "| %s | %,d | %.1f | %.1f | **%.2f** | %.1f | **%.2f** | %.1f | %.1f | %.1f | %s | %s | %s |",
        label, run.rowsPerTable().getOrDefault("entries", 0L), actors, topics, topics / actors, stance,
        stance / actors,
        seconds(times, "topics.tagging"), seconds(times, "topics.trends"), seconds(times, "topics.cooccurrence"), lda,
        ldaSeconds, ldaRatio);
  }

  private static double seconds(Map<String, Duration> times, String key) {
    Duration d = times.get(key);
    return d == null ? Double.NaN : d.toMillis() / 1000.0;
  }
}
