package org.liveblog.analytics.topics;

import java.nio.charset.StandardCharsets;
import org.liveblog.analytics.topics.taxonomy.Taxonomy;

/** A small taxonomy written for the tests: overlapping phrases, weak phrases, exclusions, an acronym. */
public final class TopicFixtures {

  private TopicFixtures() {}

  public static final String TAXONOMY_TEXT = """
      # test taxonomy
      {"topic_id": "energy", "label": "Energy", "group": "economy", "phrases": {"power grid|electricity grid": 1, "grid": 1, "gas": 1, "nuclear power plant": 1, "fuel": 0.5, "heating": 0.5}, "exclusions": {"grid search": 0, "gas station": 0.5, "tear gas": 0}}
      {"topic_id": "nuclear", "label": "Nuclear weapons", "phrases": {"nuclear": 0.5, "warhead|warheads": 1}}
      {"topic_id": "diplomacy", "label": "Diplomacy", "phrases": {"cease-fire|ceasefire": 1, "talks": 0.5, "summit": 1, "russia's envoy": 1}}
      {"topic_id": "health", "label": "Health", "phrases": {"WHO": 1, "vaccine": 1, "hospital": 0.5}}
      {"topic_id": "protests", "label": "Protests", "phrases": {"tear gas": 1, "protesters": 1}}
      {"topic_id": "machine_learning", "label": "Machine learning", "phrases": {"grid search": 1}}
      """;

  public static Taxonomy taxonomy() {
    return Taxonomy.parse(TAXONOMY_TEXT.getBytes(StandardCharsets.UTF_8), "test-taxonomy.jsonl");
  }
}
