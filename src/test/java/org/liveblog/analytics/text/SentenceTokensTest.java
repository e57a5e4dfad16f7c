package org.liveblog.analytics.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The tokenizer on sentences we write: token boundaries, clitics, quote kinds, lower-cased forms and word classes. */
class SentenceTokensTest {

  private static SentenceTokens tokenize(String sentence) {
    SentenceTokens tokens = new SentenceTokens(SpeakerWords.standard());
    tokens.reset(sentence, SentenceSplitter.isLowerCased(sentence));
    tokens.tokenize(0, sentence.length());
    return tokens;
  }

  private static List<String> tokens(String sentence) {
    SentenceTokens tokens = tokenize(sentence);
    List<String> out = new ArrayList<>();
    for (int t = 0; t < tokens.count(); t++) {
      out.add(tokens.token(t));
    }
    return out;
  }

  @Test
  void wordsJoinThroughOneInnerApostropheHyphenDotOrAmpersand() {
    assertThat(tokens("Zelenskiy’s aide, an M&S buyer, met U.S. and Itar-Tass staff -- twice."))
        .containsExactly("Zelenskiy’s", "aide", ",", "an", "M&S", "buyer", ",", "met", "U.S", ".", "and", "Itar-Tass",
            "staff", "-", "-", "twice", ".");
  }

  @Test
  void cliticsAfterASpaceAreTokensOfTheirOwnOtherApostrophesAreNot() {
    assertThat(tokens("he 's sure they 're late and we 'll see , i 'd say i 'm right , you 've seen"))
        .containsSequence("he", "'s", "sure", "they", "'re")
        .contains("'ll", "'d", "'m", "'ve");
    assertThat(tokens("he ’S here")).containsExactly("he", "’S", "here");
    assertThat(tokens("rock 'n roll")).as("'n is no clitic").containsExactly("rock", "'", "n", "roll");
    assertThat(tokens("the 'sst' sound")).as("too long for a clitic").containsExactly("the", "'", "sst", "'", "sound");
    assertThat(tokens("x'll")).as("no space before: part of the word").containsExactly("x'll");
  }

  @Test
  void quoteKinds() {
    SentenceTokens tokens = tokenize("“Yes,” he said. \"No\" «Non» `` fine , '' ok.’ ’tis");
    List<String> kinds = new ArrayList<>();
    boolean open = false;
    for (int t = 0; t < tokens.count(); t++) {
      int kind = tokens.quoteKind(t, open);
      if (kind != 0) {
        open = kind > 0;
        kinds.add(tokens.token(t) + (kind > 0 ? " open" : " close"));
      }
    }
    assertThat(kinds).containsExactly("“ open", "” close", "\" open", "\" close", "« open", "» close", "`` open",
        "'' close", "’ close");
  }

  @Test
  void lowerCasedFormsAreThoseOfStringToLowerCaseEvenWhereCharactersDisagree() {
    // Dotted capital I becomes two characters, capital sigma depends on its place, the Kelvin sign becomes k, and
    // surrogates (here a Deseret capital, which the tokenizer leaves as two one-character tokens) are cased as pairs.
    String sentence = "İLHAM SAID ΟΔΥΣΣΕΥΣ \u212Aiev \uD801\uDC00x Peskov’S";
    SentenceTokens tokens = tokenize(sentence);
    for (int t = 0; t < tokens.count(); t++) {
      String lower = tokens.token(t).toLowerCase(Locale.ROOT);
      assertThat(tokens.wordLength(t)).as(tokens.token(t)).isEqualTo(lower.length());
      assertThat(tokens.wordIs(t, lower)).as(tokens.token(t)).isTrue();
      assertThat(tokens.wordEndsWith(t, lower.substring(1))).as(tokens.token(t)).isTrue();
    }
    assertThat(tokens.wordLength(0)).isEqualTo("İLHAM".length() + 1);
    assertThat(tokens.is(1, SpeakerWords.REPORTED_VERB)).as("SAID").isTrue();
    assertThat(tokens.wordIs(3, "kiev")).isTrue();
  }

  @Test
  void wordClassesComeFromTheLists() {
    SentenceTokens tokens = tokenize("The President said Reuters reports ' ’s");
    assertThat(tokens.is(0, SpeakerWords.STOP)).isTrue();
    assertThat(tokens.is(0, SpeakerWords.DETERMINER | SpeakerWords.ROLE)).isTrue();
    assertThat(tokens.is(1, SpeakerWords.ROLE)).isTrue();
    assertThat(tokens.is(1, SpeakerWords.STOP)).isFalse();
    assertThat(tokens.is(2, SpeakerWords.INTRO_VERB | SpeakerWords.QUOTE_VERB)).isTrue();
    assertThat(tokens.is(3, ~0)).as("Reuters is in no single-word list").isFalse();
    assertThat(tokens.is(4, SpeakerWords.AGENCY_VERB)).isTrue();
    assertThat(tokens.is(5, SpeakerWords.STOP)).as("' is listed, though only words are ever asked").isTrue();
    assertThat(tokens.isWord(5)).isFalse();
    assertThat(tokens.isWord(6)).isTrue();
  }

  @Test
  void predicates() {
    SentenceTokens tokens = tokenize("Russia’s envoy reportedly said: fine. (Really!)");
    assertThat(tokens.isPossessive(0)).isTrue();
    assertThat(tokens.isAdverb(2)).isTrue();
    assertThat(tokens.isLowerWord(0)).isFalse();
    assertThat(tokens.isBarrier(4)).as(":").isTrue();
    assertThat(tokens.isBarrier(3)).isFalse();
    assertThat(tokens.hasWordAfter(4)).isTrue();
    assertThat(tokens.closesSentence(6)).as(". ( ...").isFalse();
    assertThat(tokens.closesSentence(tokens.count() - 2)).as("! )").isTrue();
    assertThat(tokens.isPronoun(0)).isFalse();
    assertThat(tokenize("They said").isPronoun(0)).isTrue();
  }

  @Test
  void buffersGrowForLongSentencesAndAreReusedForTheNext() {
    String longSentence = "word ".repeat(300) + "İ".repeat(700);
    SentenceTokens tokens = tokenize(longSentence);
    assertThat(tokens.count()).isEqualTo(301);
    assertThat(tokens.wordLength(300)).isEqualTo(1400);
    String text = "Peskov said";
    tokens.reset(text, false);
    tokens.tokenize(0, text.length());
    assertThat(tokens.count()).isEqualTo(2);
    assertThat(tokens.wordIs(0, "peskov")).isTrue();
    assertThat(tokens.is(1, SpeakerWords.REPORTED_VERB)).isTrue();
  }
}
