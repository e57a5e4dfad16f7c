package org.liveblog.analytics.topics.taxonomy;

import java.util.List;

/**
 * A phrase that contains one of its topic's phrases without meaning the topic ("grid search" holds "grid"): where it
 * occurs, the topic's phrases inside it count only {@code factor} times their weight (0 vetoes them there).
 */
public record TopicExclusion(List<String> spellings, double factor) {

  public TopicExclusion {
    spellings = List.copyOf(spellings);
    if (spellings.isEmpty()) {
      throw new IllegalArgumentException("an exclusion needs at least one spelling");
    }
  }

  public String text() {
    return spellings.get(0);
  }
}
