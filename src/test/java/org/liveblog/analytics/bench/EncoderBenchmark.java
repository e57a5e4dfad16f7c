package org.liveblog.analytics.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.actors.matching.AliasMatcher;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.stage.SparkSessions;
import org.liveblog.analytics.stance.model.EncoderSpec;
import org.liveblog.analytics.stance.model.MarkedStatement;
import org.liveblog.analytics.stance.model.SentenceEncoder;
import org.liveblog.analytics.stance.model.StatementEmbeddings;

/**
 * Sentences per second of the stance encoder (all-MiniLM-L6-v2) on real live-blog sentences (the first N sentences of
 * five words or more of the Guardian Russia-Ukraine subset in ../shared/data, read at run time): the library-default
 * path (langchain4j's {@code embedAll}: one sentence per ONNX call, a caller thread per core, ONNX Runtime's default
 * threads) against our direct ONNX Runtime calls: batch 1 in three thread layouts, batches of 8, 32 and 64 in file
 * order and length-sorted in chunks of 8 batches (what {@link StatementEmbeddings} does), and the Spark path
 * ({@code local[2]}, two partitions). Every configuration encodes the same sentences; each round runs them all, in the
 * opposite order to the round before, and the ratios compare with the library in the same round. On a shared
 * machine the process CPU time per sentence is the steadier number: it counts ONNX Runtime's native threads too.
 *
 * <p>Each round also times the actors' matcher (the default registry's {@code AliasMatcher}, one thread, what the
 * actors stage runs per sentence) on the same sentences, repeated until it has run a few seconds, so that every
 * encoder configuration is also given as a ratio to the matcher measured in the same run, per CPU-second (= per core).
 * Usage: bench/run-encoder-benchmark.sh [sentences, default 2000] [rounds, default 2] [all | quick]; quick runs the
 * library, the direct batched path (batch 32, length-sorted, 2 callers x 1 ONNX thread) and the Spark path only.
 */
public final class EncoderBenchmark {

  static final Path SUBSET = Path.of("../shared/data/liveblogs-guardian-ukp/entries_russia_ukraine_subset.jsonl");

  private EncoderBenchmark() {}

  /** One way of encoding all the sentences. */
  interface Run {
    void encode(List<String> sentences) throws Exception;
  }

