package org.liveblog.analytics.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Metonyms used as places or name parts, on sentences written for the test (cased and tokenised lower case). */
class PlaceUseTest {

  private static boolean place(String sentence, String metonym) {
    int start = sentence.indexOf(metonym);
    return PlaceUse.isPlace(sentence, start, start + metonym.length());
  }

  @Test
  void theGovernmentActingIsNoPlace() {
    assertThat(place("Moscow denied the report.", "Moscow")).isFalse();
    assertThat(place("the kremlin 's strategy changed", "the kremlin")).isFalse();
    assertThat(place("More aid to Kyiv was approved.", "Kyiv")).isFalse();
    assertThat(place("a statement from the White House followed", "the White House")).isFalse();
    assertThat(place("the demands of kiev were read out", "kiev")).isFalse();
  }

  @Test
  void locativesMovementAndTheCitysOwnAffairsMakeAPlace() {
    assertThat(place("Talks were held in Moscow.", "Moscow")).isTrue();
    assertThat(place("they met at the White House", "the White House")).isTrue();
    assertThat(place("diplomats were expelled from moscow .", "moscow")).isTrue();
    assertThat(place("the trip to kiev was cut short", "kiev")).isTrue();
    assertThat(place("out on the streets of moscow today", "moscow")).isTrue();
  }

  @Test
  void aFollowingNounMakesItANamePartAndSignsMakeItAHandle() {
    assertThat(place("our Moscow correspondent writes", "Moscow")).isTrue();
    assertThat(place("the Paris agreement holds", "Paris")).isTrue();
    assertThat(place("a Paris-based group", "Paris")).isTrue();
    assertThat(place("moscow 's stock market fell", "moscow")).isTrue();
    assertThat(place("washington , dc , votes early", "washington")).isTrue();
    assertThat(place("Washington DC votes early", "Washington")).isTrue();
    assertThat(place("# moscow # rouble", "moscow")).isTrue();
  }
}
