package org.liveblog.analytics.topics.taxonomy;

import java.util.List;

/**
 * A phrase that marks a topic: its spellings (the first as written in the file, then the others, including the
 * tokenised variants derived from them) and the weight one occurrence or more adds to the entry's topic score.
 */
public record TopicPhrase(List<String> spellings, double weight) {

  public TopicPhrase {
    spellings = List.copyOf(spellings);
    if (spellings.isEmpty()) {
      throw new IllegalArgumentException("a phrase needs at least one spelling");
    }
  }

  /** The first spelling: how the phrase is named in evidence and reports. */
  public String text() {
    return spellings.get(0);
  }
}
