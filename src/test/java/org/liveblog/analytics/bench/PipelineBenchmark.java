package org.liveblog.analytics.bench;

import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.sum;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.cli.Jobs;
import org.liveblog.analytics.generate.GenerateOptions;
import org.liveblog.analytics.generate.GenerateJob;
import org.liveblog.analytics.pipeline.RunSummary;
import org.liveblog.analytics.stage.SparkSessions;

/**
 * Whole-job benchmark (not a test): ingest of the real UKP corpora and `run` on generated corpora at several scales,
 * each next to a baseline measured in the same JVM and session: a plain Spark scan of the same input that touches
 * every text byte (the floor any job over that input pays). Results are ratios job / scan, since the machines here are
 * shared and absolute times drift. Run with bench/run-pipeline-benchmark.sh; see docs/BENCHMARKS.md.
 */
public final class PipelineBenchmark {

  private PipelineBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
    List<Long> scales = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      scales.add(Long.parseLong(args[i]));
    }
    if (scales.isEmpty()) {
      scales = List.of(50_000L, 200_000L, 800_000L);
    }
    Files.createDirectories(work);
    SparkSession spark = SparkSessions.configured(SparkSession.builder())
        .master("local[2]").appName("pipeline-benchmark")
        .config("spark.ui.enabled", "false").getOrCreate();
    List<String> rows = new ArrayList<>();
    rows.add("| input | records | text MB | scan s | job s | job / scan | entries | invalid |");
    rows.add("|---|---|---|---|---|---|---|---|");

    Path shared = Path.of("../shared/data");
    if (Files.isDirectory(shared)) {
      for (String corpus : List.of("guardian", "bbc")) {
        String config = "jobs/ukp-" + corpus + ".properties";
        java.util.Properties properties = new java.util.Properties();
        try (var reader = Files.newBufferedReader(Path.of(config))) {
          properties.load(reader);
        }
        String input = properties.getProperty("input");
        Row scan = timedScan(() -> spark.read().text(input).agg(sum(length(org.apache.spark.sql.functions.col("value"))))
            .first());
        long start = System.nanoTime();
        RunSummary summary = Jobs.run(spark, "ingest", "--config", config, "--warehouse",
            work.resolve("wh-" + corpus).toString());
        double jobSeconds = seconds(start);
        rows.add(row("UKP " + corpus + " (ingest)", summary, scan, jobSeconds));
      }
    } else {
      System.err.println("../shared/data is absent: skipping the UKP corpora");
    }

    for (long entries : scales) {
      Path corpus = work.resolve("gen-" + entries);
      long start = System.nanoTime();
      GenerateJob.run(spark, Jobs.options(new GenerateOptions(), "--entries", Long.toString(entries), "--seed", "7",
          "--output", corpus.toString()));
      double generateSeconds = seconds(start);
      String input = corpus.resolve("entries").toString();
      Row scan = timedScan(() -> spark.read().parquet(input).agg(sum(length(org.apache.spark.sql.functions.col("body"))))
          .first());
      start = System.nanoTime();
      RunSummary summary = Jobs.run(spark, "run", "--input", input, "--warehouse",
          work.resolve("wh-gen-" + entries).toString());
      double jobSeconds = seconds(start);
      rows.add(row(String.format(Locale.ROOT, "generated %,d (run; generate took %.1f s)", entries, generateSeconds),
          summary, scan, jobSeconds));
    }
    incremental(spark, work, scales.get(scales.size() - 1), rows);
    spark.stop();
    rows.forEach(System.out::println);
  }

  /**
   * A daily increment of 1% on top of the largest corpus: a full run over the base, then an incremental run after the
   * increment arrives, against a full run over both in the same session (the baseline it replaces).
   */
  private static void incremental(SparkSession spark, Path work, long baseEntries, List<String> rows) {
    Path input = work.resolve("incremental-input");
    long increment = Math.max(1, baseEntries / 100);
    GenerateJob.run(spark, Jobs.options(new GenerateOptions(), "--entries", Long.toString(baseEntries), "--seed", "7",
        "--output", input.resolve("base").toString()));
    String warehouse = work.resolve("wh-incremental").toString();
    String full = work.resolve("wh-incremental-full").toString();
    String corpora = input.resolve("*").resolve("entries").toString();
    Jobs.run(spark, "run", "--input", corpora, "--warehouse", warehouse);
    GenerateJob.run(spark, Jobs.options(new GenerateOptions(), "--entries", Long.toString(increment), "--seed", "8",
        "--start-date", "2024-06-29", "--days", "1", "--output", input.resolve("day-1").toString()));
    long start = System.nanoTime();
    RunSummary inc = Jobs.run(spark, "run", "--input", corpora, "--warehouse", warehouse, "--incremental");
    double incSeconds = seconds(start);
    start = System.nanoTime();
    RunSummary all = Jobs.run(spark, "run", "--input", corpora, "--warehouse", full);
    double fullSeconds = seconds(start);
    rows.add("");
    rows.add("| run after a 1% daily increment | records read | entries written | s | incremental / full |");
    rows.add("|---|---|---|---|---|");
    rows.add(String.format(Locale.ROOT, "| incremental | %,d | %,d | %.1f | %.2f |", inc.read(),
        inc.rowsPerTable().get("entries"), incSeconds, incSeconds / fullSeconds));
    rows.add(String.format(Locale.ROOT, "| full (baseline) | %,d | %,d | %.1f | 1.00 |", all.read(),
        all.rowsPerTable().get("entries"), fullSeconds));
  }

  private static Row timedScan(Supplier<Row> scan) {
    long start = System.nanoTime();
    Row result = scan.get();
    return org.apache.spark.sql.RowFactory.create(seconds(start), result.isNullAt(0) ? 0L : result.getLong(0));
  }

  private static String row(String label, RunSummary summary, Row scan, double jobSeconds) {
    double scanSeconds = scan.getDouble(0);
    return String.format(Locale.ROOT, "| %s | %,d | %.0f | %.1f | %.1f | %.2f | %,d | %,d |", label, summary.read(),
        scan.getLong(1) / 1e6, scanSeconds, jobSeconds, jobSeconds / scanSeconds,
        summary.rowsPerTable().getOrDefault("entries", 0L), summary.rejected());
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
