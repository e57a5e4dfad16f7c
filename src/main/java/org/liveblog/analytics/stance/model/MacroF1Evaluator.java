package org.liveblog.analytics.stance.model;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.ml.evaluation.Evaluator;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Macro-F1 of a fold's predictions for {@code CrossValidator}: MLlib's multiclass evaluator offers weighted F1 only,
 * which lets a model that ignores a small class look good; the stance classes are far from balanced in news.
 */
final class MacroF1Evaluator extends Evaluator {
  private static final long serialVersionUID = 1L;

  private final String uid;
  private final String labelColumn;
  private final String predictionColumn;

  MacroF1Evaluator(String labelColumn, String predictionColumn) {
    this(Identifiable.randomUID("stanceMacroF1"), labelColumn, predictionColumn);
  }

  private MacroF1Evaluator(String uid, String labelColumn, String predictionColumn) {
    this.uid = uid;
    this.labelColumn = labelColumn;
    this.predictionColumn = predictionColumn;
  }

  @Override
  public double evaluate(Dataset<?> predictions) {
    return evaluation(predictions, labelColumn, predictionColumn).macroF1();
  }

  /** The confusion of two class-index columns (at most 3 × 3 groups reach the driver). */
  static StanceEvaluation evaluation(Dataset<?> predictions, String goldColumn, String predictedColumn) {
    int k = StanceColumns.LABELS.size();
    long[][] confusion = new long[k][k];
    for (Row row : predictions.groupBy(col(goldColumn).cast("int").as("gold"),
        col(predictedColumn).cast("int").as("predicted")).count().collectAsList()) {
      int gold = row.<Integer>getAs("gold");
      int predicted = row.<Integer>getAs("predicted");
      confusion[gold][predicted] = row.<Long>getAs("count");
    }
    return new StanceEvaluation(confusion);
  }

  @Override
  public boolean isLargerBetter() {
    return true;
  }

  @Override
  public String uid() {
    return uid;
  }

  @Override
  public Evaluator copy(ParamMap extra) {
    return new MacroF1Evaluator(uid, labelColumn, predictionColumn);
  }
}
