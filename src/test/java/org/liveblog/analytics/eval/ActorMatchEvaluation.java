package org.liveblog.analytics.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
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
import org.liveblog.analytics.actors.ActorForm;
import org.liveblog.analytics.actors.ActorRegistry;
import org.liveblog.analytics.actors.AliasMatcher;
import org.liveblog.analytics.actors.CaseRule;

/**
 * Scores the alias matcher with the default registry against the hand labels in src/test/resources/eval (see
 * docs/EVALUATION.md): exact spans and actors, per kind and per set. It measures dictionary matching alone — no
 * surname resolution within a blog, no disambiguation by context yet — so an ambiguous form counts as wrong.
 * Run with tools/eval/run-actor-evaluation.sh; needs ../shared/data for the texts.
 */
public final class ActorMatchEvaluation {

  private ActorMatchEvaluation() {}

  /** Label ids written before the default registry existed, mapped to the registry's ids. */
  static final Map<String, String> ID_ALIASES = Map.of(
      "ap", "associated_press", "eu_parliament", "european_parliament", "rus_fsb", "fsb",
      "philip_hammond", "hammond", "sebastian_kurz", "kurz", "king_charles", "charles_iii");

  record Mention(String doc, int start, int end, String actor, String kind) {}

  /** Counts of one kind: true positives, false positives, false negatives. */
  static final class Score {
    long tp;
    long fp;
    long fn;

    String row(String label) {
      double p = tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
      double f = 2 * p * r / (p + r);
      return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |", label, tp, fp, fn, p, r, f);
    }
  }

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared/data");
    if (!Files.isDirectory(shared)) {
      System.err.println(shared + " is absent: the evaluation reads its texts from there; nothing to do.");
      return;
    }
    ActorRegistry registry = ActorRegistry.defaultRegistry();
    List<ActorForm> forms = registry.allForms();
    List<AliasMatcher.Pattern> patterns = new ArrayList<>();
    Set<String> sensitive = new HashSet<>(new String(ActorMatchEvaluation.class.getResourceAsStream("/registry/ordinary-words.txt").readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
    for (int i = 0; i < forms.size(); i++) {
      boolean caseSensitive = forms.get(i).caseRule() == CaseRule.SENSITIVE;
      patterns.add(new AliasMatcher.Pattern(forms.get(i).text(), caseSensitive, i));
    }
    AliasMatcher cased = AliasMatcher.forText(patterns);
    AliasMatcher lower = AliasMatcher.forLowerCasedText(patterns, sensitive);
    ObjectMapper json = new ObjectMapper();

    Map<String, String> seed = new LinkedHashMap<>();
    List<String> seedLines = Files.readAllLines(shared.resolve("seed-liveblog/guardian-2023-04-06-excerpt.txt"));
    for (int i = 0; i < seedLines.size(); i++) {
      seed.put(Integer.toString(i + 1), seedLines.get(i));
    }
    List<String> headlineRows = Files.readAllLines(shared.resolve("headlines-fwd-news-2022/headlines.jsonl"));
    Map<String, String> guardianTexts = new HashMap<>();
    for (String line : Files.readAllLines(
        shared.resolve("liveblogs-guardian-ukp/entries_russia_ukraine_subset.jsonl"), StandardCharsets.UTF_8)) {
      var node = json.readTree(line);
      guardianTexts.put(node.get("block_id").asText(), node.get("text").asText());
    }

    Map<String, Score> total = new LinkedHashMap<>();
    System.out.printf("Default registry: %d actors, %d forms (hash %s…)%n%n", registry.size(), forms.size(),
        registry.contentHash().substring(0, 12));
    System.out.println("| set / kind | TP | FP | FN | precision | recall | F1 |");
    System.out.println("|---|---|---|---|---|---|---|");
    evaluate("seed excerpt", seed, labels("seed-mentions.tsv"), cased, forms, total);
    Map<String, String> headlines = new LinkedHashMap<>();
    for (String doc : sampledHeadlines(headlineRows, json)) {
      headlines.put(doc, json.readTree(headlineRows.get(Integer.parseInt(doc))).get("title").asText());
    }
    evaluate("headlines", headlines, labels("headline-mentions.tsv"), cased, forms, total);
    Map<String, String> guardian = new LinkedHashMap<>();
    List<Mention> guardianLabels = labels("guardian-mentions.tsv");
    guardianLabels.forEach(m -> guardian.put(m.doc(), guardianTexts.get(m.doc())));
    evaluate("Guardian (lower-cased)", guardian, guardianLabels, lower, forms, total);
    total.forEach((kind, score) -> System.out.println(score.row("all / " + kind)));
  }

  /** The headline sample of tools/eval/headline_labels.py: every 45th worldnews, ukraine or politics record. */
  static List<String> sampledHeadlines(List<String> rows, ObjectMapper json) throws Exception {
    List<String> selected = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String category = json.readTree(rows.get(i)).get("category").asText();
      if (category.equals("worldnews") || category.equals("ukraine") || category.equals("politics")) {
        selected.add(Integer.toString(i));
      }
    }
    List<String> sample = new ArrayList<>();
    for (int i = 0; i < selected.size(); i += 45) {
      sample.add(selected.get(i));
    }
    return sample;
  }

