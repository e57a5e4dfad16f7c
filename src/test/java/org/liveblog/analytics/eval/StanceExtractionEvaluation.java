package org.liveblog.analytics.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.actors.ActorMentions;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.DeadLetters;
import org.liveblog.analytics.stage.SparkSessions;
import org.liveblog.analytics.stance.extract.ActorRoles;
import org.liveblog.analytics.stance.extract.CandidateStatement;
import org.liveblog.analytics.stance.extract.StatementExtraction;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;
import org.liveblog.analytics.stance.model.LabelledStatements;
import org.liveblog.analytics.text.Segmenter;

/**
 * The statement extraction ({@link StatementExtraction} over the job's own sentences and actor mentions, default
 * registry) against the hand labels (tools/eval/stance): the labelled documents go through sentences, actor mentions
 * and extraction as in the pipeline, and on every labelled sentence the extracted statements are compared with the
 * labelled ones by actor id. A statement is right when its target is a labelled statement's target and its source is
 * that statement's source or the state or organisation the source acts for ({@code source_for}: Peskov's statement
 * may come out as Peskov's or as Russia's). Reported: precision and recall of (source, target) pairs, of sources and
 * of targets, per kind of text; recall also over the statements whose actors are both in the registry (the others
 * cannot be found by construction). Both splits (the extraction is not trained). Texts read at run time from
 * ../shared/data; skipped with a message when absent.
 * Usage: bench/java.sh org.liveblog.analytics.eval.StanceExtractionEvaluation [data dir] [labels dir]
 */
public final class StanceExtractionEvaluation {

  private StanceExtractionEvaluation() {}

  /** Counts of one measure: right predictions, predictions, recalled gold items, gold items. */
  static final class Counts {
    long right;
    long predicted;
    long recalled;
    long gold;
    long registryRecalled;
    long registryGold;

    String row(String what) {
      return String.format(Locale.ROOT, "| %s | %.3f (%d/%d) | %.3f (%d/%d) | %.3f | %.3f (%d/%d) |", what,
          ratio(right, predicted), right, predicted, ratio(recalled, gold), recalled, gold,
          f1(ratio(right, predicted), ratio(recalled, gold)), ratio(registryRecalled, registryGold), registryRecalled,
          registryGold);
    }
  }

  public static void main(String[] args) {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    Path labels = Path.of(args.length > 1 ? args[1] : "tools/eval/stance");
    if (!LabelledStatements.dataPresent(data) || !Files.isDirectory(labels)) {
      System.out.println("SKIPPED: the stance labels (" + labels + ") or their texts under " + data + " are absent");
      return;
    }
    SparkSession spark = SparkSessions.configured(SparkSession.builder())
        .master("local[2]").appName("stance-extraction")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC").getOrCreate();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<LabelledStatements.Sentence> sentences = LabelledStatements.sentences(labels, data);
    List<String> json = new ArrayList<>();
    for (LabelledStatements.Source source : LabelledStatements.SOURCES) {
      Set<String> needed = new TreeSet<>();
      sentences.stream().filter(s -> s.source().equals(source.name())).forEach(s -> needed.add(s.doc()));
      for (Map.Entry<String, LabelledStatements.Document> d
          : LabelledStatements.documents(data, source, needed).entrySet()) {
        String key = source.name() + "|" + d.getKey();
        String at = d.getValue().publishedAt();
        json.add("{\"entry_key\":" + quoted(key) + ",\"entry_id\":" + quoted(key) + ",\"outlet\":"
            + quoted(source.name()) + ",\"blog_id\":" + quoted(key) + ",\"published_at\":" + quoted(at)
            + ",\"published_date\":" + quoted(at.substring(0, 10)) + ",\"text\":" + quoted(d.getValue().text())
            + ",\"run_id\":\"eval\"}");
      }
    }
    Dataset<Row> entries = spark.read().schema(Tables.ENTRIES.sparkType()).option("mode", "FAILFAST")
        .json(spark.createDataset(json, Encoders.STRING())).cache();
    DeadLetters deadLetters = DeadLetters.registered(spark, 10_000);
    ActorRegistry registry = ActorRegistry.defaultRegistry();
    Dataset<Row> jobSentences = Segmenter.sentences(entries, deadLetters).cache();
    Dataset<Row> mentions = ActorMentions.mentions(jobSentences, jsc.broadcast(ActorLexicon.of(registry)),
        deadLetters, "eval").cache();
    List<CandidateStatement> candidates = StatementExtraction.candidates(jobSentences, mentions,
        jsc.broadcast(StanceLexicon.defaultLexicon()), jsc.broadcast(ActorRoles.of(registry)), deadLetters)
        .collectAsList();
    System.out.println(entries.count() + " documents, " + candidates.size() + " extracted statements in them, "
        + deadLetters.count() + " dead letters");
    Set<String> registryIds = new HashSet<>();
    registry.actors().forEach(a -> registryIds.add(a.actorId()));

    Map<String, List<CandidateStatement>> byEntry = new HashMap<>();
    candidates.forEach(c -> byEntry.computeIfAbsent(c.getEntryKey(), k -> new ArrayList<>()).add(c));
    Map<String, Counts[]> byKind = new LinkedHashMap<>();
    for (LabelledStatements.Sentence s : sentences) {
      Counts[] counts = byKind.computeIfAbsent(s.kind(), k -> new Counts[] {new Counts(), new Counts(), new Counts()});
      Counts[] all = byKind.computeIfAbsent("both", k -> new Counts[] {new Counts(), new Counts(), new Counts()});
      // Extracted (source, target) pairs of job sentences overlapping the labelled one.
      Set<List<String>> pairs = new HashSet<>();
      for (CandidateStatement c : byEntry.getOrDefault(s.source() + "|" + s.doc(), List.of())) {
        int start = c.getSentenceCharStart();
        int end = start + c.getText().codePointCount(0, c.getText().length());
        if (start < s.end() && s.start() < end) {
          pairs.add(List.of(c.getSourceActorId(), c.getTargetActorId()));
        }
      }
      List<String[]> gold = s.statements().stream().filter(r -> !r[7].equals("none")).toList();
      for (Counts[] target : List.of(counts, all)) {
        score(target, pairs, gold, registryIds);
      }
    }
    System.out.println("\n| kind | measure | precision | recall | F1 | recall, registry actors only |");
    System.out.println("|---|---|---|---|---|---|");
    for (Map.Entry<String, Counts[]> e : byKind.entrySet()) {
      String[] names = {"(source, target) pairs", "sources", "targets"};
      for (int m = 0; m < 3; m++) {
        System.out.println(e.getValue()[m].row(e.getKey() + " | " + names[m]).replaceFirst("^\\| ", "| "));
      }
    }
    spark.stop();
  }

