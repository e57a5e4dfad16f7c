package org.liveblog.analytics.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.sum;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.actors.ActorLexicon;
import org.liveblog.analytics.actors.ActorRegistry;
import org.liveblog.analytics.actors.ActorStage;
import org.liveblog.analytics.schema.Tables;

/**
 * The actors stage on the published sentences of a real corpus (unique text, unlike the generated one), next to a
 * Spark scan of the same column in the same session: best of three each. Usage: a warehouse folder written by `run`
 * (bench/run-actor-benchmark.sh has the classpath; see docs/BENCHMARKS.md).
 */
public final class RealCorpusActorBenchmark {

  private RealCorpusActorBenchmark() {}

  public static void main(String[] args) {
    Path sentencesPath = Path.of(args[0], Tables.SENTENCES.name());
    if (!Files.isDirectory(sentencesPath)) {
      System.err.println(sentencesPath + " is absent: run `liveblog run` on a real corpus into " + args[0] + " first.");
      return;
    }
    SparkSession spark = SparkSession.builder().master("local[2]").appName("real-corpus-actors")
        .config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC").getOrCreate();
    Dataset<Row> sentences = spark.read().schema(Tables.SENTENCES.sparkType()).parquet(sentencesPath.toString());
    Broadcast<ActorLexicon> lexicon = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(ActorLexicon.of(ActorRegistry.defaultRegistry()));
    long chars = sentences.agg(sum(length(col("text")))).first().getLong(0);
    long distinct = sentences.select("text").distinct().count();
    double scan = best(() -> sentences.agg(sum(length(col("text")))).first());
    double matching = best(() -> ActorStage.spans(sentences, lexicon).count());
    double mentions = best(() -> ActorStage.mentions(sentences, lexicon, "bench").write().format("noop")
        .mode("overwrite").save());
    System.out.printf(Locale.ROOT, "%s: %,d sentences (%,d distinct texts), %.1f M chars; default registry%n",
        sentencesPath, sentences.count(), distinct, chars / 1e6);
    System.out.printf(Locale.ROOT, "scan %.2f s (%.1f MB/s/core), matching %.2f s (%.1f), mentions %.2f s (%.1f);"
            + " matching / scan %.2f, mentions / scan %.2f%n", scan, chars / 1e6 / scan / 2, matching,
        chars / 1e6 / matching / 2, mentions, chars / 1e6 / mentions / 2, scan / matching, scan / mentions);
    spark.stop();
  }

  private static double best(Runnable work) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      work.run();
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    return best;
  }
}
