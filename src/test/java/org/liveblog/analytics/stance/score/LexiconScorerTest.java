package org.liveblog.analytics.stance.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;

/**
 * The lexicon scorer against values computed by hand from the shipped files: condemn is CAMEO 111 with Goldstein
 * -2.0, so its evidence is 0.4 × -2.0 = -0.8 VADER units, and a score is x / sqrt(x² + 15).
 */
class LexiconScorerTest {

  private final LexiconScorer scorer = new LexiconScorer(StanceLexicon.defaultLexicon());

  /** Scores the statement of the first mention about the second; mentions are the given surfaces, in text order. */
  private StanceScore score(String text, String source, String target) {
    int sourceAt = text.indexOf(source);
    int targetAt = text.indexOf(target, sourceAt + source.length());
    int[] starts = {sourceAt, targetAt};
    int[] ends = {sourceAt + source.length(), targetAt + target.length()};
    return scorer.score(text, starts, ends, 2, 0, 1);
  }

  @Test
  void aConflictVerbBetweenSourceAndTargetGivesItsGoldsteinWeight() {
    StanceScore s = score("Russia condemned Nato.", "Russia", "Nato");
    // x = 0.4 * -2.0 = -0.8; -0.8 / sqrt(0.64 + 15) = -0.202288694970
    assertThat(s.score()).isCloseTo(-0.202288694970, within(1e-12));
    assertThat(s.label()).isEqualTo("negative");
    assertThat(s.confidence()).isEqualTo(0.5);
    assertThat(s.cues()).containsExactly("condemned");
    assertThat(s.cameoCode()).isEqualTo("111");
    assertThat(s.goldstein()).isEqualTo(-2.0);
  }

  @Test
  void aNegationFlipsAndDampsTheCue() {
    StanceScore s = score("Russia did not condemn Nato.", "Russia", "Nato");
    // x = -0.8 * -0.74 = 0.592; 0.592 / sqrt(0.350464 + 15) = 0.151098778333
    assertThat(s.score()).isCloseTo(0.151098778333, within(1e-12));
    assertThat(s.label()).isEqualTo("positive");
    assertThat(s.cues()).containsExactly("not condemn");
  }

  @Test
  void aBoosterRaisesTheMagnitude() {
    StanceScore s = score("Russia strongly condemned Nato.", "Russia", "Nato");
    // x = -0.8 - 0.293 = -1.093; -1.093 / sqrt(1.194649 + 15) = -0.271602893364
    assertThat(s.score()).isCloseTo(-0.271602893364, within(1e-12));
    assertThat(s.cues()).containsExactly("strongly condemned");
  }

  @Test
  void aHedgeHalvesTheCueAndLowersTheConfidence() {
    StanceScore s = score("Russia may condemn Nato.", "Russia", "Nato");
    // x = -0.8 * 0.5 = -0.4; -0.4 / sqrt(0.16 + 15) = -0.102733099388; confidence 0.5 * 0.75
    assertThat(s.score()).isCloseTo(-0.102733099388, within(1e-12));
    assertThat(s.confidence()).isEqualTo(0.375);
    assertThat(s.cues()).containsExactly("may condemn");
  }

  @Test
  void lowerCasedTokenisedTextReadsTheSame() {
    StanceScore s = score("russia did n't condemn nato .", "russia", "nato");
    assertThat(s.score()).isCloseTo(0.151098778333, within(1e-12));
    assertThat(s.cues()).containsExactly("n't condemn");
    StanceScore cased = score("Russia didn’t condemn Nato.", "Russia", "Nato");
    assertThat(cased.score()).isCloseTo(0.151098778333, within(1e-12));
  }

  @Test
  void aVerbAndASentimentWordAddUpAndAgree() {
    StanceScore s = score("Russia accused Nato of reckless behaviour.", "Russia", "Nato");
    // accused: 112, Goldstein -2.0 -> -0.8; reckless: VADER -1.7; x = -2.5; -2.5 / sqrt(6.25 + 15) = -0.542326144547
    assertThat(s.score()).isCloseTo(-0.542326144547, within(1e-12));
    // two cues that agree: (1 - 0.25) * 2.5 / 2.5
    assertThat(s.confidence()).isCloseTo(0.75, within(1e-12));
    assertThat(s.cues()).containsExactly("accused", "reckless");
  }

  @Test
  void aSentenceWithoutCueIsNeutralWithoutConfidence() {
    StanceScore s = score("Russia and Nato officials were in Geneva on Tuesday.", "Russia", "Nato");
    assertThat(s.score()).isZero();
    assertThat(s.label()).isEqualTo("neutral");
    assertThat(s.confidence()).isZero();
    assertThat(s.cues()).isEmpty();
    assertThat(s.cameoCode()).isNull();
  }

  @Test
  void aReportingVerbIsNoStanceAndAVerbAfterTheTargetIsTheTargetsOwn() {
    StanceScore said = score("Nato said Russia had moved troops.", "Nato", "Russia");
    assertThat(said.cameoCode()).isNull();
    assertThat(said.score()).isZero();
    // A quote without a source mention: "expanding" (CAMEO 060, +6.0) is Nato's action, not a stance toward it.
    String quote = "It is Nato that keeps expanding.";
    int at = quote.indexOf("Nato");
    StanceScore own = scorer.score(quote, new int[] {at}, new int[] {at + 4}, 1, -1, 0);
    assertThat(own.cameoCode()).isNull();
    assertThat(own.label()).isEqualTo("neutral");
  }

  @Test
  void aClauseConjunctionEndsTheWindow() {
    String text = "Ukraine thanked Britain, while Russia condemned Britain.";
    int[] starts = {0, text.indexOf("Britain"), text.indexOf("Russia"), text.lastIndexOf("Britain")};
    int[] ends = {starts[0] + 7, starts[1] + 7, starts[2] + 6, starts[3] + 7};
    StanceScore thanks = scorer.score(text, starts, ends, 4, 0, 1);
    // thanked: 051, Goldstein 3.4 -> 1.36; "condemned" is in the next clause.
    assertThat(thanks.score()).isCloseTo(0.331317297824, within(1e-12));
    assertThat(thanks.cues()).containsExactly("thanked");
  }
}
