package org.liveblog.analytics.stance.score;

import java.util.List;

/**
 * The stance of one statement: {@code score} in [-1, 1], its {@code label} (negative, neutral, positive), a
 * {@code confidence} in [0, 1] that grows with the evidence, the cue words that decided it as written (each with its
 * modifiers, e.g. "not condemn"), and the linking verb's CAMEO code and Goldstein weight (null when there was none).
 */
public record StanceScore(double score, String label, double confidence, List<String> cues, String cameoCode,
    Double goldstein) {

  public static final String NEGATIVE = "negative";
  public static final String NEUTRAL = "neutral";
  public static final String POSITIVE = "positive";
}
