package org.liveblog.analytics.topics.model;

import java.io.Serializable;

/**
 * Settings of the learned topic model, validated on construction with messages that name the setting.
 *
 * @param topics                number of topics k
 * @param maxIterations         iterations of the online optimiser (each reads one mini-batch)
 * @param miniBatchFraction     share of the training entries each iteration samples
 * @param vocabularySize        most frequent terms kept
 * @param minDocumentFrequency  a term must occur in at least this many entries (a count when at least 1, else a share)
 * @param maxDocumentFrequency  and in at most this share of entries (a share when at most 1, else a count)
 * @param heldOutShare          share of entries (by a hash of entry_key) held out for the perplexity
 * @param seed                  seed of the optimiser: the same data and settings give the same model
 * @param topTerms              terms that describe a topic, and whose coherence is measured
 * @param minWeight             smallest topic weight in an entry that makes an entry_topics row
 */
public record TopicModelSettings(
    int topics,
    int maxIterations,
    double miniBatchFraction,
    int vocabularySize,
    double minDocumentFrequency,
    double maxDocumentFrequency,
    double heldOutShare,
    long seed,
    int topTerms,
    double minWeight) implements Serializable {

  public static final int DEFAULT_TOPICS = 20;
  public static final int DEFAULT_MAX_ITERATIONS = 60;
  public static final double DEFAULT_MINI_BATCH_FRACTION = 0.2;
  public static final int DEFAULT_VOCABULARY_SIZE = 20_000;
  public static final double DEFAULT_MIN_DOCUMENT_FREQUENCY = 5;
  public static final double DEFAULT_MAX_DOCUMENT_FREQUENCY = 0.3;
  public static final double DEFAULT_HELD_OUT_SHARE = 0.1;
  public static final long DEFAULT_SEED = 7;
  public static final int DEFAULT_TOP_TERMS = 10;
  public static final double DEFAULT_MIN_WEIGHT = 0.1;

  public TopicModelSettings {
    require(topics >= 2 && topics <= 1000, "topics (k) must be between 2 and 1000, got " + topics);
    require(maxIterations >= 1 && maxIterations <= 10_000, "max iterations must be between 1 and 10000, got "
        + maxIterations);
    require(miniBatchFraction > 0 && miniBatchFraction <= 1,
        "mini-batch fraction must be in (0, 1], got " + miniBatchFraction);
    require(vocabularySize >= 2, "vocabulary size must be at least 2, got " + vocabularySize);
    require(minDocumentFrequency >= 0, "min document frequency must not be negative, got " + minDocumentFrequency);
    require(maxDocumentFrequency > 0, "max document frequency must be positive, got " + maxDocumentFrequency);
    require(heldOutShare >= 0 && heldOutShare < 0.5, "held-out share must be in [0, 0.5), got " + heldOutShare);
    require(topTerms >= 2 && topTerms <= 100, "top terms must be between 2 and 100, got " + topTerms);
    require(minWeight > 0 && minWeight <= 1, "min weight must be in (0, 1], got " + minWeight);
  }

  public static TopicModelSettings defaults() {
    return withTopics(DEFAULT_TOPICS);
  }

  /** The defaults with another k. */
  public static TopicModelSettings withTopics(int k) {
    return new TopicModelSettings(k, DEFAULT_MAX_ITERATIONS, DEFAULT_MINI_BATCH_FRACTION, DEFAULT_VOCABULARY_SIZE,
        DEFAULT_MIN_DOCUMENT_FREQUENCY, DEFAULT_MAX_DOCUMENT_FREQUENCY, DEFAULT_HELD_OUT_SHARE, DEFAULT_SEED,
        DEFAULT_TOP_TERMS, DEFAULT_MIN_WEIGHT);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException("topic model: " + message);
    }
  }
}
