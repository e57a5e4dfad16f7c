package org.liveblog.analytics.topics.model;

import java.io.Serializable;
import java.util.List;

/**
 * What a trained topic model is, saved next to its MLlib pipeline as {@code model.json}: its version (the name of its
 * folder), settings, vocabulary size, training and held-out entries, quality, and each topic's top terms.
 *
 * @param logPerplexity log perplexity bound per token on the held-out entries (lower is better); null without any
 */
public record TopicModelSummary(
    String version,
    TopicModelSettings settings,
    int vocabularySize,
    long trainingEntries,
    long heldOutEntries,
    Double logPerplexity,
    double meanCoherence,
    String trainedAt,
    double trainingSeconds,
    List<LearnedTopic> topics) implements Serializable {

  /** One learned topic: lda_NN, its label (three top terms), its top terms with probabilities, its NPMI coherence. */
  public record LearnedTopic(int index, String topicId, String label, List<String> terms, List<Double> termWeights,
      double coherence) implements Serializable {}

  public TopicModelSummary {
    topics = List.copyOf(topics);
  }
}
