package org.liveblog.analytics.topics.taxonomy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes topics in the taxonomy format (one JSON object per line, after optional {@code #} comment lines). */
public final class TaxonomyWriter {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TaxonomyWriter() {}

  /** The file's bytes: each comment line prefixed with "# ", then one line per topic. */
  public static byte[] write(List<String> comments, List<TaxonomyTopic> topics) {
    StringBuilder out = new StringBuilder();
    for (String comment : comments) {
      for (String line : comment.split("\n", -1)) {
        out.append("# ").append(line).append('\n');
      }
    }
    for (TaxonomyTopic topic : topics) {
      out.append(line(topic)).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String line(TaxonomyTopic topic) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("topic_id", topic.topicId());
    node.put("label", topic.label());
    if (topic.group() != null) {
      node.put("group", topic.group());
    }
    if (topic.description() != null) {
      node.put("description", topic.description());
    }
    Map<String, Double> phrases = new LinkedHashMap<>();
    topic.phrases().forEach(p -> phrases.put(String.join("|", p.spellings()), p.weight()));
    node.put("phrases", phrases);
    if (!topic.exclusions().isEmpty()) {
      Map<String, Double> exclusions = new LinkedHashMap<>();
      topic.exclusions().forEach(e -> exclusions.put(String.join("|", e.spellings()), e.factor()));
      node.put("exclusions", exclusions);
    }
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write topic " + topic.topicId(), e);
    }
  }
}
