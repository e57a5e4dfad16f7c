package org.liveblog.analytics.topics.tagging;

import java.util.Arrays;

/**
 * A reusable buffer for one {@link TopicTagger}: the per-phrase and per-topic accumulators of one entry (primitive
 * arrays, reset only where touched) and the topics the last {@link TopicTagger#tag} call found, best first.
 */
public final class TopicScores {

  // Per phrase: the best factor seen in this entry (-1: not seen) and its occurrences at a factor above 0.
  final double[] bestFactor;
  final int[] occurrences;
  final int[] touchedPhrases;
  int touchedPhraseCount;
  // Per topic: the score so far, and occurrences.
  final double[] topicScore;
  final int[] topicHits;
  final int[] touchedTopics;
  int touchedTopicCount;
  // The result: topic indices, in decreasing score.
  private final int[] found;
  private int size;

  TopicScores(int phrases, int topics) {
    bestFactor = new double[phrases];
    Arrays.fill(bestFactor, -1);
    occurrences = new int[phrases];
    touchedPhrases = new int[phrases];
    topicScore = new double[topics];
    topicHits = new int[topics];
    touchedTopics = new int[topics];
    found = new int[topics];
  }

  /** Topics that passed the threshold. */
  public int size() {
    return size;
  }

  /** The i-th topic found (an index into {@link TopicTagger#topicId}), in decreasing score. */
  public int topic(int i) {
    return found[i];
  }

  /** Its score: the sum over its distinct phrases found of weight times the best factor they were found at. */
  public double score(int i) {
    return topicScore[found[i]];
  }

  /** Occurrences of its phrases that counted (outside a vetoing exclusion). */
  public int hits(int i) {
    return topicHits[found[i]];
  }

  /**
   * The phrases that gave the i-th topic its score (indices into {@link TopicTagger#phraseText}), largest contribution
   * first, at most {@code limit}; for the evidence column, so allocated only for topics that are output.
   */
  public int[] evidence(int i, int limit, TopicTagger tagger) {
    int topic = found[i];
    int[] phrases = new int[touchedPhraseCount];
    int n = 0;
    for (int k = 0; k < touchedPhraseCount; k++) {
      int p = touchedPhrases[k];
      if (tagger.phraseTopic(p) == topic && contribution(p, tagger) > 0) {
        phrases[n++] = p;
      }
    }
    Integer[] boxed = new Integer[n];
    for (int k = 0; k < n; k++) {
      boxed[k] = phrases[k];
    }
    Arrays.sort(boxed, (a, b) -> {
      int byContribution = Double.compare(contribution(b, tagger), contribution(a, tagger));
      return byContribution != 0 ? byContribution : Integer.compare(a, b);
    });
    int[] out = new int[Math.min(limit, n)];
    for (int k = 0; k < out.length; k++) {
      out[k] = boxed[k];
    }
    return out;
  }

  private double contribution(int phrase, TopicTagger tagger) {
    return tagger.phraseWeight(phrase) * bestFactor[phrase];
  }

  void clearResult() {
    size = 0;
  }

  void add(int topic) {
    found[size++] = topic;
  }

  /** Sorts the result by decreasing score, then topic index, so that output does not depend on the text order. */
  void sortResult() {
    for (int i = 1; i < size; i++) {
      int t = found[i];
      int j = i - 1;
      while (j >= 0 && before(t, found[j])) {
        found[j + 1] = found[j];
        j--;
      }
      found[j + 1] = t;
    }
  }

  private boolean before(int a, int b) {
    return topicScore[a] > topicScore[b] || (topicScore[a] == topicScore[b] && a < b);
  }
}
