package org.liveblog.analytics.stance.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;
import org.liveblog.analytics.stance.score.LexiconScorer;
import org.liveblog.analytics.stance.score.StanceScore;

/**
 * The hand-labelled news statements of {@code tools/eval/stance} (see its PROTOCOL.md): TSV files of document ids,
 * code-point offsets, actor ids, labels and splits, with the texts read from the data folder ({@code ../shared/data})
 * at run time; the labels never hold the text. Read on the driver (a few hundred rows).
 *
 * <p>A statement's text is its sentence; spans are made relative to it. A source named outside the sentence (before
 * it, or not at all) has no span. The mentions handed to the lexicon scorer are the labelled spans inside the
 * sentence (every source and target of the sentence's rows): gold mentions, not the actor stage's.
 */
public final class LabelledStatements {

  /** A source of labelled text: its label file, data file, field and kind of text. */
  public record Source(String name, String dataFile, String field, String kind) {}

  public static final String CASED = "cased";
  public static final String LOWER_CASED = "lower-cased";

  public static final List<Source> SOURCES = List.of(
      new Source("seed", "seed-liveblog/guardian-2023-04-06-excerpt.txt", null, CASED),
      new Source("headlines", "headlines-fwd-news-2022/headlines.jsonl", "title", CASED),
      new Source("guardian", "liveblogs-guardian-ukp/entries_russia_ukraine_subset.jsonl", "text", LOWER_CASED),
      new Source("bbc", "liveblogs-bbc-ukp/entries_russia_ukraine_subset.jsonl", "text", LOWER_CASED));

  /** One labelled statement; spans relative to {@code text} (code points), null when absent. */
  public record Statement(String source, String kind, String doc, String split, int sentenceStart, String text,
      String sourceId, String sourceFor, Integer sourceStart, Integer sourceEnd, String targetId, Integer targetStart,
      Integer targetEnd, String label, int[] mentionStarts, int[] mentionEnds, int sourceMention, int targetMention) {

    /** The document id used for cross-validation folds: source and document. */
    public String docId() {
      return source + "|" + doc;
    }
  }

  /** A labelled sentence: its rows, statements or not (for the extraction's evaluation). */
  public record Sentence(String source, String kind, String doc, String split, int start, int end, String text,
      List<String[]> statements) {}

  /** A document's text and its time (ISO-8601 UTC; the seed's date for the seed, which has none per line). */
  public record Document(String text, String publishedAt) {}

  /** The seed excerpt's date (its file name). */
  static final String SEED_TIME = "2023-04-06T08:00:00Z";

  private LabelledStatements() {}

  /** Whether the data folder holds every source's file. */
  public static boolean dataPresent(Path data) {
    return SOURCES.stream().allMatch(s -> Files.isRegularFile(data.resolve(s.dataFile())));
  }

  /** The data files that the label files of {@code labelsDir} need and {@code data} lacks. */
  public static List<Path> missingData(Path labelsDir, Path data) {
    return SOURCES.stream().filter(s -> Files.isRegularFile(labelsDir.resolve("stance-" + s.name() + ".tsv")))
        .map(s -> data.resolve(s.dataFile())).filter(f -> !Files.isRegularFile(f)).toList();
  }

  /** The statements (rows whose label is not {@code none}) of every source's file in {@code labelsDir}. */
  public static List<Statement> read(Path labelsDir, Path data) {
    List<Statement> statements = new ArrayList<>();
    for (Sentence sentence : sentences(labelsDir, data)) {
      statements.addAll(statementsOf(sentence));
    }
    return statements;
  }

