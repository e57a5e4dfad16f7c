package org.liveblog.analytics.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.liveblog.analytics.actors.ActorMentions;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.stage.DeadLetters;
import org.liveblog.analytics.stage.SparkSessions;
import org.liveblog.analytics.text.Segmenter;

/**
 * Scores the actors stage (matching and resolution, exactly as a run does it: sentences, then
 * {@link ActorMentions#mentions}) with the default registry against the hand labels in src/test/resources/eval (see
 * docs/EVALUATION.md): exact spans and actors, per kind and per set. A mention the stage leaves unresolved (ambiguous)
 * is an abstention: it is no false positive, and a labelled mention it covers is a miss. Mentions of place actors
 * (registry entries that keep "Gulf of Mexico" from counting as Mexico) are places, out of the labels' scope. The
 * metonym sets label metonyms only, so only predicted metonyms count as false positives there; they are kept out of
 * the totals of the other three. The first metonym set is training data of the metonym model; the held-out one is
 * not. Run with tools/eval/run-actor-evaluation.sh; needs ../shared/data for the texts.
 */
public final class ActorMatchEvaluation {

  private ActorMatchEvaluation() {}

  /**
   * With --errors, every false positive and false negative is printed with its text, except the held-out set's, which
   * only --heldout-errors prints (read them only once the rules are final, or the set is held out no longer).
   */
  private static boolean showErrors;
  private static boolean showHeldOutErrors;

  /** Label ids written before the default registry existed, mapped to the registry's ids. */
  static final Map<String, String> ID_ALIASES = Map.of(
      "ap", "associated_press", "eu_parliament", "european_parliament", "rus_fsb", "fsb",
      "philip_hammond", "hammond", "sebastian_kurz", "kurz", "king_charles", "charles_iii");

  record Mention(String doc, int start, int end, String actor, String kind) {}

  /** A text to evaluate on: its id (the label files' doc), blog and publication time. */
  record Doc(String id, String blog, Instant published, String text) {}

  /** Counts of one kind: true positives, false positives, false negatives, abstentions. */
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

  static final StructType ENTRY = new StructType()
      .add("entry_key", DataTypes.StringType).add("outlet", DataTypes.StringType)
      .add("blog_id", DataTypes.StringType).add("published_at", DataTypes.TimestampType)
      .add("published_date", DataTypes.DateType).add("text", DataTypes.StringType)
      .add("run_id", DataTypes.StringType);

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared/data");
    showErrors = List.of(args).contains("--errors");
    showHeldOutErrors = List.of(args).contains("--heldout-errors");
    if (!Files.isDirectory(shared)) {
      System.err.println(shared + " is absent: the evaluation reads its texts from there; nothing to do.");
      return;
    }
    ObjectMapper json = new ObjectMapper();
    // The seed excerpt is one live blog of 2023-04-06: one entry per line, a minute apart, in order.
    List<Doc> seed = new ArrayList<>();
    List<String> seedLines = Files.readAllLines(shared.resolve("seed-liveblog/guardian-2023-04-06-excerpt.txt"));
    for (int i = 0; i < seedLines.size(); i++) {
      seed.add(new Doc(Integer.toString(i + 1), "seed", Instant.parse("2023-04-06T08:00:00Z").plusSeconds(60L * i),
          seedLines.get(i)));
    }
    // Each headline stands alone: its own blog, its own date.
    List<String> headlineRows = Files.readAllLines(shared.resolve("headlines-fwd-news-2022/headlines.jsonl"));
    List<Doc> headlines = new ArrayList<>();
    for (String doc : sampledHeadlines(headlineRows, json)) {
      JsonNode row = json.readTree(headlineRows.get(Integer.parseInt(doc)));
      headlines.add(new Doc(doc, "headline-" + doc, Instant.ofEpochSecond(row.get("timestamp").asLong()),
          row.get("title").asText()));
    }
    // Guardian entries keep their blog and time, so that blog context works as in a run.
    List<Mention> guardianLabels = labels("guardian-mentions.tsv");
    Set<String> labelled = new HashSet<>();
    guardianLabels.forEach(m -> labelled.add(m.doc()));
    List<Doc> guardian = new ArrayList<>();
    List<JsonNode> guardianRows = subsetRows(shared, json);
    for (JsonNode node : guardianRows) {
      if (labelled.contains(node.get("block_id").asText())) {
        guardian.add(guardianDoc(node));
      }
    }
    // The metonym set: the entries chosen for tools/eval/labels/metonym.tsv, those without a metonym included (they
    // measure false positives only); only metonyms were labelled there, so only predicted metonyms are scored.
    List<Mention> metonymLabels = labels("metonym-mentions.tsv");
    List<JsonNode> metonymCandidates = metonymCandidates(guardianRows, shared, json);
    List<Doc> metonymEntries = metonymSample(metonymCandidates, 4, 5, labelled, metonymLabels,
        METONYM_SAMPLE_SIZE, "labels/metonym.tsv");
    // The held-out metonym set (tools/eval/labels/metonym-heldout.tsv), labelled blind to the system and never used in
    // training: the honest measure of the metonym model.
    List<Mention> heldOutLabels = labels("metonym-heldout-mentions.tsv");
    List<Doc> heldOutEntries = metonymSample(metonymCandidates, 2, 5, labelled, heldOutLabels,
        HELD_OUT_SAMPLE_SIZE, "labels/metonym-heldout.tsv");

