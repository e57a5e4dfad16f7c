package org.liveblog.analytics.stance.model;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.stage.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code stance evaluate}: scores labelled statements with a saved model and prints macro-F1, per-class precision,
 * recall and F1 and the confusion matrix, over all statements and per kind of text (cased, lower-cased).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Score labelled statements with a saved stance model; print macro-F1, per-class precision and"
        + " recall and the confusion matrix, overall and per kind of text.")
public final class EvaluateCommand implements Callable<Integer> {

  @Mixin
  LabelOptions input = new LabelOptions();

  @Option(names = "--model", paramLabel = "DIR", required = true,
      description = "A saved model's folder (.../stance-<hash>), as `stance train` printed it.")
  String model;

  @Override
  public Integer call() {
    if (input.split == null) {
      input.split = "test";
    }
    String problem = input.problem();
    if (problem != null) {
      System.err.println("liveblog stance evaluate: " + problem);
      return TrainCommand.BAD_INPUT;
    }
    SparkSession spark = SparkSessions.getOrCreate("liveblog stance evaluate");
    StanceModel loaded = StanceModel.load(model);
    Dataset<Row> statements = input.statements(spark).cache();
    System.out.println(loaded.version() + " (" + loaded.method() + ") on split " + input.split + ":");
    System.out.println(loaded.evaluate(statements).report());
    for (String kind : List.of(LabelledStatements.CASED, LabelledStatements.LOWER_CASED)) {
      Dataset<Row> ofKind = statements.filter(col("kind").equalTo(kind));
      if (!ofKind.isEmpty()) {
        System.out.println(kind + ":\n" + loaded.evaluate(ofKind).report());
      }
    }
    return 0;
  }
}
