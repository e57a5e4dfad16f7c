package org.liveblog.analytics.topics.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.actors.matching.AliasMatcher;
import org.liveblog.analytics.topics.TopicFixtures;

/** The tagger on sentences written for the test: weights, thresholds, exclusions, case and tokenised text. */
class TopicTaggerTest {

  private final TopicTagger tagger = TopicTagger.of(TopicFixtures.taxonomy());
  private final TopicScores scores = tagger.newScores();
  private final AliasMatcher.Matches matches = new AliasMatcher.Matches();

  /** Topic → score, best first. */
  private Map<String, Double> tag(String text) {
    tagger.tag(text, scores, matches);
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < scores.size(); i++) {
      out.put(tagger.topicId(scores.topic(i)), scores.score(i));
    }
    return out;
  }

  @Test
  void aPhraseOfWeightOneTagsAloneAndWeakPhrasesNeedCompany() {
    assertThat(tag("Engineers repaired the power grid overnight.")).containsExactly(Map.entry("energy", 1.0));
    assertThat(tag("Fuel is expensive.")).isEmpty();
    assertThat(tag("Fuel for heating is expensive.")).containsExactly(Map.entry("energy", 1.0));
    assertThat(tag("The summit opened; talks went on late.")).containsExactly(Map.entry("diplomacy", 1.5));
  }

  @Test
  void aPhraseCountsOncePerEntryHowEverOftenItOccurs() {
    assertThat(tag("Talks, more talks and talks again.")).isEmpty();
    tagger.tag("Gas, gas and more gas; the power grid too.", scores, matches);
    assertThat(scores.size()).isEqualTo(1);
    assertThat(scores.score(0)).isEqualTo(2.0);
    assertThat(scores.hits(0)).isEqualTo(4);
  }

  @Test
  void anExclusionVetoesOrDiscountsItsTopicsPhrasesInsideIt() {
    assertThat(tag("The model was tuned with a grid search.")).containsExactly(Map.entry("machine_learning", 1.0));
    // A gas station counts half, so gas there needs company.
    assertThat(tag("They met at a gas station.")).isEmpty();
    assertThat(tag("They met at a gas station; fuel was short.")).containsEntry("energy", 1.0);
    // Found outside the exclusion too, the phrase counts at its best.
    assertThat(tag("A gas station ran dry as gas supplies fell.")).containsExactly(Map.entry("energy", 1.0));
    // The exclusion of energy does not hide the protest phrase it shares its words with.
    assertThat(tag("Police fired tear gas at protesters.")).containsExactly(Map.entry("protests", 2.0));
    assertThat(tag("Police fired tear gas.")).containsExactly(Map.entry("protests", 1.0));
  }

  @Test
  void theLongestPhraseWinsAcrossTopics() {
    assertThat(tag("Shelling near the nuclear power plant continued.")).containsExactly(Map.entry("energy", 1.0));
    assertThat(tag("Nuclear warheads were moved.")).containsExactly(Map.entry("nuclear", 1.5));
  }

  @Test
  void anAcronymWithCapitalsMatchesOnlyAsWrittenAndNotInLowerCasedText() {
    assertThat(tag("The WHO warned of an outbreak.")).containsExactly(Map.entry("health", 1.0));
    assertThat(tag("Officials, who spoke late, warned of an outbreak.")).isEmpty();
    assertThat(tag("the who warned of an outbreak .")).isEmpty();
  }

  @Test
  void lowerCasedTokenisedTextMatchesSplitCliticsAndHyphens() {
    assertThat(tag("the cease - fire held , and russia 's envoy arrived .")).containsExactly(Map.entry("diplomacy", 2.0));
    assertThat(tag("The cease-fire held and Russia’s envoy arrived.")).containsExactly(Map.entry("diplomacy", 2.0));
    assertThat(tag("THE CEASEFIRE HELD.")).containsExactly(Map.entry("diplomacy", 1.0));
  }

  @Test
  void topicsComeBestFirstWithTheirEvidence() {
    tagger.tag("Gas and the power grid; a hospital treated protesters hit by tear gas; vaccine.", scores, matches);
    assertThat(scores.size()).isEqualTo(3);
    assertThat(tagger.topicId(scores.topic(0))).isEqualTo("energy");
    assertThat(scores.score(0)).isCloseTo(2.0, within(1e-12));
    int[] evidence = scores.evidence(0, 5, tagger);
    assertThat(java.util.Arrays.stream(evidence).mapToObj(tagger::phraseText)).containsExactly("power grid", "gas");
    // Equal scores keep taxonomy order.
    assertThat(tagger.topicId(scores.topic(1))).isEqualTo("protests");
    assertThat(scores.score(1)).isEqualTo(2.0);
    assertThat(tagger.topicId(scores.topic(2))).isEqualTo("health");
    assertThat(scores.score(2)).isEqualTo(1.5);
    assertThat(java.util.Arrays.stream(scores.evidence(2, 1, tagger)).mapToObj(tagger::phraseText))
        .containsExactly("vaccine");
  }

  @Test
  void aHigherThresholdKeepsOnlyStrongerTopics() {
    TopicTagger strict = TopicTagger.of(TopicFixtures.taxonomy(), 2.0);
    TopicScores s = strict.newScores();
    strict.tag("The summit opened; talks went on late. Gas and the power grid.", s, matches);
    assertThat(s.size()).isEqualTo(1);
    assertThat(strict.topicId(s.topic(0))).isEqualTo("energy");
  }

  @Test
  void tokenisedVariantsSplitCliticsAndHyphens() {
    assertThat(TokenisedVariants.of("russia's envoy")).containsExactly("russia 's envoy");
    assertThat(TokenisedVariants.of("don't")).containsExactly("do n't");
    assertThat(TokenisedVariants.of("cease-fire")).containsExactly("cease - fire");
    assertThat(TokenisedVariants.of("russia's cease-fire")).containsExactly("russia 's cease-fire", "russia 's cease - fire");
    assertThat(TokenisedVariants.of("summit")).isEmpty();
  }
}
