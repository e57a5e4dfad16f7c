package org.liveblog.analytics.topics.taxonomy;

import java.util.List;

/** One topic of a taxonomy: id, label, optional group and description, its phrases and its exclusions. */
public record TaxonomyTopic(
    String topicId,
    String label,
    String group,
    String description,
    List<TopicPhrase> phrases,
    List<TopicExclusion> exclusions) {

  public TaxonomyTopic {
    phrases = List.copyOf(phrases);
    exclusions = List.copyOf(exclusions);
  }
}