    SparkSession spark = SparkSessions.configured(SparkSession.builder())
        .master("local[2]").appName("actor-evaluation")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    try {
      ActorRegistry registry = ActorRegistry.defaultRegistry();
      Broadcast<ActorLexicon> lexicon = JavaSparkContext.fromSparkContext(spark.sparkContext())
          .broadcast(ActorLexicon.of(registry));
      System.out.printf("Default registry: %d actors, %d forms (sha256 %s…); the actors stage as a run uses it%n%n",
          registry.size(), registry.allForms().size(), registry.contentHash().substring(0, 12));
      System.out.println("| set / kind | TP | FP | FN | precision | recall | F1 |");
      System.out.println("|---|---|---|---|---|---|---|");
      Map<String, Score> total = new LinkedHashMap<>();
      Map<String, Long> resolutions = new TreeMap<>();
      evaluate(spark, lexicon, "seed excerpt", seed, labels("seed-mentions.tsv"), null, total, resolutions);
      evaluate(spark, lexicon, "headlines", headlines, labels("headline-mentions.tsv"), null, total, resolutions);
      evaluate(spark, lexicon, "Guardian (lower-cased)", guardian, guardianLabels, null, total, resolutions);
      total.forEach((kind, score) -> System.out.println(score.row("first three sets / " + kind)));
      Score namesAndMetonyms = new Score();
      for (String kind : List.of("name", "metonym")) {
        Score s = total.getOrDefault(kind, new Score());
        namesAndMetonyms.tp += s.tp;
        namesAndMetonyms.fp += s.fp;
        namesAndMetonyms.fn += s.fn;
      }
      System.out.println(namesAndMetonyms.row("first three sets / names and metonyms"));
      // Kept out of the totals above, which stay those of the three sets labelled for every kind. The metonym model
      // learnt from the first metonym set (MetonymModelTraining), so its score there is in-sample; the held-out set,
      // labelled blind and never used in training, is the honest measure.
      Map<String, Long> metonymResolutions = new TreeMap<>();
      evaluate(spark, lexicon, "Guardian metonyms, training data (in-sample)", metonymEntries, metonymLabels,
          Set.of("metonym"), new LinkedHashMap<>(), metonymResolutions);
      boolean errors = showErrors;
      showErrors = showHeldOutErrors;
      evaluate(spark, lexicon, "held-out Guardian metonyms (lower-cased)", heldOutEntries, heldOutLabels,
          Set.of("metonym"), new LinkedHashMap<>(), metonymResolutions);
      showErrors = errors;
      System.out.println();
      System.out.println("Mentions found, by resolution: " + resolutions);
      System.out.println("Mentions found in the metonym sets, by resolution: " + metonymResolutions);
    } finally {
      spark.stop();
    }
  }

  /** The headline sample of tools/eval/labels/headlines.tsv: every 45th worldnews, ukraine or politics record. */
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

  /** A Guardian entry with its blog and time, as in a run. */
  static Doc guardianDoc(JsonNode node) {
    return new Doc(node.get("block_id").asText(), node.get("blog_id").asText(),
        LocalDateTime.parse(node.get("time_iso").asText()).toInstant(ZoneOffset.UTC), node.get("text").asText());
  }

  /** Entries in the samples of tools/eval/labels/metonym.tsv and metonym-heldout.tsv (their 'documents' fields). */
  static final int METONYM_SAMPLE_SIZE = 151;
  static final int HELD_OUT_SAMPLE_SIZE = 150;

  /** Seats and buildings of the metonym selection (tools/eval/PROTOCOL.md), and two spellings of capitals. */
  static final List<String> METONYM_SELECTION_EXTRA = List.of("kremlin", "white house", "downing street", "pentagon",
      "whitehall", "elysee", "élysée", "bankova", "brussels", "westminster", "capitol hill", "zhongnanhai",
      "quai d'orsay", "foggy bottom", "number 10", "kiev", "washington");

  /** The Guardian Russia-Ukraine subset, source of the first metonym sets (every 5th candidate). */
  static final String SUBSET = "liveblogs-guardian-ukp/entries_russia_ukraine_subset.jsonl";

  /** Every 220th candidate of the whole Guardian corpus less the subset: the later training sets. */
  static final int FULL_EVERY = 220;

  /**
   * The lines of the whole Guardian corpus (entries.jsonl.gz) less the subset's entries and entries without a block
   * id, as tools/eval/labels.py reads them for the later training sets.
   */
  static List<JsonNode> fullCorpusRows(Path shared, ObjectMapper json) throws Exception {
    Set<String> subset = new HashSet<>();
    for (JsonNode row : subsetRows(shared, json)) {
      subset.add(row.get("block_id").asText());
    }
    List<JsonNode> rows = new ArrayList<>();
    try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
        Files.newInputStream(shared.resolve("liveblogs-guardian-ukp/entries.jsonl.gz"))), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode row = json.readTree(line);
        String id = row.path("block_id").asText("");
        if (!id.isEmpty() && !subset.contains(id)) {
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** The entries of the Russia-Ukraine subset, in file order. */
  static List<JsonNode> subsetRows(Path shared, ObjectMapper json) throws Exception {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(shared.resolve(SUBSET), StandardCharsets.UTF_8)) {
      rows.add(json.readTree(line));
    }
    return rows;
  }

  /**
   * The metonym candidates of {@code rows}, in order: the entries that contain, as a whole word, a capital of
   * countries.json (lower-cased) or one of {@link #METONYM_SELECTION_EXTRA}. Parsed once per corpus.
   */
  static List<JsonNode> metonymCandidates(List<JsonNode> rows, Path shared, ObjectMapper json) throws Exception {
    StringBuilder alternatives = new StringBuilder();
    for (String word : metonymSelectionWords(shared, json)) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(word));
    }
    Pattern whole = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    List<JsonNode> candidates = new ArrayList<>();
    for (JsonNode row : rows) {
      if (whole.matcher(row.path("text").asText("")).find()) {
        candidates.add(row);
      }
    }
    return candidates;
  }

  /**
   * A metonym sample: every {@code every}-th from index {@code from} of the {@code candidates}, less those of the
   * Guardian set; checked against its labels and the size its script states.
   */
  static List<Doc> metonymSample(List<JsonNode> candidates, int from, int every, Set<String> leaveOut,
      List<Mention> labels, int size, String script) {
    List<Doc> sample = new ArrayList<>();
    for (int i = from; i < candidates.size(); i += every) {
      if (!leaveOut.contains(candidates.get(i).get("block_id").asText())) {
        sample.add(guardianDoc(candidates.get(i)));
      }
    }
    Set<String> sampled = new HashSet<>();
    sample.forEach(d -> sampled.add(d.id()));
    if (sample.size() != size || !labels.stream().allMatch(m -> sampled.contains(m.doc()))) {
      throw new IllegalStateException("the metonym sample differs from tools/eval/" + script + " (" + sample.size()
          + " entries, expected " + size + ")");
    }
    return sample;
  }

  /** The selection words of the metonym sets: capitals of countries.json (lower-cased) and the extra words. */
  static Set<String> metonymSelectionWords(Path shared, ObjectMapper json) throws Exception {
    Set<String> words = new HashSet<>(METONYM_SELECTION_EXTRA);
    for (JsonNode country : json.readTree(shared.resolve("countries-mledoze/countries.json").toFile())) {
      country.get("capital").forEach(c -> words.add(c.asText().toLowerCase(Locale.ROOT)));
    }
    return words;
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

  /**
   * Scores one set. {@code scoredKinds}: the kinds of predicted mentions that count as false positives when no label
   * matches them (null: every kind; a set labelled for metonyms only passes {"metonym"}, its other mentions being
   * unlabelled rather than wrong).
   */
  private static void evaluate(SparkSession spark, Broadcast<ActorLexicon> lexicon, String set, List<Doc> docs,
      List<Mention> gold, Set<String> scoredKinds, Map<String, Score> total, Map<String, Long> resolutions) {
    List<Row> entries = new ArrayList<>();
    for (Doc doc : docs) {
      entries.add(RowFactory.create(doc.id(), "eval", doc.blog(), Timestamp.from(doc.published()),
          Date.valueOf(doc.published().atZone(ZoneOffset.UTC).toLocalDate()), doc.text(), "eval"));
    }
    DeadLetters letters = new DeadLetters(1_000);
    spark.sparkContext().register(letters);
    List<Row> found = ActorMentions.mentions(Segmenter.sentences(spark.createDataFrame(entries, ENTRY), letters), lexicon,
            letters, "eval")
        .select("entry_key", "char_start", "char_end", "actor_id", "kind", "resolution", "actor_type").collectAsList();
    Map<String, String> texts = new HashMap<>();
    docs.forEach(d -> texts.put(d.id(), d.text()));
    Map<String, String> goldKind = new HashMap<>();
    for (Mention m : gold) {
      goldKind.put(m.doc() + "|" + m.start() + "|" + m.end() + "|" + m.actor(), m.kind());
    }
    Map<String, Score> scores = new LinkedHashMap<>();
    Set<String> hit = new HashSet<>();
    for (Row m : found) {
      resolutions.merge(m.getString(5), 1L, Long::sum);
      // Unresolved: an abstention. Place actors ("Gulf of Mexico") are places used as places, out of the labels' scope.
      if (m.isNullAt(3) || m.getString(6).equals("place")) {
        continue;
      }
      String key = m.getString(0) + "|" + m.getInt(1) + "|" + m.getInt(2) + "|" + m.getString(3);
      if (goldKind.containsKey(key)) {
        hit.add(key);
        count(scores, total, goldKind.get(key), 0);
      } else if (scoredKinds == null || scoredKinds.contains(m.getString(4))) {
        count(scores, total, m.getString(4), 1);
        error("FP", set, key, m.getString(4), texts);
      }
    }
    goldKind.forEach((key, kind) -> {
      if (!hit.contains(key)) {
        count(scores, total, kind, 2);
        error("FN", set, key, kind + found(key, found, texts), texts);
      }
    });
    scores.forEach((kind, score) -> System.out.println(score.row(set + " / " + kind)));
  }

  /** What the stage found over a missed label's span, if anything ("found 'the kremlin' RUS title/unique"). */
  private static String found(String key, List<Row> found, Map<String, String> texts) {
    String[] k = key.split("\\|");
    int start = Integer.parseInt(k[1]);
    int end = Integer.parseInt(k[2]);
    StringBuilder over = new StringBuilder();
    for (Row m : found) {
      if (m.getString(0).equals(k[0]) && m.getInt(1) < end && m.getInt(2) > start) {
        over.append(String.format(Locale.ROOT, " (found '%s' %s %s/%s)",
            texts.get(k[0]).substring(m.getInt(1), m.getInt(2)), m.isNullAt(3) ? "-" : m.getString(3), m.getString(4),
            m.getString(5)));
      }
    }
    return over.toString();
  }

  private static void error(String what, String set, String key, String kind, Map<String, String> texts) {
    if (showErrors) {
      String[] k = key.split("\\|");
      String text = texts.get(k[0]);
      int start = Integer.parseInt(k[1]);
      int end = Integer.parseInt(k[2]);
      System.err.printf("%s %s %s %s: '%s' in …%s…%n", what, set, kind, k[3], text.substring(start, end),
          text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40)).replace('\n', ' '));
    }
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
}
