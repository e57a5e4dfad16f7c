package org.liveblog.analytics.eval;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.liveblog.analytics.stage.SparkSessions;
import org.liveblog.analytics.stance.model.SentenceEncoder;
import org.liveblog.analytics.stance.model.StanceColumns;
import org.liveblog.analytics.stance.model.StanceEvaluation;
import org.liveblog.analytics.stance.model.StanceModel;
import org.liveblog.analytics.stance.model.StanceModelSettings;
import org.liveblog.analytics.stance.model.VaderLexiconFeatures;

/**
 * Trains and evaluates {@link StanceModel} on IBM ArgKP (../shared/data/stance-ibm-argkp, CDLA-Sharing 1.0; read at
 * run time, never copied): each argument is a statement toward its debate topic. The text is the topic, ". ", then
 * the argument; the target span is the topic; there is no source span (the arguer is not in the text); pro is
 * positive and con negative. ArgKP has no neutral statements, so the model's neutral class has no training examples
 * and macro-F1 averages over the classes present (negative and positive). Train on the train split (24 topics, with
 * cross-validation over arguments), evaluate on dev (4 other topics) and test (3 others): a cross-topic test.
 * Usage: tools/eval/run-argkp-stance.sh [models dir] [variant ...], variants ngrams, lexicon, encoder-mean,
 * encoder-spans.
 */
public final class ArgKpStanceEvaluation {

  private ArgKpStanceEvaluation() {}

  public static void main(String[] args) {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared/data");
    Path argKp = shared.resolve("stance-ibm-argkp");
    if (!Files.isDirectory(argKp)) {
      System.out.println("SKIPPED: " + argKp + " is absent; the ArgKP stance evaluation reads it");
      return;
    }
    String modelsDir = args.length > 1 ? args[1] : "/tmp/stance-models-argkp";
    List<String> variants = args.length > 2 ? List.of(args).subList(2, args.length)
        : List.of("ngrams", "lexicon", "encoder-mean", "encoder-spans");
    SparkSession spark = SparkSessions.configured(SparkSession.builder())
        .master("local[2]").appName("argkp-stance")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC").getOrCreate();
    VaderLexiconFeatures lexicon = VaderLexiconFeatures.read(shared.resolve("vader-lexicon/vader_lexicon.txt"));
    Dataset<Row> train = split(spark, argKp, "train");
    Dataset<Row> dev = split(spark, argKp, "dev");
    Dataset<Row> test = split(spark, argKp, "test");
    for (Dataset<Row> split : List.of(train, dev, test)) {
      System.out.println(split.groupBy("split", "label").count().orderBy("label").collectAsList());
    }
    List<String> summary = new ArrayList<>();
    for (String variant : variants) {
      StanceModelSettings settings = switch (variant) {
        case "ngrams", "lexicon" -> StanceModelSettings.defaults();
        case "encoder-mean" -> StanceModelSettings.defaults().withEncoder(true, SentenceEncoder.Pooling.MEAN);
        case "encoder-spans" -> StanceModelSettings.defaults().withEncoder(true, SentenceEncoder.Pooling.SPANS);
        default -> throw new IllegalArgumentException("unknown variant " + variant
            + ": expected ngrams, lexicon, encoder-mean or encoder-spans");
      };
      boolean withLexicon = !variant.equals("ngrams");
      System.out.println("\n== " + variant + ": " + settings + (withLexicon ? " + VADER stand-in features" : ""));
      long started = System.nanoTime();
      StanceModel model = StanceModel.train(withLexicon ? lexicon.withFeatures(train) : train, settings, modelsDir);
      double trainSeconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(Locale.ROOT, "trained in %.0f s: %s (%s), cross-validation macro-F1 per regParam/elasticNet"
          + " %s, chosen regParam %s%n", trainSeconds, model.version(), model.method(),
          model.manifest().gridResults(), model.manifest().regParam());
      started = System.nanoTime();
      StanceEvaluation onDev = model.evaluate(withLexicon ? lexicon.withFeatures(dev) : dev);
      StanceEvaluation onTest = model.evaluate(withLexicon ? lexicon.withFeatures(test) : test);
      double evaluateSeconds = (System.nanoTime() - started) / 1e9;
      System.out.println("dev (" + dev.count() + " arguments, 4 unseen topics):\n" + onDev.report());
      System.out.println("test (" + test.count() + " arguments, 3 unseen topics):\n" + onTest.report());
      summary.add(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.0f | %.0f | %s |", variant,
          model.manifest().cvMacroF1(), onDev.macroF1(), onDev.accuracy(), onTest.macroF1(), onTest.accuracy(),
          trainSeconds, evaluateSeconds, model.version()));
    }
    System.out.println("\n| variant | CV macro-F1 (train) | dev macro-F1 | dev accuracy | test macro-F1 | test accuracy "
        + "| train s | evaluate s | version |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    summary.forEach(System.out::println);
    spark.stop();
  }

  /** One split as statements: text = topic + ". " + argument, target = the topic, label from the stance. */
  static Dataset<Row> split(SparkSession spark, Path argKp, String split) {
    Path file = argKp.resolve("arguments_" + split + ".csv");
    Dataset<Row> arguments = spark.read().option("header", true).option("multiLine", true).option("escape", "\"")
        .csv(file.toString());
    for (String column : List.of("arg_id", "argument", "topic", "stance")) {
      if (!List.of(arguments.columns()).contains(column)) {
        throw new IllegalArgumentException(file + ": no column " + column + " (expected arg_id,argument,topic,stance)");
      }
    }
    return arguments
        .select(col("arg_id").as(StanceColumns.DOC_ID),
            concat(col("topic"), lit(". "), col("argument")).as(StanceColumns.TEXT),
            lit(null).cast(DataTypes.IntegerType).as(StanceColumns.SOURCE_START),
            lit(null).cast(DataTypes.IntegerType).as(StanceColumns.SOURCE_END),
            lit(0).as(StanceColumns.TARGET_START),
            length(col("topic")).as(StanceColumns.TARGET_END),
            when(col("stance").equalTo("1"), "positive").when(col("stance").equalTo("-1"), "negative")
                .as(StanceColumns.LABEL),
            lit(split).as(StanceColumns.SPLIT))
        .repartition(4);
  }
}
