package org.liveblog.analytics.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.actors.matching.AliasMatcher;
import org.liveblog.analytics.actors.matching.MetonymModel;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.actors.registry.FormKind;
import org.liveblog.analytics.eval.ActorMatchEvaluation.Doc;
import org.liveblog.analytics.eval.ActorMatchEvaluation.Mention;
import org.liveblog.analytics.stage.SparkSessions;

/**
 * Trains the metonym model ({@link MetonymModel}, written to src/main/resources/registry/metonym-model.tsv) on the
 * metonym training sets: every occurrence of a selection word that the default registry matches as a metonym, with
 * the hand judgement of tools/eval/labels/metonym.tsv and metonym-train-*.tsv (a metonym label on it: government;
 * none: place or name part).
 * An L2-regularised logistic regression (Spark MLlib) over {@link MetonymModel#features}; the regularisation and the
 * decision threshold are chosen by 5-fold cross-validation over entries (highest F1). The held-out set
 * (labels/metonym-heldout.tsv) is never read here. Run with tools/eval/train-metonym-model.sh; needs ../shared/data.
 */
public final class MetonymModelTraining {

  private MetonymModelTraining() {}

  /**
   * A training set: from the whole corpus or the Russia-Ukraine subset, the start index of its sample, its labels and
   * its size (in its script's docstring).
   */
  record TrainingSet(boolean full, int from, String labels, int size) {}

  static final List<TrainingSet> TRAINING_SETS = List.of(
      new TrainingSet(false, 4, "metonym-mentions.tsv", ActorMatchEvaluation.METONYM_SAMPLE_SIZE),
      new TrainingSet(false, 0, "metonym-train-0-mentions.tsv", 151),
      new TrainingSet(false, 1, "metonym-train-1-mentions.tsv", 152),
      new TrainingSet(false, 3, "metonym-train-3-mentions.tsv", 150),
      new TrainingSet(true, 0, "metonym-train-full-0-mentions.tsv", 151),
      new TrainingSet(true, 1, "metonym-train-full-1-mentions.tsv", 151),
      new TrainingSet(true, 2, "metonym-train-full-2-mentions.tsv", 151));

  static final int FOLDS = 5;
  static final double[] REGULARISATION = {0.00001, 0.00003, 0.0001, 0.0003, 0.001, 0.003, 0.01};

  private static final StructType SCHEMA = new StructType()
      .add("fold", DataTypes.IntegerType)
      .add("features", DataTypes.createArrayType(DataTypes.StringType))
      .add("label", DataTypes.DoubleType)
      .add("full", DataTypes.DoubleType)
      .add("context", DataTypes.StringType);

