package org.liveblog.analytics.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.actors.ActorMentions;
import org.liveblog.analytics.stage.DeadLetters;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.actors.matching.AliasMatcher;
import org.liveblog.analytics.actors.registry.Actor;
import org.liveblog.analytics.actors.registry.ActorForm;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.actors.registry.ActorType;
import org.liveblog.analytics.actors.registry.RegistryWriter;
import org.liveblog.analytics.actors.registry.importer.PetrarchImporter;
import org.liveblog.analytics.cli.Jobs;
import org.liveblog.analytics.generate.GenerateOptions;
import org.liveblog.analytics.generate.GenerateJob;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.SparkSessions;

/**
 * Whole-stage benchmark of the actors stage (not a test): on generated corpora at several scales (1× = 200,000
 * entries), in one SparkSession ({@code local[2]}) and one JVM, the matching pass ({@link ActorMentions#spans}) and the
 * whole mention extraction ({@link ActorMentions#mentions}) next to three baselines over the same sentences: a plain
 * Spark scan of the text column (the floor), one combined case-insensitive word-boundary regex with {@code rlike},
 * and DuckDB's {@code regexp_matches} with the same regex over the same Parquet files (2 threads). Dictionaries: 200
 * actors of the default registry and the PETRARCH/Phoenix import (~25k actors); with the latter the two regex
 * baselines run on a fixed sample, since over a whole corpus they would take hours. Every timing is the best of
 * {@code repeats} runs (the first is the warm-up). Run with bench/run-actor-benchmark.sh; see docs/BENCHMARKS.md.
 */
public final class ActorStageBenchmark {

  static final long ONE_X = 200_000;
  static final int CORES = 2;
  static final Path DICTIONARIES = Path.of("..", "shared", "data", "petrarch2-dictionaries");
  /** Sentences in the sample the regex baselines use with the PETRARCH dictionary. */
  static final int SAMPLE_SENTENCES = Integer.getInteger("bench.sampleSentences", 10_000);
  static final int REPEATS = Integer.getInteger("bench.repeats", 2);
  /** A regex baseline whose first run takes longer than this is not repeated (its rate is reported from one run). */
  static final double REPEAT_LIMIT_SECONDS = Double.parseDouble(System.getProperty("bench.repeatLimit", "60"));

  /** Above this scale the 200-actor rlike baseline also runs on the sample (over 16× it would take ~20 min). */
  static final double REGEX_SAMPLE_ABOVE = Double.parseDouble(System.getProperty("bench.regexSampleAbove", "1e9"));

  private ActorStageBenchmark() {}

  /** One dictionary: its lexicon (broadcast), its combined regex, and whether the regex baselines use the sample. */
  record Dictionary(String name, int actors, int forms, Broadcast<ActorLexicon> lexicon, String regex,
      boolean sampled) {}

