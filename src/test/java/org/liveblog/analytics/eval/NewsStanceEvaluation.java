package org.liveblog.analytics.eval;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.stage.SparkSessions;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;
import org.liveblog.analytics.stance.model.LabelledStatements;
import org.liveblog.analytics.stance.model.SentenceEncoder;
import org.liveblog.analytics.stance.model.StanceColumns;
import org.liveblog.analytics.stance.model.StanceEvaluation;
import org.liveblog.analytics.stance.model.StanceModel;
import org.liveblog.analytics.stance.model.StanceModelSettings;

/**
 * Stance on the hand-labelled news statements (tools/eval/stance, PROTOCOL.md; texts from ../shared/data, read at
 * run time): per-class precision, recall and F1 and macro-F1 on the held-out test split the labels define (by
 * document, fixed before labelling), separately for cased prose (seed + headlines) and lower-cased tokenised text
 * (Guardian + BBC), for (a) the lexicon scorer, (b) the MLlib model over n-grams and the lexicon scorer's features,
 * (c) the model plus the encoder (all-MiniLM-L6-v2, mean pooling). The models train on the train split of both kinds
 * together (cross-validation folds by document) and never see the test split. Statements are scored with their
 * labelled source and target spans (the extraction is measured separately, {@link StanceExtractionEvaluation}); the
 * lexicon scorer's mentions are the labelled spans of the sentence.
 * Usage: tools/eval/run-news-stance.sh [data dir] [labels dir] [models dir] [variant ...], variants lexicon,
 * ngrams, model, encoder (default: lexicon model encoder).
 */
public final class NewsStanceEvaluation {

  private NewsStanceEvaluation() {}

  public static void main(String[] args) {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    Path labels = Path.of(args.length > 1 ? args[1] : "tools/eval/stance");
    String modelsDir = args.length > 2 ? args[2] : "/tmp/stance-models-news";
    List<String> variants = args.length > 3 ? List.of(args).subList(3, args.length)
        : List.of("lexicon", "model", "encoder");
    if (!LabelledStatements.dataPresent(data)) {
      System.out.println("SKIPPED: the texts of the stance labels are not all under " + data + " ("
          + LabelledStatements.SOURCES.stream().map(LabelledStatements.Source::dataFile).toList() + ")");
      return;
    }
    if (!Files.isDirectory(labels)) {
      System.out.println("SKIPPED: no labels folder " + labels + " (tools/eval/stance)");
      return;
    }
    SparkSession spark = SparkSessions.configured(SparkSession.builder())
        .master("local[2]").appName("news-stance")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC").getOrCreate();
    Dataset<Row> all = LabelledStatements.frame(spark, LabelledStatements.read(labels, data),
        StanceLexicon.defaultLexicon()).repartition(4).cache();
    System.out.println("statements per kind, split and label: " + all.groupBy("kind", "split", "label").count()
        .orderBy("kind", "split", "label").collectAsList());
    Dataset<Row> train = all.filter(col(StanceColumns.SPLIT).equalTo("train"));
    Dataset<Row> test = all.filter(col(StanceColumns.SPLIT).equalTo("test"));
    List<String> kinds = List.of(LabelledStatements.CASED, LabelledStatements.LOWER_CASED);
    List<String> summary = new ArrayList<>();
    for (String variant : variants) {
      StanceEvaluation[] perKind = new StanceEvaluation[kinds.size()];
      StanceEvaluation overall;
      String note;
      if (variant.equals("lexicon")) {
        for (int k = 0; k < kinds.size(); k++) {
          perKind[k] = lexiconEvaluation(test.filter(col("kind").equalTo(kinds.get(k))));
        }
        overall = lexiconEvaluation(test);
        note = "no training; on the train split: macro-F1 " + String.format(Locale.ROOT, "%.3f",
            lexiconEvaluation(train).macroF1());
      } else {
        StanceModelSettings settings = switch (variant) {
          case "ngrams", "model" -> StanceModelSettings.defaults();
          case "encoder" -> StanceModelSettings.defaults().withEncoder(true, SentenceEncoder.Pooling.MEAN);
          case "encoder-spans" -> StanceModelSettings.defaults().withEncoder(true, SentenceEncoder.Pooling.SPANS);
          default -> throw new IllegalArgumentException("unknown variant " + variant
              + ": expected lexicon, ngrams, model, encoder or encoder-spans");
        };
        boolean withLexicon = !variant.equals("ngrams");
        Dataset<Row> trainInput = withLexicon ? train : train.drop(StanceColumns.LEXICON_FEATURES);
        long started = System.nanoTime();
        StanceModel model = StanceModel.train(trainInput, settings, modelsDir);
        double seconds = (System.nanoTime() - started) / 1e9;
        for (int k = 0; k < kinds.size(); k++) {
          perKind[k] = model.evaluate(test.filter(col("kind").equalTo(kinds.get(k))));
        }
        overall = model.evaluate(test);
        note = String.format(Locale.ROOT,
            "%s, %s; CV macro-F1 %.3f (%s), regParam %s, class weights %s; trained in %.0f s", model.version(),
            model.method(), model.manifest().cvMacroF1(), model.manifest().gridResults(), model.manifest().regParam(),
            model.manifest().classWeights(), seconds);
      }
      System.out.println("\n== " + variant + ": " + note);
      for (int k = 0; k < kinds.size(); k++) {
        System.out.println("test, " + kinds.get(k) + ":\n" + perKind[k].report());
      }
      System.out.println("test, both kinds:\n" + overall.report());
      summary.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |", variant, cell(perKind[0]),
          cell(perKind[1]), cell(overall), note));
    }
    System.out.println("\n| method | cased: macro-F1 (acc, n) | lower-cased: macro-F1 (acc, n) | both | note |");
    System.out.println("|---|---|---|---|---|");
    summary.forEach(System.out::println);
    spark.stop();
  }

  private static String cell(StanceEvaluation e) {
    return String.format(Locale.ROOT, "%.3f (%.3f, %d)", e.macroF1(), e.accuracy(), e.total());
  }

  /** The lexicon scorer's labels against the gold labels. */
  static StanceEvaluation lexiconEvaluation(Dataset<Row> statements) {
    long[][] confusion = new long[3][3];
    for (Row row : statements.groupBy(StanceColumns.LABEL, "lexicon_label").count().collectAsList()) {
      int gold = StanceColumns.LABELS.indexOf(row.<String>getAs(StanceColumns.LABEL));
      int predicted = StanceColumns.LABELS.indexOf(row.<String>getAs("lexicon_label"));
      confusion[gold][predicted] += row.<Long>getAs("count");
    }
    return new StanceEvaluation(confusion);
  }
}
