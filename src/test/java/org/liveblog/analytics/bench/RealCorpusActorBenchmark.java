package org.liveblog.analytics.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.sum;
import static org.liveblog.analytics.bench.ActorStageBenchmark.CORES;
import static org.liveblog.analytics.bench.ActorStageBenchmark.rate;
import static org.liveblog.analytics.bench.ActorStageBenchmark.time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.actors.ActorMentions;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.bench.ActorStageBenchmark.Dictionary;
import org.liveblog.analytics.bench.ActorStageBenchmark.Timing;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.SparkSessions;

/**
 * The actors stage on the published sentences of a real corpus (unique text, unlike the generated one), next to a
 * Spark scan of the same column, the combined-regex `rlike` and DuckDB's `regexp_matches` over the same Parquet files,
 * in the same session, with the default registry and the 200-actor dictionary of {@link ActorStageBenchmark}. Usage: a
 * warehouse folder written by `run` (bench/run-real-corpus-actors.sh; results in docs/BENCHMARKS.md). The text is
 * unique, so DuckDB evaluates its regex once per row as it is.
 */
public final class RealCorpusActorBenchmark {

  private static final String TWO_HUNDRED = "200 actors";

  private RealCorpusActorBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path sentencesPath = Path.of(args[0], Tables.SENTENCES.name());
    if (!Files.isDirectory(sentencesPath)) {
      System.err.println(sentencesPath + " is absent: run `liveblog run` on a real corpus into " + args[0] + " first.");
      return;
    }
    SparkSession spark = SparkSessions.configured(SparkSession.builder())
        .master("local[" + CORES + "]").appName("real-corpus-actors")
        .config("spark.ui.enabled", "false").getOrCreate();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Dataset<Row> sentences = spark.read().schema(Tables.SENTENCES.sparkType()).parquet(sentencesPath.toString());
    Path small = Files.createTempFile("registry-200", ".jsonl");
    List<Dictionary> dictionaries = List.of(
        ActorStageBenchmark.dictionary(jsc, "default registry", ActorRegistry.defaultRegistry(), false),
        ActorStageBenchmark.dictionary(jsc, TWO_HUNDRED,
            ActorRegistry.load(ActorStageBenchmark.twoHundredActors(small)), false));
    long chars = sentences.agg(sum(length(col("text")))).first().getLong(0);
    long distinct = sentences.select("text").distinct().count();
    System.out.printf(Locale.ROOT, "%s: %,d sentences (%,d distinct texts), %.1f M chars%n", sentencesPath,
        sentences.count(), distinct, chars / 1e6);
    System.out.println("| dictionary | scan s | matching s | mentions s | rlike s | DuckDB s | MB/s/core: scan / "
        + "matching / mentions / rlike / DuckDB | matching / scan | mentions / scan | matching / rlike | "
        + "matching / DuckDB |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    // One untimed round first: the first passes of a JVM are slower (JIT, file cache), and the scan is the floor.
    sentences.agg(sum(length(col("text")))).first();
    dictionaries.forEach(d -> ActorMentions.spans(sentences, d.lexicon()).count());
    for (Dictionary d : dictionaries) {
      Timing scan = time("scan", () -> sentences.agg(sum(length(col("text")))).first().getLong(0));
      Timing matching = time("matching " + d.name(), () -> ActorMentions.spans(sentences, d.lexicon()).count());
      Timing mentions = time("mentions " + d.name(), () -> {
        ActorMentions.mentions(sentences, d.lexicon(), ActorStageBenchmark.deadLetters(spark), "bench").write().format("noop").mode("overwrite").save();
        return 0L;
      });
      // The regex baselines with the 200-actor dictionary only: the default registry's 5,311 forms would keep
      // rlike busy for about half an hour (0.03 MB/s/core with PETRARCH's regex on the generated text).
      Timing rlike = d.name().equals(TWO_HUNDRED)
          ? ActorStageBenchmark.rlike("rlike " + d.name(), spark, sentencesPath, d.regex()) : null;
      Timing duck = d.name().equals(TWO_HUNDRED)
          ? ActorStageBenchmark.duckdb("duckdb " + d.name(), sentencesPath, d.regex(), false) : null;
      System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %s | %s | %.1f / %.1f / %.1f / %s / %s | %.2f | %.2f "
              + "| %s | %s |%n", d.name(), scan.best(), matching.best(), mentions.best(), seconds(rlike),
          seconds(duck), rate(chars, scan.best()), rate(chars, matching.best()), rate(chars, mentions.best()),
          rlike == null ? "—" : String.format(Locale.ROOT, "%.2f", rate(chars, rlike.best())),
          duck == null ? "—" : String.format(Locale.ROOT, "%.1f", rate(chars, duck.best())),
          scan.best() / matching.best(), scan.best() / mentions.best(),
          rlike == null ? "—" : String.format(Locale.ROOT, "%.0f×", rlike.best() / matching.best()),
          duck == null ? "—" : String.format(Locale.ROOT, "%.2f×", duck.best() / matching.best()));
    }
    Files.deleteIfExists(small);
    spark.stop();
  }

  private static String seconds(Timing timing) {
    return timing == null ? "—" : String.format(Locale.ROOT, "%.2f", timing.best());
  }
}
