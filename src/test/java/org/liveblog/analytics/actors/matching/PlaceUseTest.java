package org.liveblog.analytics.actors.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The features read around a metonym, on sentences written for the test (cased and tokenised lower case). */
class PlaceUseTest {

  private static List<String> features(String sentence, String metonym, boolean city) {
    int start = sentence.indexOf(metonym);
    return PlaceUse.features(sentence, start, start + metonym.length(), city);
  }

  @Test
  void kindWordAndNeighbours() {
    assertThat(features("Talks were held in Moscow today.", "Moscow", true))
        .contains("kind=city", "w=moscow", "p1=in", "n1=today", "p2=held_in", "LOCATIVE", "LOCATIVE|city");
    // "the" belongs to the seat's surface; an article before a city is skipped to reach the word before it.
    assertThat(features("they met at the White House", "the White House", false))
        .contains("kind=seat", "w=white house", "p1=at", "n1=", "LOCATIVE|seat");
    assertThat(features("some sections of the kiev authorities", "kiev", true))
        .contains("p1=the", "p1s=of", "ARTICLE", "GOVERNMENT_NOUN", "PART");
  }

  @Test
  void theGovernmentActing() {
    assertThat(features("Moscow denied the report.", "Moscow", true)).contains("VERB", "VERB|city");
    assertThat(features("brussels urgently needs a plan", "brussels", true)).contains("n1=urgently", "VERB");
    assertThat(features("the kremlin 's strategy changed", "the kremlin", false)).contains("POSSESSIVE");
    assertThat(features("athens ' coalition government", "athens", true)).contains("POSSESSIVE");
    assertThat(features("More aid to Kyiv was approved.", "Kyiv", true)).contains("RELATION", "p2=aid_to");
    assertThat(features("should the us arm kiev .", "kiev", true)).contains("PARTY_VERB");
    assertThat(features("a Moscow-backed government", "Moscow", true)).contains("hyphen=backed", "GOVERNMENT_NOUN");
    assertThat(features("a pro-moscow party", "moscow", true)).contains("p1=pro", "PARTY_VERB");
    assertThat(features("collusion between the team and moscow", "moscow", true)).doesNotContain("BETWEEN");
    assertThat(features("talks between moscow and kiev", "kiev", true)).contains("BETWEEN");
    assertThat(features("the official word out of moscow", "moscow", true)).contains("OUT_OF");
  }

  @Test
  void placesNamePartsAndHandles() {
    assertThat(features("diplomats were expelled from moscow .", "moscow", true)).contains("MOVEMENT");
    assertThat(features("out on the streets of moscow today", "moscow", true)).contains("PART");
    assertThat(features("his run for the white house", "the white house", false)).contains("RACE");
    assertThat(features("our Moscow correspondent writes", "Moscow", true)).contains("MODIFIED");
    assertThat(features("moscow 's stock market fell", "moscow", true)).contains("POSSESSIVE", "MODIFIED");
    assertThat(features("washington , dc , votes early", "washington", true)).contains("ADDRESS");
    assertThat(features("# moscow # rouble", "moscow", true)).contains("SIGN");
    assertThat(features("email moscow.week @ example", "moscow", true)).contains("DOTTED");
    assertThat(features("Moscow denied it.", "Moscow", true))
        .doesNotContain("SIGN", "DOTTED", "LOCATIVE", "MODIFIED", "ADDRESS", "POSSESSIVE");
  }
}
