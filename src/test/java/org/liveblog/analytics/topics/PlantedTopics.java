package org.liveblog.analytics.topics;

import java.util.Map;

/**
 * How the generator's planted topics ({@code manifest.json} topics) map onto the default taxonomy: by id where the
 * ids agree, and grain_exports to the broader food_security (docs/TOPICS.md).
 */
public final class PlantedTopics {

  private PlantedTopics() {}

  public static final Map<String, String> TAXONOMY_IDS = Map.of(
      "energy", "energy",
      "sanctions", "sanctions",
      "diplomacy", "diplomacy",
      "military", "military",
      "humanitarian", "humanitarian",
      "grain_exports", "food_security");
}
