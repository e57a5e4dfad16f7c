package org.liveblog.analytics.topics.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.actors.matching.AliasMatcher;
import org.liveblog.analytics.generate.CorpusGenerator;
import org.liveblog.analytics.generate.GeneratorSettings;
import org.liveblog.analytics.generate.GroundTruth;
import org.liveblog.analytics.topics.PlantedTopics;
import org.liveblog.analytics.topics.tagging.TopicScores;
import org.liveblog.analytics.topics.tagging.TopicTagger;

/** The shipped taxonomy: it loads, is broad enough, covers the generator's topics and reads both text styles. */
class DefaultTaxonomyTest {

  private final Taxonomy taxonomy = Taxonomy.defaultTaxonomy();
  private final TopicTagger tagger = TopicTagger.of(taxonomy);
  private final TopicScores scores = tagger.newScores();
  private final AliasMatcher.Matches matches = new AliasMatcher.Matches();

  private Set<String> tag(String text) {
    tagger.tag(text, scores, matches);
    Set<String> topics = new java.util.TreeSet<>();
    for (int i = 0; i < scores.size(); i++) {
      topics.add(tagger.topicId(scores.topic(i)));
    }
    return topics;
  }

  @Test
  void itHasTheNewsTopicsALiveBlogNeeds() {
    assertThat(taxonomy.size()).isGreaterThanOrEqualTo(30);
    assertThat(taxonomy.topics()).extracting(TaxonomyTopic::topicId).contains("military", "nuclear_weapons",
        "sanctions", "energy", "diplomacy", "alliance_enlargement", "trade", "humanitarian", "refugees",
        "war_crimes", "elections", "economy", "cyber", "disinformation", "border_incidents", "terrorism", "protests",
        "health", "climate", "migration", "espionage", "prisoners", "food_security");
    assertThat(taxonomy.topics()).allSatisfy(t -> assertThat(t.group()).isNotNull());
    assertThat(taxonomy.contentHash()).hasSize(64);
  }

  @Test
  void everyPlantedKeywordPointsToItsTopicAndNoOther() {
    GroundTruth manifest = new CorpusGenerator(GeneratorSettings.of(10, 1)).manifest();
    List<String> misses = new ArrayList<>();
    for (GroundTruth.Topic planted : manifest.topics().topics()) {
      String expected = PlantedTopics.TAXONOMY_IDS.get(planted.id());
      assertThat(expected).as("mapping of planted topic " + planted.id()).isNotNull();
      for (String keyword : planted.keywords()) {
        // A keyword with a weaker weight still has to point to its topic, with another of the topic's keywords.
        Set<String> alone = tag("There was news about " + keyword + " today.");
        Set<String> withCompany = tag("There was news about " + keyword + " and "
            + planted.keywords().stream().filter(k -> !k.equals(keyword)).findFirst().orElseThrow() + " today.");
        if (!withCompany.equals(Set.of(expected)) || !(alone.isEmpty() || alone.equals(Set.of(expected)))) {
          misses.add(planted.id() + ": '" + keyword + "' alone " + alone + ", with another keyword " + withCompany);
        }
      }
    }
    assertThat(misses).isEmpty();
  }

  @Test
  void lowerCasedTokenisedTextReadsLikeCasedText() {
    Map<String, String> pairs = Map.of(
        "The cease-fire held as Russia's air defences shot down drones.",
        "the cease - fire held as russia 's air defenses shot down drones .",
        "Ministers agreed new sanctions on oil exports.",
        "ministers agreed new sanctions on oil exports .",
        "Hackers hit the power grid in a cyber-attack.",
        "hackers hit the power grid in a cyber - attack .");
    for (Map.Entry<String, String> pair : pairs.entrySet()) {
      assertThat(tag(pair.getValue())).as(pair.getValue()).isEqualTo(tag(pair.getKey())).isNotEmpty();
    }
    assertThat(tag("the ceasefire held as russian defence officials spoke .")).contains("diplomacy");
  }

  @Test
  void exclusionsKeepLookalikesOut() {
    assertThat(tag("Police fired tear gas at protesters.")).containsExactly("protests");
    assertThat(tag("Prices of sunflower oil rose after the harvest.")).containsExactly("food_security");
    assertThat(tag("A nuclear power plant lost its external power supply.")).containsExactly("energy");
    assertThat(tag("The deputies held a vote of no confidence in the cabinet.")).containsExactly("government");
    assertThat(tag("A think tank published a report.")).isEmpty();
    assertThat(tag("Nuclear warheads were moved to Belarus.").stream().collect(Collectors.toSet()))
        .containsExactly("nuclear_weapons");
  }
}