  /** A timing: best and all runs, in seconds, and the result of the last run (a count, to check the runs agree). */
  record Timing(double best, List<Double> runs, long result) {
    String runsText() {
      return runs.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).collect(Collectors.joining(", "));
    }
  }

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
    List<Double> scales = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      scales.add(Double.parseDouble(args[i]));
    }
    if (scales.isEmpty()) {
      scales = List.of(1.0, 4.0, 16.0);
    }
    Files.createDirectories(work);
    log("load average at start: %s; %d cores; -Xmx %d MB", loadAverage(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    SparkSession spark = SparkSessions.configured(SparkSession.builder())
        .master("local[" + CORES + "]").appName("actor-stage-benchmark")
        .config("spark.ui.enabled", "false").getOrCreate();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());

    List<Dictionary> dictionaries = new ArrayList<>();
    ActorRegistry small = ActorRegistry.load(twoHundredActors(work.resolve("registry-200.jsonl")));
    dictionaries.add(dictionary(jsc, "200 actors", small, false));
    if (Files.isDirectory(DICTIONARIES)) {
      dictionaries.add(dictionary(jsc, "PETRARCH", ActorRegistry.load(petrarch(work.resolve("petrarch.jsonl"))), true));
    } else {
      log("%s is absent: skipping the PETRARCH dictionary", DICTIONARIES.toAbsolutePath().normalize());
    }
    for (Dictionary d : dictionaries) {
      log("dictionary %s: %,d actors, %,d forms, combined regex of %,d characters", d.name(), d.actors(), d.forms(),
          d.regex().length());
    }

    // Generate and run every scale first (reused when already there), so that the timings below share one warm JVM.
    Map<Double, Path> sentencesByScale = new LinkedHashMap<>();
    for (double scale : scales) {
      sentencesByScale.put(scale, prepare(spark, work, Math.round(scale * ONE_X)));
    }
    Path sample = sample(spark, sentencesByScale.get(scales.get(0)), work.resolve("sample-" + SAMPLE_SENTENCES));
    long sampleChars = spark.read().parquet(sample.toString()).agg(sum(length(col("text")))).first().getLong(0);
    log("sample: %,d sentences, %.2f M characters, from the %s× corpus", SAMPLE_SENTENCES, sampleChars / 1e6,
        fmt(scales.get(0)));

    List<String> results = new ArrayList<>();
    results.add("| scale | entries | sentences | text M chars | dictionary | scan s | matching s | mentions s | "
        + "rlike s (on) | DuckDB per row s (on) | MB/s/core: scan / matching / mentions / rlike / DuckDB | "
        + "matching / scan | matching / rlike | matching / DuckDB | mentions / scan | load avg |");
    results.add("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    List<String> memory = new ArrayList<>();
    memory.add("| scale | heap after GC before, MB | peak heap used (sum of pool peaks), MB | peak old gen, MB | "
        + "heap after GC after, MB |");
    memory.add("|---|---|---|---|---|");
    List<String> details = new ArrayList<>();
    Map<String, Timing> sampleTimings = new LinkedHashMap<>();
    Map<String, Double> firstSeconds = new LinkedHashMap<>();
    List<String> linearity = new ArrayList<>();
    linearity.add("| scale | dictionary | matching s | vs first scale | mentions s | vs first scale | data vs first |");
    linearity.add("|---|---|---|---|---|---|---|");
    double firstChars = 0;

    for (double scale : scales) {
      Path sentencesPath = sentencesByScale.get(scale);
      Dataset<Row> sentences = spark.read().schema(Tables.SENTENCES.sparkType()).parquet(sentencesPath.toString());
      long before = heapAfterGc();
      resetPeaks();
      String loadBefore = loadAverage();
      Timing scan = time("scan " + fmt(scale), () -> sentences.agg(sum(length(col("text")))).first().getLong(0));
      Timing duckScan = duckdb("duckdb scan " + fmt(scale), sentencesPath, null, false);
      Timing duckScanRows = duckdb("duckdb scan per row " + fmt(scale), sentencesPath, null, true);
      long chars = scan.result();
      long rows = sentences.count();
      if (firstChars == 0) {
        firstChars = chars;
      }
      for (Dictionary d : dictionaries) {
        String label = d.name() + " " + fmt(scale) + "×";
        Timing kernel = time("kernel " + label, () -> kernelMatches(sentences, d.lexicon()));
        Timing matching = time("matching " + label, () -> ActorMentions.spans(sentences, d.lexicon()).count());
        Timing shuffled = time("matching+shuffle+sort " + label, () -> {
          ActorMentions.spans(sentences, d.lexicon())
              .repartition(col("outlet"), col("blog_id"), col("published_date"))
              .sortWithinPartitions("outlet", "blog_id", "published_date", "published_at", "entry_key", "char_start")
              .write().format("noop").mode("overwrite").save();
          return 0L;
        });
        Timing mentions = time("mentions " + label, () -> {
          ActorMentions.mentions(sentences, d.lexicon(), deadLetters(spark), "bench").write().format("noop").mode("overwrite").save();
          return 0L;
        });
        // The PETRARCH regex runs on the sample in both engines (over a whole corpus they would take hours); the
        // 200-actor regex runs over the whole corpus in DuckDB, and in rlike up to REGEX_SAMPLE_ABOVE (~20 min at 16×).
        boolean rlikeSampled = d.sampled() || scale > REGEX_SAMPLE_ABOVE;
        Timing rlike = rlikeSampled
            ? sampleTimings.computeIfAbsent("rlike " + d.name(), k -> rlike(k, spark, sample, d.regex()))
            : rlike("rlike " + label, spark, sentencesPath, d.regex());
        Timing duck = d.sampled()
            ? sampleTimings.computeIfAbsent("duckdb per row " + d.name(), k -> duckdb(k, sample, d.regex(), true))
            : duckdb("duckdb per row " + label, sentencesPath, d.regex(), true);
        Timing duckAsIs = d.sampled()
            ? sampleTimings.computeIfAbsent("duckdb " + d.name(), k -> duckdb(k, sample, d.regex(), false))
            : duckdb("duckdb " + label, sentencesPath, d.regex(), false);
        double rlikeChars = rlikeSampled ? sampleChars : chars;
        double duckChars = d.sampled() ? sampleChars : chars;
        String rlikeOn = rlikeSampled ? "sample" : "all";
        String duckOn = d.sampled() ? "sample" : "all";
        double scanRate = rate(chars, scan.best());
        double matchingRate = rate(chars, matching.best());
        double mentionsRate = rate(chars, mentions.best());
        double rlikeRate = rate(rlikeChars, rlike.best());
        double duckRate = rate(duckChars, duck.best());
        results.add(String.format(Locale.ROOT,
            "| %s× | %,d | %,d | %.0f | %s | %.2f | %.2f | %.2f | %.2f (%s) | %.2f (%s) | %.0f / %.1f / %.1f / %.2f / %.2f "
                + "| %.2f | %.0f× | %.2f× | %.2f | %s |",
            fmt(scale), Math.round(scale * ONE_X), rows, chars / 1e6, d.name(), scan.best(), matching.best(),
            mentions.best(), rlike.best(), rlikeOn, duck.best(), duckOn, scanRate, matchingRate, mentionsRate, rlikeRate,
            duckRate, matchingRate / scanRate, matchingRate / rlikeRate, matchingRate / duckRate,
            mentionsRate / scanRate, loadBefore));
        details.add(String.format(Locale.ROOT,
            "%s× %s: Spark scan [%s]; DuckDB scan per row [%s] (%.0f MB/s/core), as is [%s] (%.0f); kernel only [%s] (%,d matches, %.1f MB/s/core); "
                + "matching [%s] (%,d spans); matching + shuffle + sort [%s]; mentions [%s]; "
                + "rlike on %s [%s] (%,d sentences match); DuckDB per row on %s [%s] (%,d sentences match); "
                + "DuckDB as is (per dictionary entry) [%s] (%.1f MB/s/core)",
            fmt(scale), d.name(), scan.runsText(), duckScanRows.runsText(), rate(chars, duckScanRows.best()),
            duckScan.runsText(), rate(chars, duckScan.best()), kernel.runsText(),
            kernel.result(), rate(chars, kernel.best()), matching.runsText(), matching.result(), shuffled.runsText(),
            mentions.runsText(), rlikeOn, rlike.runsText(), rlike.result(), duckOn, duck.runsText(), duck.result(),
            duckAsIs.runsText(), rate(duckChars, duckAsIs.best())));
        String key = d.name();
        firstSeconds.putIfAbsent(key + " matching", matching.best());
        firstSeconds.putIfAbsent(key + " mentions", mentions.best());
        linearity.add(String.format(Locale.ROOT, "| %s× | %s | %.2f | %.2f | %.2f | %.2f | %.2f |", fmt(scale),
            d.name(), matching.best(), matching.best() / firstSeconds.get(key + " matching"), mentions.best(),
            mentions.best() / firstSeconds.get(key + " mentions"), chars / firstChars));
      }
      long[] peaks = peaks();
      long after = heapAfterGc();
      memory.add(String.format(Locale.ROOT, "| %s× | %,d | %,d | %,d | %,d |", fmt(scale), before >> 20,
          peaks[0] >> 20, peaks[1] >> 20, after >> 20));
      log("scale %s× done; load average %s", fmt(scale), loadAverage());
    }
    spark.stop();
    System.out.println();
    results.forEach(System.out::println);
    System.out.println();
    linearity.forEach(System.out::println);
    System.out.println();
    memory.forEach(System.out::println);
    System.out.println();
    details.forEach(d -> System.out.println("- " + d));
    System.out.printf(Locale.ROOT, "- load average at end: %s%n", loadAverage());
  }

  /**
   * The "200 names" dictionary: from the default registry in file order, the first 100 persons, 50 organisations and
   * 50 states (a parent, or a role, that refers to an actor outside the selection is dropped, so that the file stays
   * valid).
   */
  static Path twoHundredActors(Path file) throws IOException {
    Map<ActorType, Integer> quota = new LinkedHashMap<>(Map.of(ActorType.PERSON, 100, ActorType.ORGANISATION, 50,
        ActorType.STATE, 50));
    List<Actor> chosen = new ArrayList<>();
    for (Actor actor : ActorRegistry.defaultRegistry().actors()) {
      Integer left = quota.get(actor.type());
      if (left != null && left > 0) {
        quota.put(actor.type(), left - 1);
        chosen.add(actor);
      }
    }
    List<String> ids = chosen.stream().map(Actor::actorId).toList();
    List<Actor> valid = chosen.stream()
        .map(a -> new Actor(a.actorId(), a.name(), a.type(), a.country(),
            ids.contains(a.parent()) ? a.parent() : null, a.aliases(), a.demonyms(), a.metonyms(),
            a.roles().stream().filter(r -> ids.contains(r.of())).toList()))
        .toList();
    RegistryWriter.write(valid, file);
    return file;
  }

  /** The PETRARCH/Phoenix import (as PetrarchRealDictionariesTest does it), written once. */
  static Path petrarch(Path file) throws IOException {
    if (!Files.exists(file)) {
      PetrarchImporter.importDictionaries(List.of(DICTIONARIES.resolve("Phoenix.Countries.actors.txt"),
          DICTIONARIES.resolve("Phoenix.International.actors.txt"),
          DICTIONARIES.resolve("Phoenix.MilNonState.actors.txt")), file);
    }
    return file;
  }

  static Dictionary dictionary(JavaSparkContext jsc, String name, ActorRegistry registry, boolean sampled) {
    List<ActorForm> forms = registry.allForms();
    return new Dictionary(name, registry.size(), forms.size(), jsc.broadcast(ActorLexicon.of(registry)),
        combinedRegex(forms), sampled);
  }

  /**
   * One case-insensitive word-boundary regex of every distinct form, longest first; metacharacters are escaped with
   * a backslash, which java.util.regex (rlike) and RE2 (DuckDB) read alike.
   */
  static String combinedRegex(List<ActorForm> forms) {
    return forms.stream()
        .map(f -> f.text().toLowerCase(Locale.ROOT))
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(ActorStageBenchmark::escape)
        .collect(Collectors.joining("|", "(?i)\\b(?:", ")\\b"));
  }

  static String escape(String form) {
    StringBuilder out = new StringBuilder(form.length() + 4);
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if ("\\.^$|?*+()[]{}".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A dead-letter accumulator for the stage functions (a benchmark corpus has no failing entries). */
  static DeadLetters deadLetters(SparkSession spark) {
    DeadLetters letters = new DeadLetters(1_000);
    spark.sparkContext().register(letters);
    return letters;
  }

  /** Generates {@code entries} entries and runs the job on them, unless an earlier benchmark did; the sentences. */
  static Path prepare(SparkSession spark, Path work, long entries) throws IOException {
    Path corpus = work.resolve("gen-" + entries);
    Path warehouse = work.resolve("wh-" + entries);
    Path done = warehouse.resolve("_BENCH_DONE");
    if (!Files.exists(done)) {
      long start = System.nanoTime();
      GenerateJob.run(spark, Jobs.options(new GenerateOptions(), "--entries", Long.toString(entries), "--seed", "7",
          "--output", corpus.toString()));
      double generated = seconds(start);
      Jobs.run(spark, "run", "--input", corpus.resolve("entries").toString(), "--warehouse", warehouse.toString());
      spark.catalog().clearCache();
      log("%,d entries: generate %.1f s, run %.1f s (load average %s)", entries, generated, seconds(start) - generated,
          loadAverage());
      Files.writeString(done, "");
    } else {
      log("%,d entries: reusing %s", entries, warehouse);
    }
    return warehouse.resolve("sentences");
  }

  /** A fixed sample: the first sentences by (entry_key, sentence_index), in two files, written once. */
  static Path sample(SparkSession spark, Path sentences, Path target) {
    if (!Files.exists(target.resolve("_SUCCESS"))) {
      spark.read().schema(Tables.SENTENCES.sparkType()).parquet(sentences.toString())
          .select("entry_key", "sentence_index", "text")
          .orderBy("entry_key", "sentence_index").limit(SAMPLE_SENTENCES)
          .repartition(CORES).write().mode("overwrite").parquet(target.toString());
    }
    return target;
  }

  /** The matcher alone over the text column, in mapPartitions: what the kernel costs inside Spark. */
  static long kernelMatches(Dataset<Row> sentences, Broadcast<ActorLexicon> lexicon) {
    MapPartitionsFunction<Row, Long> count = rows -> {
      ActorLexicon lex = lexicon.value();
      AliasMatcher.Matches matches = new AliasMatcher.Matches();
      long n = 0;
      while (rows.hasNext()) {
        String text = rows.next().getString(0);
        lex.matcherFor(text).match(text, matches);
        n += matches.size();
      }
      Iterator<Long> one = Collections.singletonList(n).iterator();
      return one;
    };
    return sentences.select("text").mapPartitions(count, Encoders.LONG()).javaRDD().fold(0L, Long::sum);
  }

  static Timing rlike(String label, SparkSession spark, Path parquet, String regex) {
    Dataset<Row> texts = spark.read().parquet(parquet.toString()).select("text");
    return time(label, () -> texts.filter(col("text").rlike(regex)).count(), REPEAT_LIMIT_SECONDS);
  }

  /**
   * DuckDB over the same Parquet files: count of sentences matching {@code regex}, or with null, a scan. The
   * generated sentences repeat (a few thousand distinct texts), so Parquet stores them dictionary-encoded and DuckDB
   * evaluates a function once per dictionary entry, not per row; {@code perRow} appends an empty string computed from
   * another column ({@code left(entry_key, 0)}), which forces one evaluation per row, as with real, unique text.
   */
  static Timing duckdb(String label, Path parquet, String regex, boolean perRow) {
    String glob = Files.exists(parquet.resolve("_SUCCESS")) && !hasSubfolders(parquet)
        ? parquet.resolve("*.parquet").toString() : parquet.resolve("*").resolve("*.parquet").toString();
    String from = " FROM read_parquet('" + glob.replace("'", "''") + "')";
    String text = perRow ? "text || left(entry_key, 0)" : "text";
    String sql = regex == null ? "SELECT sum(length(" + text + "))" + from
        : "SELECT count(*)" + from + " WHERE regexp_matches(" + text + ", '" + regex.replace("'", "''") + "')";
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = db.createStatement()) {
      statement.execute("SET threads=" + CORES);
      return time(label, () -> {
        try (ResultSet rs = statement.executeQuery(sql)) {
          rs.next();
          return rs.getLong(1);
        } catch (java.sql.SQLException e) {
          throw new IllegalStateException(label + ": " + e.getMessage(), e);
        }
      }, REPEAT_LIMIT_SECONDS);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(label + ": " + e.getMessage(), e);
    }
  }

  static boolean hasSubfolders(Path dir) {
    try (var entries = Files.list(dir)) {
      return entries.anyMatch(Files::isDirectory);
    } catch (IOException e) {
      return true;
    }
  }

  static Timing time(String label, LongSupplier run) {
    return time(label, run, Double.MAX_VALUE);
  }

  /** Runs {@code REPEATS} times (once when the first run took longer than {@code limit}); the best is reported. */
  static Timing time(String label, LongSupplier run, double limit) {
    List<Double> runs = new ArrayList<>();
    long result = 0;
    for (int i = 0; i < REPEATS; i++) {
      long start = System.nanoTime();
      result = run.getAsLong();
      runs.add(seconds(start));
      if (runs.get(0) > limit) {
        break;
      }
    }
    double best = Collections.min(runs);
    log("%s: best %.2f s of [%s], result %,d", label, best,
        runs.stream().map(s -> String.format(Locale.ROOT, "%.2f", s)).collect(Collectors.joining(", ")), result);
    return new Timing(best, runs, result);
  }

  /** MB (millions of UTF-16 characters) per second per core. */
  static double rate(double chars, double seconds) {
    return chars / 1e6 / seconds / CORES;
  }

  static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks (an upper bound of the peak heap used), and the old generation's peak. */
  static long[] peaks() {
    long total = 0;
    long old = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        total += pool.getPeakUsage().getUsed();
        if (pool.getName().contains("Old")) {
          old = pool.getPeakUsage().getUsed();
        }
      }
    }
    return new long[] {total, old};
  }

  static String loadAverage() {
    try {
      return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
    } catch (IOException e) {
      return "unknown";
    }
  }

  static String fmt(double scale) {
    return scale == Math.rint(scale) ? Long.toString((long) scale) : Double.toString(scale);
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  static void log(String format, Object... args) {
    System.err.printf(Locale.ROOT, "[bench] " + format + "%n", args);
  }
}
