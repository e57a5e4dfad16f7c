package org.liveblog.analytics.topics.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.topics.TopicFixtures;

/** The taxonomy format: what it reads, and every kind of broken file failing with file, line and field. */
class TaxonomyParserTest {

  private static Taxonomy parse(String text) {
    return Taxonomy.parse(text.getBytes(StandardCharsets.UTF_8), "t.jsonl");
  }

  private static void fails(String text, String message) {
    assertThatThrownBy(() -> parse(text)).isInstanceOf(InvalidTaxonomyException.class).hasMessageContaining(message);
  }

  @Test
  void readsTopicsWithSpellingsWeightsExclusionsAndComments() {
    Taxonomy taxonomy = TopicFixtures.taxonomy();
    assertThat(taxonomy.topics()).extracting(TaxonomyTopic::topicId)
        .containsExactly("energy", "nuclear", "diplomacy", "health", "protests", "machine_learning");
    TaxonomyTopic energy = taxonomy.topic("energy").orElseThrow();
    assertThat(energy.group()).isEqualTo("economy");
    assertThat(energy.phrases().get(0).spellings()).containsExactly("power grid", "electricity grid");
    assertThat(energy.phrases()).extracting(TopicPhrase::weight).containsExactly(1.0, 1.0, 1.0, 1.0, 0.5, 0.5);
    assertThat(energy.exclusions()).extracting(TopicExclusion::text, TopicExclusion::factor)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("grid search", 0.0),
            org.assertj.core.groups.Tuple.tuple("gas station", 0.5), org.assertj.core.groups.Tuple.tuple("tear gas", 0.0));
    assertThat(taxonomy.topic("nuclear").orElseThrow().group()).isNull();
    assertThat(taxonomy.contentHash()).hasSize(64);
  }

  @Test
  void writtenTopicsReadBackTheSame() {
    Taxonomy taxonomy = TopicFixtures.taxonomy();
    Taxonomy again = Taxonomy.parse(TaxonomyWriter.write(List.of("round trip"), taxonomy.topics()), "again");
    assertThat(again.topics()).isEqualTo(taxonomy.topics());
  }

  @Test
  void brokenLinesNameTheFileTheLineAndTheField() {
    fails("{\"topic_id\": \"a\", \"label\": \"A\", \"phrases\": {\"x\": 1}}\n{not json",
        "t.jsonl line 2: the line is not valid JSON");
    fails("[1, 2]", "t.jsonl line 1: the line is not a JSON object");
    fails("{\"topic_id\": \"a\", \"label\": \"A\", \"phrases\": {\"x\": 1}, \"colour\": \"red\"}",
        "t.jsonl line 1: colour: is not a field of a topic");
    fails("{\"topic_id\": \"Energy\", \"label\": \"A\", \"phrases\": {\"x\": 1}}",
        "t.jsonl line 1: topic_id: 'Energy' is not lower_snake_case");
    fails("{\"label\": \"A\", \"phrases\": {\"x\": 1}}", "t.jsonl line 1: topic_id: is missing");
    fails("{\"topic_id\": \"a\", \"label\": \" \", \"phrases\": {\"x\": 1}}", "label: is blank");
    fails("{\"topic_id\": \"a\", \"label\": \"A\"}", "t.jsonl line 1: phrases: is missing");
    fails("{\"topic_id\": \"a\", \"label\": \"A\", \"phrases\": {}}", "phrases: must be a non-empty object");
    fails("{\"topic_id\": \"a\", \"label\": \"A\", \"phrases\": {\"x\": 0}}", "phrases.x: weight 0.0 is not in (0, 10.0]");
    fails("{\"topic_id\": \"a\", \"label\": \"A\", \"phrases\": {\"x\": \"heavy\"}}", "phrases.x: must be a number");
    fails("{\"topic_id\": \"a\", \"label\": \"A\", \"phrases\": {\"x||y\": 1}}", "phrases.x||y: has an empty spelling");
    fails("{\"topic_id\": \"a\", \"label\": \"A\", \"phrases\": {\"'s\": 1}}",
        "must begin and end with a letter or digit");
    fails("{\"topic_id\": \"a\", \"label\": \"A\", \"phrases\": {\"Gas|gas\": 1, \"GAS|gas\": 1}}",
        "spelling 'gas' is already in phrases.Gas|gas");
    fails("{\"topic_id\": \"a\", \"label\": \"A\", \"phrases\": {\"x\": 1, \"x\": 2}}", "Duplicate field 'x'");
    fails("{\"topic_id\": \"a\", \"label\": \"A\", \"phrases\": {\"grid\": 1}, \"exclusions\": {\"grid search\": 1}}",
        "exclusions.grid search: factor 1.0 is not in [0, 1)");
    fails("{\"topic_id\": \"a\", \"label\": \"A\", \"phrases\": {\"grid\": 1}, \"exclusions\": {\"gridlock\": 0}}",
        "exclusions.gridlock: 'gridlock' contains none of the topic's phrases");
    fails("{\"topic_id\": \"a\", \"label\": \"A\", \"group\": \"Money\", \"phrases\": {\"x\": 1}}",
        "group: 'Money' is not lower_snake_case");
    fails("{\"topic_id\": \"a\", \"label\": \"A\", \"phrases\": {\"x\": 1}}\n\n"
        + "{\"topic_id\": \"a\", \"label\": \"B\", \"phrases\": {\"y\": 1}}",
        "t.jsonl line 3: topic_id: 'a' is already the id of the topic on line 1");
    fails("# only a comment\n\n", "t.jsonl: no topic in the file");
  }

  @Test
  void everyProblemIsListedNotOnlyTheFirst() {
    assertThatThrownBy(() -> parse("{\"topic_id\": \"A\", \"label\": \"A\", \"phrases\": {\"x\": -1}}\n[]"))
        .isInstanceOfSatisfying(InvalidTaxonomyException.class, e -> assertThat(e.problems()).containsExactly(
            "t.jsonl line 1: topic_id: 'A' is not lower_snake_case (a letter, then letters, digits or _; at most 64)",
            "t.jsonl line 1: phrases.x: weight -1.0 is not in (0, 10.0]",
            "t.jsonl line 2: the line is not a JSON object (one topic per line)"));
  }
}
