package org.liveblog.analytics.stance.model;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.types.DataTypes;
import org.liveblog.analytics.schema.ColumnDef;
import org.liveblog.analytics.schema.InputColumns;

/**
 * The columns {@link StanceModel} reads and adds, declared once. Input: a text and its spans (code points; a span's
 * offsets both null when absent), for training and evaluation a label, and optionally the lexicon scorer's feature
 * vector. Every other input column passes through scoring untouched, so callers keep their keys.
 */
public final class StanceColumns {

  public static final String DOC_ID = "doc_id";
  public static final String TEXT = "text";
  public static final String SOURCE_START = "source_start";
  public static final String SOURCE_END = "source_end";
  public static final String TARGET_START = "target_start";
  public static final String TARGET_END = "target_end";
  public static final String LABEL = "label";
  public static final String SPLIT = "split";
  /**
   * Optional input: one vector per statement from the lexicon scorer, of the same length on every row (the model
   * records it and scoring checks it). Expected layout, for the CAMEO/Goldstein + VADER scorer: its per-statement
   * summaries as plain numbers, each on a comparable scale (e.g. Goldstein weights of the verbs between the spans
   * divided by 10, VADER compound scores in [-1, 1], counts or shares of cue and negation words), in a fixed order
   * that the scorer's version pins. {@link VaderLexiconFeatures} is a stand-in of that shape.
   */
  public static final String LEXICON_FEATURES = "lexicon_features";

  public static final String SCORE = "score";
  public static final String CONFIDENCE = "confidence";
  public static final String METHOD = "method";
  public static final String MODEL_VERSION = "model_version";

  /** The labels, in the order of the model's class indices and of its probability vector. */
  public static final List<String> LABELS = List.of("negative", "neutral", "positive");

  static final List<ColumnDef> STATEMENT = List.of(
      new ColumnDef(TEXT, DataTypes.StringType, false, "The sentence (or argument) holding the spans."),
      new ColumnDef(SOURCE_START, DataTypes.IntegerType, true, "Source span start, code points; null: no span."),
      new ColumnDef(SOURCE_END, DataTypes.IntegerType, true, "Source span end (exclusive), code points."),
      new ColumnDef(TARGET_START, DataTypes.IntegerType, true, "Target span start, code points; null: no span."),
      new ColumnDef(TARGET_END, DataTypes.IntegerType, true, "Target span end (exclusive), code points."));

  static final ColumnDef LABEL_COLUMN =
      new ColumnDef(LABEL, DataTypes.StringType, true, "negative, neutral or positive.");
  static final ColumnDef DOC_ID_COLUMN =
      new ColumnDef(DOC_ID, DataTypes.StringType, false, "The text's document: cross-validation folds keep it whole.");
  static final ColumnDef LEXICON_COLUMN =
      new ColumnDef(LEXICON_FEATURES, SQLDataTypes.VectorType(), false, "The lexicon scorer's features.");

  /** Columns the model adds while it works; an input that already has one is refused. */
  static final String WORK_PREFIX = "stance_";

  private StanceColumns() {}

  static void require(String operation, Dataset<?> input, List<ColumnDef> columns) {
    InputColumns.require(operation, input, columns);
  }

  static boolean has(Dataset<?> input, String column) {
    return Arrays.asList(input.columns()).contains(column);
  }
}