  /** Every labelled sentence with its rows (fields as in the TSV: source, source_for, ..., label), in file order. */
  public static List<Sentence> sentences(Path labelsDir, Path data) {
    List<Sentence> sentences = new ArrayList<>();
    for (Source source : SOURCES) {
      Path file = labelsDir.resolve("stance-" + source.name() + ".tsv");
      if (!Files.isRegularFile(file)) {
        continue; // a labels folder may hold some sources only
      }
      List<Map<String, String>> rows = tsv(file);
      Set<String> needed = new TreeSet<>();
      rows.forEach(r -> needed.add(r.get("doc")));
      Map<String, Document> docs = documents(data, source, needed);
      Map<String, List<String[]>> bySentence = new LinkedHashMap<>();
      Map<String, Map<String, String>> first = new HashMap<>();
      for (Map<String, String> r : rows) {
        String key = r.get("doc") + "\t" + r.get("sent_start") + "\t" + r.get("sent_end");
        first.putIfAbsent(key, r);
        bySentence.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {r.get("source"),
            r.get("source_for"), r.get("source_start"), r.get("source_end"), r.get("target"), r.get("target_start"),
            r.get("target_end"), r.get("label")});
      }
      for (Map.Entry<String, List<String[]>> e : bySentence.entrySet()) {
        Map<String, String> r = first.get(e.getKey());
        String doc = r.get("doc");
        String text = docs.containsKey(doc) ? docs.get(doc).text() : null;
        if (text == null) {
          throw new IllegalArgumentException(file + ": document " + doc + " is not in " + source.dataFile());
        }
        int start = Integer.parseInt(r.get("sent_start"));
        int end = Integer.parseInt(r.get("sent_end"));
        int length = text.codePointCount(0, text.length());
        if (start < 0 || end > length || start >= end) {
          throw new IllegalArgumentException(file + ": sentence " + start + ".." + end + " of document " + doc
              + " is outside its text (" + length + " code points)");
        }
        String sentence = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
        sentences.add(new Sentence(source.name(), source.kind(), doc, r.get("split"), start, end, sentence,
            e.getValue()));
      }
    }
    return sentences;
  }

  /** The statements of one sentence, with the sentence's labelled spans as its mentions. */
  static List<Statement> statementsOf(Sentence s) {
    // Distinct spans inside the sentence, in text order: the mentions.
    TreeSet<Long> spans = new TreeSet<>();
    for (String[] row : s.statements()) {
      addSpan(spans, s, row[2], row[3]);
      addSpan(spans, s, row[5], row[6]);
    }
    int[] starts = new int[spans.size()];
    int[] ends = new int[spans.size()];
    List<Long> ordered = new ArrayList<>(spans);
    for (int i = 0; i < starts.length; i++) {
      starts[i] = (int) (ordered.get(i) >>> 32);
      ends[i] = (int) (long) ordered.get(i);
    }
    List<Statement> out = new ArrayList<>();
    for (String[] row : s.statements()) {
      if (row[7].equals("none")) {
        continue;
      }
      Long source = relative(s, row[2], row[3]);
      Long target = relative(s, row[5], row[6]);
      if (target == null) {
        throw new IllegalArgumentException(s.source() + " document " + s.doc() + ": statement toward " + row[4]
            + " has no target span inside its sentence");
      }
      if (source != null && overlaps(source, target)) {
        source = null; // a source span overlapping the target is no separate mention
      }
      out.add(new Statement(s.source(), s.kind(), s.doc(), s.split(), s.start(), s.text(), row[0], row[1],
          source == null ? null : (int) (source >>> 32), source == null ? null : (int) (long) source, row[4],
          (int) (target >>> 32), (int) (long) target, row[7], starts, ends,
          source == null ? -1 : ordered.indexOf(source), ordered.indexOf(target)));
    }
    return out;
  }

  private static boolean overlaps(long a, long b) {
    return (a >>> 32) < (int) b && (b >>> 32) < (int) a;
  }

  private static void addSpan(TreeSet<Long> spans, Sentence s, String start, String end) {
    Long span = relative(s, start, end);
    if (span == null) {
      return;
    }
    for (Long other : spans) {
      if (!other.equals(span) && overlaps(other, span)) {
        return; // keep the first of overlapping spans, as the matcher keeps one
      }
    }
    spans.add(span);
  }

  /** A span as (start << 32 | end) relative to the sentence, or null when empty or not inside it. */
  private static Long relative(Sentence s, String start, String end) {
    if (start == null || start.isEmpty() || end == null || end.isEmpty()) {
      return null;
    }
    int a = Integer.parseInt(start) - s.start();
    int b = Integer.parseInt(end) - s.start();
    if (a < 0 || b > s.end() - s.start() || a >= b) {
      return null;
    }
    return ((long) a << 32) | b;
  }

  /**
   * The statements as the model reads them (the columns of {@link StanceColumns}, with doc_id, label and
   * lexicon_features from {@link LexiconFeatures}), plus source, kind, split and the lexicon scorer's own label and
   * score as {@code lexicon_label} and {@code lexicon_score}.
   */
  public static Dataset<Row> frame(SparkSession spark, List<Statement> statements, StanceLexicon lexicon) {
    LexiconScorer scorer = new LexiconScorer(lexicon);
    List<Row> rows = new ArrayList<>();
    for (Statement s : statements) {
      StanceScore stance = LexiconFeatures.score(scorer, s.text(), s.mentionStarts(), s.mentionEnds(),
          s.sourceMention(), s.targetMention());
      rows.add(RowFactory.create(s.docId(), s.source(), s.kind(), s.split(), s.text(), s.sourceStart(), s.sourceEnd(),
          s.targetStart(), s.targetEnd(), s.label(), LexiconFeatures.of(stance), stance.label(), stance.score()));
    }
    StructType schema = new StructType()
        .add(StanceColumns.DOC_ID, DataTypes.StringType, false)
        .add("source", DataTypes.StringType, false)
        .add("kind", DataTypes.StringType, false)
        .add(StanceColumns.SPLIT, DataTypes.StringType, false)
        .add(StanceColumns.TEXT, DataTypes.StringType, false)
        .add(StanceColumns.SOURCE_START, DataTypes.IntegerType, true)
        .add(StanceColumns.SOURCE_END, DataTypes.IntegerType, true)
        .add(StanceColumns.TARGET_START, DataTypes.IntegerType, true)
        .add(StanceColumns.TARGET_END, DataTypes.IntegerType, true)
        .add(StanceColumns.LABEL, DataTypes.StringType, false)
        .add(StanceColumns.LEXICON_FEATURES, SQLDataTypes.VectorType(), false)
        .add("lexicon_label", DataTypes.StringType, false)
        .add("lexicon_score", DataTypes.DoubleType, false);
    return spark.createDataFrame(rows, schema);
  }

  /** A JSON row's time: a headline's epoch seconds, a live-blog entry's block time or its local time as UTC. */
  private static String timeOf(JsonNode row) {
    if (row.hasNonNull("timestamp")) {
      return java.time.Instant.ofEpochSecond(row.get("timestamp").asLong()).toString();
    }
    if (row.hasNonNull("block_id_ts_utc")) {
      return row.get("block_id_ts_utc").asText();
    }
    String local = row.path("time_iso").asText("");
    return local.isEmpty() ? SEED_TIME : local + (local.length() == 16 ? ":00Z" : "Z");
  }

  static List<Map<String, String>> tsv(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty()) {
        throw new IllegalArgumentException(file + ": empty (expected a header line)");
      }
      String[] header = lines.get(0).split("\t", -1);
      List<Map<String, String>> rows = new ArrayList<>();
      for (int i = 1; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        String[] fields = lines.get(i).split("\t", -1);
        Map<String, String> row = new HashMap<>();
        for (int f = 0; f < header.length; f++) {
          row.put(header[f], f < fields.length ? fields[f] : "");
        }
        rows.add(row);
      }
      for (String column : List.of("doc", "sent_start", "sent_end", "source", "source_for", "source_start",
          "source_end", "target", "target_start", "target_end", "label", "split")) {
        if (!List.of(header).contains(column)) {
          throw new IllegalArgumentException(file + ": no column " + column + " (tools/eval/stance/PROTOCOL.md)");
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read labels " + file, e);
    }
  }

  /** The texts and times of the {@code needed} documents of one source. */
  public static Map<String, Document> documents(Path data, Source source, Set<String> needed) {
    Path file = data.resolve(source.dataFile());
    Map<String, Document> docs = new HashMap<>();
    try {
      if (source.field() == null) {
        String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          if (needed.contains(String.valueOf(i + 1))) {
            docs.put(String.valueOf(i + 1), new Document(lines[i], SEED_TIME));
          }
        }
        return docs;
      }
      ObjectMapper json = new ObjectMapper();
      boolean byLine = source.name().equals("headlines");
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
          n++;
          if (byLine && !needed.contains(String.valueOf(n))) {
            continue;
          }
          JsonNode row = json.readTree(line);
          String id = byLine ? String.valueOf(n) : row.path("block_id").asText("");
          if (!id.isEmpty() && needed.contains(id)) {
            docs.put(id, new Document(row.path(source.field()).asText(""), timeOf(row)));
          }
        }
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
