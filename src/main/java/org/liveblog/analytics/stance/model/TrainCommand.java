package org.liveblog.analytics.stance.model;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.stage.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code stance train}: fits the stance model on labelled statements (n-gram TF-IDF of the span-marked text, the
 * lexicon scorer's features, optionally the encoder), cross-validated on macro-F1 with folds by document, saves it
 * under {@code <models>/stance-<content hash>} and prints the cross-validation results and the folder.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Fit the stance model on labelled statements with cross-validation (folds by document) and save it"
        + " under its content hash (docs/STANCE-MODEL.md). Prints macro-F1 per regularisation and the model folder.")
public final class TrainCommand implements Callable<Integer> {

  static final int BAD_INPUT = 2;

  @Mixin
  LabelOptions input = new LabelOptions();

  @Option(names = "--models", paramLabel = "DIR", required = true,
      description = "Folder to save the model in (local, hdfs:// or s3a://).")
  String models;

  @Option(names = "--encoder", description = "Add the sentence encoder (all-MiniLM-L6-v2) vector as features.")
  boolean encoder;

  @Option(names = "--pooling", paramLabel = "MEAN|SPANS", defaultValue = "MEAN",
      description = "Encoder pooling: MEAN over every token or SPANS over the marked spans; default: ${DEFAULT-VALUE}.")
  SentenceEncoder.Pooling pooling;

  @Option(names = "--folds", paramLabel = "N", defaultValue = "3", description = "Cross-validation folds.")
  int folds;

  @Override
  public Integer call() {
    if (input.split == null) {
      input.split = "train";
    }
    String problem = input.problem();
    if (problem != null) {
      System.err.println("liveblog stance train: " + problem);
      return BAD_INPUT;
    }
    StanceModelSettings defaults = StanceModelSettings.defaults();
    StanceModelSettings settings = defaults.withEncoder(encoder, pooling).withCrossValidation(folds, defaults.seed(),
        defaults.regParams(), defaults.elasticNetParams());
    SparkSession spark = SparkSessions.getOrCreate("liveblog stance train");
    Dataset<Row> statements = input.statements(spark).cache();
    long started = System.nanoTime();
    StanceModel model = StanceModel.train(statements, settings, models);
    System.out.printf(Locale.ROOT, "trained on %d statements (split %s) in %.0f s: %s%n", statements.count(),
        input.split, (System.nanoTime() - started) / 1e9, settings);
    System.out.println("cross-validation macro-F1 per regParam/elasticNetParam/class weights: "
        + model.manifest().gridResults());
    System.out.printf(Locale.ROOT, "chosen regParam %s, class weights %s, macro-F1 %.3f%n",
        model.manifest().regParam(), model.manifest().classWeights(),
        model.manifest().cvMacroF1());
    System.out.println("saved " + models.replaceAll("/+$", "") + "/" + model.version() + " (" + model.method() + ")");
    return 0;
  }
}