  public static void main(String[] args) throws Exception {
    List<String> positional = new ArrayList<>(List.of(args));
    boolean printErrors = positional.remove("--cv-errors");
    Path shared = Path.of(positional.size() > 0 ? positional.get(0) : "../shared/data");
    Path output = Path.of(positional.size() > 1 ? positional.get(1) : "src/main/resources/registry/metonym-model.tsv");
    if (!Files.isDirectory(shared)) {
      System.err.println(shared + " is absent: the training reads its texts from there; nothing to do.");
      return;
    }
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> subset = ActorMatchEvaluation.metonymCandidates(
        ActorMatchEvaluation.subsetRows(shared, json), shared, json);
    List<JsonNode> full = ActorMatchEvaluation.metonymCandidates(
        ActorMatchEvaluation.fullCorpusRows(shared, json), shared, json);
    Set<String> guardianSet = new HashSet<>();
    ActorMatchEvaluation.labels("guardian-mentions.tsv").forEach(m -> guardianSet.add(m.doc()));
    Set<String> selection = ActorMatchEvaluation.metonymSelectionWords(shared, json);
    ActorLexicon lexicon = ActorLexicon.of(ActorRegistry.defaultRegistry());

    List<Row> examples = new ArrayList<>();
    int entries = 0;
    int missed = 0;
    for (TrainingSet set : TRAINING_SETS) {
      List<Mention> labels = ActorMatchEvaluation.labels(set.labels());
      List<Doc> docs = ActorMatchEvaluation.metonymSample(set.full() ? full : subset, set.from(),
          set.full() ? ActorMatchEvaluation.FULL_EVERY : 5, guardianSet, labels, set.size(), set.labels());
      for (Doc doc : docs) {
        int fold = entries++ % FOLDS;
        int found = examples.size();
        examples.addAll(occurrences(doc, lexicon, selection, labels, fold, set.full()));
        long positives = examples.subList(found, examples.size()).stream().filter(r -> r.getDouble(2) == 1).count();
        missed += (int) (labels.stream().filter(m -> m.doc().equals(doc.id())).count() - positives);
      }
    }
    long positives = examples.stream().filter(r -> r.getDouble(2) == 1).count();
    System.out.printf(Locale.ROOT, "%d entries, %d occurrences matched as metonyms (%d government, %d place); "
        + "%d labelled metonyms not matched%n", entries, examples.size(), positives, examples.size() - positives,
        missed);

    SparkSession spark = SparkSessions.configured(SparkSession.builder())
        .master("local[2]").appName("metonym-training")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    try {
      Dataset<Row> data = spark.createDataFrame(examples, SCHEMA);
      CountVectorizerModel vocabulary = new CountVectorizer().setInputCol("features").setOutputCol("vector")
          .setBinary(true).fit(data);
      Dataset<Row> vectors = vocabulary.transform(data).cache();

      Map<Double, List<double[]>> predictionsByRegularisation = new TreeMap<>();
      Map<Double, List<String>> contextsByRegularisation = new TreeMap<>();
      double bestF1 = -1;
      double bestRegularisation = 0;
      double bestThreshold = 0.5;
      String bestScores = "";
      System.out.println("| regularisation | threshold | precision | recall | F1 (5-fold cross-validation) |");
      System.out.println("|---|---|---|---|---|");
      for (double regularisation : REGULARISATION) {
        List<double[]> predictions = new ArrayList<>();
        List<String> contexts = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
          LogisticRegressionModel model = fit(vectors.filter("fold != " + fold), regularisation);
          for (Row row : vectors.filter("fold = " + fold).select("vector", "label", "full", "context").collectAsList()) {
            predictions.add(new double[] {probability(model, row.getAs(0)), row.getDouble(1), row.getDouble(2)});
            contexts.add(row.getString(3));
          }
        }
        predictionsByRegularisation.put(regularisation, predictions);
        contextsByRegularisation.put(regularisation, contexts);
        double regularisationF1 = -1;
        String line = "";
        for (double threshold = 0.2; threshold < 0.81; threshold += 0.05) {
          double[] s = scores(predictions, threshold);
          if (s[2] > regularisationF1) {
            regularisationF1 = s[2];
            line = String.format(Locale.ROOT, "| %s | %.2f | %.3f | %.3f | %.3f |", regularisation, threshold, s[0],
                s[1], s[2]);
          }
          if (s[2] > bestF1) {
            bestF1 = s[2];
            bestRegularisation = regularisation;
            bestThreshold = threshold;
            bestScores = String.format(Locale.ROOT, "precision %.3f, recall %.3f, F1 %.3f", s[0], s[1], s[2]);
          }
        }
        System.out.println(line);
      }
      System.out.printf(Locale.ROOT, "chosen: regularisation %s, threshold %.2f (%s)%n", bestRegularisation,
          bestThreshold, bestScores);
      for (double source : new double[] {0, 1}) {
        List<double[]> part = predictionsByRegularisation.get(bestRegularisation).stream()
            .filter(p -> p[2] == source).toList();
        double[] s = scores(part, bestThreshold);
        System.out.printf(Locale.ROOT, "chosen model, cross-validation on the %s sets only: precision %.3f, recall "
            + "%.3f, F1 %.3f%n", source == 0 ? "Russia-Ukraine subset" : "whole-corpus", s[0], s[1], s[2]);
      }
      System.out.println("| threshold | precision | recall | F1 (cross-validation, chosen regularisation) |");
      System.out.println("|---|---|---|---|");
      for (double threshold = 0.1; threshold < 0.96; threshold += 0.1) {
        double[] s = scores(predictionsByRegularisation.get(bestRegularisation), threshold);
        System.out.printf(Locale.ROOT, "| %.1f | %.3f | %.3f | %.3f |%n", threshold, s[0], s[1], s[2]);
      }

      if (printErrors) {
        printErrors(predictionsByRegularisation.get(bestRegularisation), contextsByRegularisation.get(bestRegularisation),
            bestThreshold);
      }

      LogisticRegressionModel model = fit(vectors, bestRegularisation);
      double[] coefficients = model.coefficients().toArray();
      Map<String, Double> weights = new TreeMap<>();
      for (int i = 0; i < coefficients.length; i++) {
        if (Math.abs(coefficients[i]) >= 1e-4) {
          weights.put(vocabulary.vocabulary()[i], coefficients[i]);
        }
      }
      StringBuilder out = new StringBuilder();
      out.append("# Metonym model: logistic regression over MetonymModel.features (the probability that a metonym\n")
          .append("# stands for its government). Written by tools/eval/train-metonym-model.sh; do not edit by hand.\n")
          .append(String.format(Locale.ROOT, "# Trained on %d occurrences in %d hand-labelled Guardian entries "
              + "(%d government, %d place or name part),%n", examples.size(), entries, positives,
              examples.size() - positives))
          .append("# sets: tools/eval/metonym_labels.py, metonym_train_labels_{0,1,3}.py, metonym_train_labels_full_{0,1,2}.py.\n")
          .append("# Licence: the project's own.\n")
          .append(String.format(Locale.ROOT, "# L2 regularisation %s and threshold %.2f chosen by 5-fold "
              + "cross-validation over entries: %s.%n", bestRegularisation, bestThreshold, bestScores))
          .append(String.format(Locale.ROOT, "intercept\t%.6f%n", model.intercept()))
          .append(String.format(Locale.ROOT, "threshold\t%.2f%n", bestThreshold));
      weights.forEach((feature, weight) -> out.append(String.format(Locale.ROOT, "%s\t%.6f%n", feature, weight)));
      Files.writeString(output, out.toString());
      System.out.printf("%d weights written to %s%n", weights.size(), output);
    } finally {
      spark.stop();
    }
  }

  /**
   * The training rows of one entry: each span whose matches are all metonyms and whose word is a selection word (the
   * words every occurrence of which was judged), labelled government when a hand label overlaps it.
   */
  static List<Row> occurrences(Doc doc, ActorLexicon lexicon, Set<String> selection, List<Mention> labels, int fold,
      boolean full) {
    List<Row> rows = new ArrayList<>();
    String text = doc.text();
    AliasMatcher matcher = lexicon.matcherFor(text);
    AliasMatcher.Matches matches = new AliasMatcher.Matches();
    matcher.match(text, matches);
    for (int first = 0, next; first < matches.size(); first = next) {
      int start = matches.start(first);
      int end = matches.end(first);
      next = first + 1;
      while (next < matches.size() && matches.start(next) == start) {
        next++;
      }
      FormKind kind = lexicon.metonymKind(matcher, matches, first, next);
      String word = text.substring(start, end).toLowerCase(Locale.ROOT);
      word = word.startsWith("the ") ? word.substring(4) : word;
      if (kind == null || !selection.contains(word)) {
        continue;
      }
      boolean government = labels.stream()
          .anyMatch(m -> m.doc().equals(doc.id()) && m.start() < end && start < m.end());
      rows.add(RowFactory.create(fold,
          scala.jdk.javaapi.CollectionConverters.asScala(
              MetonymModel.features(text, start, end, kind == FormKind.CITY)).toSeq(),
          government ? 1.0 : 0.0, full ? 1.0 : 0.0, context(text, start, end)));
    }
    return rows;
  }

  /** The occurrence in its words around, marked: "... sanctions against [moscow] will ...". */
  private static String context(String text, int start, int end) {
    return text.substring(Math.max(0, start - 70), start).replace('\n', ' ') + "[" + text.substring(start, end) + "]"
        + text.substring(end, Math.min(text.length(), end + 50)).replace('\n', ' ');
  }

  /** Out-of-fold errors at the chosen model: the training data's own false positives and misses, with context. */
  private static void printErrors(List<double[]> predictions, List<String> contexts, double threshold) {
    for (boolean government : new boolean[] {false, true}) {
      System.out.println(government ? "misses (labelled government, predicted place):"
          : "false positives (labelled place, predicted government):");
      for (int i = 0; i < predictions.size(); i++) {
        double[] p = predictions.get(i);
        if ((p[1] == 1) == government && (p[0] >= threshold) != government) {
          System.out.printf(Locale.ROOT, "  %.2f %s %s%n", p[0], p[2] == 1 ? "full  " : "subset", contexts.get(i));
        }
      }
    }
  }

  private static LogisticRegressionModel fit(Dataset<Row> data, double regularisation) {
    return new LogisticRegression().setFeaturesCol("vector").setLabelCol("label").setRegParam(regularisation)
        .setElasticNetParam(0).setStandardization(false).setMaxIter(200).fit(data);
  }

  private static double probability(LogisticRegressionModel model, Vector vector) {
    double z = model.intercept();
    double[] w = model.coefficients().toArray();
    for (int i : vector.toSparse().indices()) {
      z += w[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Precision, recall and F1 of government (probability at or above the threshold) against the labels. */
  static double[] scores(List<double[]> predictions, double threshold) {
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (double[] p : predictions) {
      boolean predicted = p[0] >= threshold;
      boolean actual = p[1] == 1;
      tp += predicted && actual ? 1 : 0;
      fp += predicted && !actual ? 1 : 0;
      fn += !predicted && actual ? 1 : 0;
    }
    double precision = tp / Math.max(1, tp + fp);
    double recall = tp / Math.max(1, tp + fn);
    return new double[] {precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)};
  }
}