  /** Adds one sentence's pair, source and target counts. Gold rows: source, source_for, ..., target (4). */
  static void score(Counts[] counts, Set<List<String>> pairs, List<String[]> gold, Set<String> registryIds) {
    Set<String> sources = new HashSet<>();
    Set<String> targets = new HashSet<>();
    pairs.forEach(p -> {
      sources.add(p.get(0));
      targets.add(p.get(1));
    });
    // Pairs.
    for (List<String> p : pairs) {
      counts[0].predicted++;
      if (gold.stream().anyMatch(g -> sourceMatches(p.get(0), g) && p.get(1).equals(g[4]))) {
        counts[0].right++;
      }
    }
    for (String[] g : gold) {
      boolean found = pairs.stream().anyMatch(p -> sourceMatches(p.get(0), g) && p.get(1).equals(g[4]));
      boolean inRegistry = registryIds.contains(g[4]) && (registryIds.contains(g[0]) || registryIds.contains(g[1]));
      counts[0].gold++;
      counts[0].recalled += found ? 1 : 0;
      counts[0].registryGold += inRegistry ? 1 : 0;
      counts[0].registryRecalled += inRegistry && found ? 1 : 0;
    }
    // Sources: each distinct labelled source (with what it acts for) against the extracted sources.
    Map<String, String[]> goldSources = new LinkedHashMap<>();
    gold.forEach(g -> goldSources.putIfAbsent(g[0], g));
    for (String source : sources) {
      counts[1].predicted++;
      if (gold.stream().anyMatch(g -> sourceMatches(source, g))) {
        counts[1].right++;
      }
    }
    for (String[] g : goldSources.values()) {
      boolean found = sources.stream().anyMatch(source -> sourceMatches(source, g));
      boolean inRegistry = registryIds.contains(g[0]) || registryIds.contains(g[1]);
      counts[1].gold++;
      counts[1].recalled += found ? 1 : 0;
      counts[1].registryGold += inRegistry ? 1 : 0;
      counts[1].registryRecalled += inRegistry && found ? 1 : 0;
    }
    // Targets.
    Set<String> goldTargets = new HashSet<>();
    gold.forEach(g -> goldTargets.add(g[4]));
    for (String target : targets) {
      counts[2].predicted++;
      counts[2].right += goldTargets.contains(target) ? 1 : 0;
    }
    for (String target : goldTargets) {
      boolean found = targets.contains(target);
      counts[2].gold++;
      counts[2].recalled += found ? 1 : 0;
      counts[2].registryGold += registryIds.contains(target) ? 1 : 0;
      counts[2].registryRecalled += registryIds.contains(target) && found ? 1 : 0;
    }
  }

  private static boolean sourceMatches(String source, String[] gold) {
    return source != null && (source.equals(gold[0]) || source.equals(gold[1]));
  }

  static double ratio(long a, long b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static String quoted(String text) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
