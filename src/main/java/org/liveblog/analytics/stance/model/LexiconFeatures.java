package org.liveblog.analytics.stance.model;

import java.util.List;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.liveblog.analytics.stance.extract.CodePoints;
import org.liveblog.analytics.stance.score.LexiconScorer;
import org.liveblog.analytics.stance.score.StanceScore;

/**
 * The lexicon scorer's ({@link LexiconScorer}) result as the model's {@code lexicon_features}: the same numbers
 * whether the statement comes from the labels (scored on the driver) or from the pipeline's candidates (scored by
 * {@code LexiconScoring}), so that a model trained on one scores the other. {@link #NAMES} is the layout; its length
 * is what the model's manifest records.
 */
public final class LexiconFeatures {

  /** The vector's entries, in order. */
  public static final List<String> NAMES = List.of(
      "score",            // the lexicon score in [-1, 1]
      "confidence",       // its confidence in [0, 1]
      "goldstein",        // the linking verb's Goldstein weight / 10, 0 without a verb
      "has_verb",         // 1 when a CAMEO verb linked source and target
      "log_cues",         // ln(1 + number of cues)
      "negative",         // 1 when the lexicon's label is negative
      "positive");        // 1 when it is positive

  private LexiconFeatures() {}

  /** The vector of one lexicon result. */
  public static Vector of(double score, double confidence, Double goldstein, int cues, String label) {
    return Vectors.dense(score, confidence, goldstein == null ? 0.0 : goldstein / 10.0, goldstein == null ? 0.0 : 1.0,
        Math.log1p(cues), StanceScore.NEGATIVE.equals(label) ? 1.0 : 0.0,
        StanceScore.POSITIVE.equals(label) ? 1.0 : 0.0);
  }

  public static Vector of(StanceScore stance) {
    return of(stance.score(), stance.confidence(), stance.goldstein(), stance.cues().size(), stance.label());
  }

  /**
   * Scores one statement with {@code scorer}, its mentions given as code-point offsets into {@code text} (as the
   * tables and the labels give them); {@code source} is -1 when the source is not named in the text.
   */
  public static StanceScore score(LexiconScorer scorer, String text, int[] starts, int[] ends, int source,
      int target) {
    boolean bmp = CodePoints.isBmpOnly(text);
    int[] s = starts.clone();
    int[] e = ends.clone();
    if (!bmp) {
      for (int m = 0; m < s.length; m++) {
        s[m] = CodePoints.toUtf16(text, s[m], false);
        e[m] = CodePoints.toUtf16(text, e[m], false);
      }
    }
    return scorer.score(text, s, e, s.length, source, target);
  }
}