  record Config(String name, Run run) {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    boolean quick = args.length > 2 && args[2].equals("quick");
    if (!Files.exists(SUBSET)) {
      System.out.println("SKIPPED: ../shared/data is absent; the encoder benchmark reads " + SUBSET);
      return;
    }
    List<String> sentences = sentences(count);
    EncoderSpec spec = EncoderSpec.miniLm(1);
    SentenceEncoder oneThread = SentenceEncoder.load(spec);
    SentenceEncoder twoThreads = SentenceEncoder.load(spec.withThreads(2));
    long words = 0;
    int[] tokens = new int[sentences.size()];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = oneThread.tokenCount(MarkedStatement.plain(sentences.get(i)));
      words += sentences.get(i).split(" ").length;
    }
    int[] sorted = tokens.clone();
    java.util.Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "%d sentences, %.1f words and %.1f tokens each on average (tokens: median %d, "
        + "90th percentile %d, max %d); %d cores; load average %s%n", sentences.size(),
        (double) words / sentences.size(), java.util.Arrays.stream(tokens).average().orElse(0),
        sorted[sorted.length / 2], sorted[sorted.length * 9 / 10], sorted[sorted.length - 1],
        Runtime.getRuntime().availableProcessors(), loadAverage());

    AllMiniLmL6V2EmbeddingModel library = new AllMiniLmL6V2EmbeddingModel();
    SentenceEncoder defaultThreads = SentenceEncoder.load(spec.withThreads(Runtime.getRuntime().availableProcessors()));
    List<Config> configs = new ArrayList<>();
    configs.add(new Config("library embedAll (defaults: a caller per core, ONNX threads per core, batch 1)",
        s -> library.embedAll(s.stream().map(TextSegment::from).toList())));
    configs.add(new Config("direct, batch 1, 2 callers x 2 ONNX threads (the library's layout)",
        s -> direct(defaultThreads, s, 1, 1, 2)));
    configs.add(new Config("direct, batch 1, 1 caller x 2 ONNX threads", s -> direct(twoThreads, s, 1, 1, 1)));
    configs.add(new Config("direct, batch 1, 2 callers x 1 ONNX thread", s -> direct(oneThread, s, 1, 1, 2)));
    for (int batch : new int[] {8, 32, 64}) {
      configs.add(new Config("direct, batch " + batch + " in file order, 2 callers x 1 ONNX thread",
          s -> direct(oneThread, s, batch, batch, 2)));
    }
    for (int batch : new int[] {8, 32, 64}) {
      int chunk = StatementEmbeddings.BATCHES_PER_CHUNK * batch;
      configs.add(new Config("direct, batch " + batch + " length-sorted in chunks of " + chunk
          + ", 2 callers x 1 ONNX thread", s -> direct(oneThread, s, batch, chunk, 2)));
    }
    int chunk32 = StatementEmbeddings.BATCHES_PER_CHUNK * 32;
    configs.add(new Config("direct, batch 32 length-sorted in chunks of " + chunk32 + ", 1 caller x 2 ONNX threads",
        s -> direct(twoThreads, s, 32, chunk32, 1)));
    SparkSession spark = SparkSessions.configured(SparkSession.builder())
        .master("local[2]").appName("encoder-benchmark")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    configs.add(new Config("Spark local[2], mapPartitions, batch 32, 1 ONNX thread per task",
        s -> StatementEmbeddings.add(frame(spark, s), spec, SentenceEncoder.Pooling.MEAN, 32, "embedding").count()));

    if (quick) {
      configs.removeIf(c -> !(c.name.startsWith("library") || c.name.startsWith("Spark")
          || c.name.equals("direct, batch 32 length-sorted in chunks of " + chunk32 + ", 2 callers x 1 ONNX thread")));
    }
    for (Config config : configs) {
      config.run.encode(sentences.subList(0, Math.min(200, sentences.size())));
    }
    ActorLexicon actors = ActorLexicon.of(ActorRegistry.defaultRegistry());
    long warm = matchAll(actors, sentences, 3);
    System.out.println("matcher warm-up: " + warm + " matches");
    double[] matcherRates = new double[rounds];
    double[] matcherPerCpuSecond = new double[rounds];
    double[][] rates = new double[configs.size()][rounds];
    double[][] perCpuSecond = new double[configs.size()][rounds];
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    for (int round = 0; round < rounds; round++) {
      long matcherStart = System.nanoTime();
      long matcherCpuStart = os.getProcessCpuTime();
      int repeats = 0;
      while (System.nanoTime() - matcherStart < 5_000_000_000L) {
        matchAll(actors, sentences, 10);
        repeats += 10;
      }
      matcherRates[round] = (double) repeats * sentences.size() / ((System.nanoTime() - matcherStart) / 1e9);
      matcherPerCpuSecond[round] = (double) repeats * sentences.size()
          / ((os.getProcessCpuTime() - matcherCpuStart) / 1e9);
      System.out.printf(Locale.ROOT, "round %d: %-90s %9.0f sentences/s, %9.0f per CPU-second%n", round + 1,
          "actor matcher (default registry, 1 thread)", matcherRates[round], matcherPerCpuSecond[round]);
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < configs.size(); i++) {
        order.add(i);
      }
      if (round % 2 == 1) {
        Collections.reverse(order);
      }
      for (int i : order) {
        long start = System.nanoTime();
        long cpuStart = os.getProcessCpuTime();
        configs.get(i).run.encode(sentences);
        rates[i][round] = sentences.size() / ((System.nanoTime() - start) / 1e9);
        perCpuSecond[i][round] = sentences.size() / ((os.getProcessCpuTime() - cpuStart) / 1e9);
        System.out.printf(Locale.ROOT, "round %d: %-90s %7.1f sentences/s, %6.1f per CPU-second%n", round + 1,
            configs.get(i).name, rates[i][round], perCpuSecond[i][round]);
      }
    }
    System.out.println("\nload average at the end: " + loadAverage());
    StringBuilder matcherCpu = new StringBuilder();
    for (int round = 0; round < rounds; round++) {
      matcherCpu.append(round == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", matcherPerCpuSecond[round]));
    }
    System.out.println("| configuration | sentences/s per round | × library, per round | sentences per CPU-second "
        + "| matcher ÷ encoder, per CPU-second |");
    System.out.println("|---|---|---|---|---|");
    System.out.printf(Locale.ROOT, "| actor matcher (default registry, 1 thread) | | | %s | 1 |%n", matcherCpu);
    for (int i = 0; i < configs.size(); i++) {
      StringBuilder perRound = new StringBuilder();
      StringBuilder ratios = new StringBuilder();
      StringBuilder cpu = new StringBuilder();
      StringBuilder slower = new StringBuilder();
      for (int round = 0; round < rounds; round++) {
        String separator = round == 0 ? "" : ", ";
        slower.append(separator).append(String.format(Locale.ROOT, "%.0f",
            matcherPerCpuSecond[round] / perCpuSecond[i][round]));
        perRound.append(separator).append(String.format(Locale.ROOT, "%.1f", rates[i][round]));
        ratios.append(separator).append(String.format(Locale.ROOT, "%.2f", rates[i][round] / rates[0][round]));
        cpu.append(separator).append(String.format(Locale.ROOT, "%.1f", perCpuSecond[i][round]));
      }
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", configs.get(i).name, perRound, ratios, cpu,
          slower);
    }
    spark.stop();
  }

  /** Encodes {@code sentences} split among {@code callers} threads, {@code chunk} sentences per call. */
  static void direct(SentenceEncoder encoder, List<String> sentences, int batch, int chunk, int callers)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<?>> done = new ArrayList<>();
      int share = (sentences.size() + callers - 1) / callers;
      for (int c = 0; c < callers; c++) {
        List<String> mine = sentences.subList(Math.min(sentences.size(), c * share),
            Math.min(sentences.size(), (c + 1) * share));
        done.add(pool.submit(() -> {
          for (int from = 0; from < mine.size(); from += chunk) {
            List<MarkedStatement> statements = mine.subList(from, Math.min(mine.size(), from + chunk)).stream()
                .map(MarkedStatement::plain).toList();
            encoder.encode(statements, SentenceEncoder.Pooling.MEAN, batch);
          }
        }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Runs the actors' matcher over every sentence {@code times} times; returns the matches (so none is optimised away). */
  static long matchAll(ActorLexicon actors, List<String> sentences, int times) {
    AliasMatcher.Matches matches = new AliasMatcher.Matches();
    long found = 0;
    for (int t = 0; t < times; t++) {
      for (String text : sentences) {
        actors.matcherFor(text).match(text, matches);
        found += matches.size();
      }
    }
    return found;
  }

  static Dataset<Row> frame(SparkSession spark, List<String> sentences) {
    StructType schema = new StructType().add("text", DataTypes.StringType, false)
        .add("source_start", DataTypes.IntegerType).add("source_end", DataTypes.IntegerType)
        .add("target_start", DataTypes.IntegerType).add("target_end", DataTypes.IntegerType);
    List<Row> rows = new ArrayList<>();
    for (String sentence : sentences) {
      rows.add(RowFactory.create(sentence, null, null, null, null));
    }
    return spark.createDataFrame(rows, schema).repartition(2);
  }

  /** The first {@code count} sentences of five or more words, in file order. */
  static List<String> sentences(int count) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> sentences = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(SUBSET, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null && sentences.size() < count; line = lines.readLine()) {
        for (JsonNode sentence : json.readTree(line).path("sentences")) {
          String text = sentence.asText().strip();
          if (text.split(" ").length >= 5 && sentences.size() < count) {
            sentences.add(text);
          }
        }
      }
    }
    return sentences;
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }
}