  static List<Mention> labels(String file) throws Exception {
    List<Mention> mentions = new ArrayList<>();
    List<String> lines = Files.readAllLines(Path.of("src/test/resources/eval").resolve(file));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      mentions.add(new Mention(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]),
          ID_ALIASES.getOrDefault(f[3], f[3]), f[4]));
    }
    return mentions;
  }

  private static void evaluate(String set, Map<String, String> texts, List<Mention> gold, AliasMatcher matcher,
      List<ActorForm> forms, Map<String, Score> total) {
    Map<String, Score> scores = new LinkedHashMap<>();
    Set<String> goldKeys = new HashSet<>();
    Map<String, String> goldKind = new HashMap<>();
    for (Mention m : gold) {
      String key = m.doc() + "|" + m.start() + "|" + m.end() + "|" + m.actor();
      goldKeys.add(key);
      goldKind.put(key, m.kind());
    }
    Set<String> found = new HashSet<>();
    AliasMatcher.Matches matches = new AliasMatcher.Matches();
    for (Map.Entry<String, String> doc : texts.entrySet()) {
      matcher.match(doc.getValue(), matches);
      Map<String, TreeSet<String>> actorsBySpan = new LinkedHashMap<>();
      Map<String, String> kindBySpan = new HashMap<>();
      for (int i = 0; i < matches.size(); i++) {
        ActorForm form = forms.get(matcher.payload(matches.pattern(i)));
        String span = doc.getKey() + "|" + matches.start(i) + "|" + matches.end(i);
        actorsBySpan.computeIfAbsent(span, s -> new TreeSet<>()).add(form.actorId());
        kindBySpan.put(span, labelKind(form.kind().name()));
      }
      for (Map.Entry<String, TreeSet<String>> span : actorsBySpan.entrySet()) {
        String actor = span.getValue().size() == 1 ? span.getValue().first() : "AMBIGUOUS" + span.getValue();
        String key = span.getKey() + "|" + actor;
        if (goldKeys.contains(key)) {
          found.add(key);
          count(scores, total, goldKind.get(key), 0);
        } else {
          count(scores, total, kindBySpan.get(span.getKey()), 1);
        }
      }
    }
    for (String key : goldKeys) {
      if (!found.contains(key)) {
        count(scores, total, goldKind.get(key), 2);
      }
    }
    scores.forEach((kind, score) -> System.out.println(score.row(set + " / " + kind)));
  }

  /** Adds one true positive (0), false positive (1) or false negative (2) to the set's and the overall score. */
  private static void count(Map<String, Score> scores, Map<String, Score> total, String kind, int which) {
    for (Score score : List.of(scores.computeIfAbsent(kind, k -> new Score()),
        total.computeIfAbsent(kind, k -> new Score()))) {
      switch (which) {
        case 0 -> score.tp++;
        case 1 -> score.fp++;
        default -> score.fn++;
      }
    }
  }

  private static String labelKind(String formKind) {
    return switch (formKind) {
      case "DEMONYM" -> "demonym";
      case "METONYM" -> "metonym";
      case "TITLE" -> "title";
      default -> "name";
    };
  }
}
