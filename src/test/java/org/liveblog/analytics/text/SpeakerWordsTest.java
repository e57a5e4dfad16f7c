package org.liveblog.analytics.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Loading and checking the word-list files, and the word-class lookup built from them. */
class SpeakerWordsTest {

  private static Set<String> parse(String content, boolean phrases) throws IOException {
    return SpeakerWords.parse("text/speakers/test.txt", new BufferedReader(new StringReader(content)), phrases);
  }

  @Test
  void commentsAndBlankLinesAreSkipped() throws IOException {
    assertThat(parse("# heading\n\nsaid\n  says   # trailing comment\n’s\n", false))
        .containsExactly("said", "says", "’s");
    assertThat(parse("ria novosti\nreuters\n", true)).containsExactlyInAnyOrder("ria novosti", "reuters");
  }

  @Test
  void malformedEntriesFailNamingFileLineAndWhatWasExpected() {
    assertThatThrownBy(() -> parse("said\nSays\n", false)).isInstanceOf(IllegalStateException.class)
        .hasMessage("text/speakers/test.txt line 2: 'Says' is not one lower-case word per line (# starts a comment)");
    assertThatThrownBy(() -> parse("news agency\n", false))
        .hasMessageStartingWith("text/speakers/test.txt line 1: 'news agency' is not one lower-case word per line");
    assertThatThrownBy(() -> parse("ria  novosti\n", true)).hasMessageStartingWith(
        "text/speakers/test.txt line 1: 'ria  novosti' is not one lower-case name per line, words separated by single "
            + "spaces");
    assertThatThrownBy(() -> parse("ria\tnovosti\n", true)).hasMessageContaining("line 1");
    assertThatThrownBy(() -> parse("asked\nsaid\nasked\n", false))
        .hasMessage("text/speakers/test.txt line 3: 'asked' is already listed on line 1");
    assertThatThrownBy(() -> parse("# nothing here\n\n", false))
        .hasMessage("text/speakers/test.txt: no entries; expected one lower-case word per line");
  }

  @Test
  void aMissingListFailsNamingTheFile() {
    assertThatThrownBy(() -> SpeakerWords.load("text/no-such-folder/")).isInstanceOf(IllegalStateException.class)
        .hasMessage("text/no-such-folder/stop-words.txt: word list not found on the class path");
  }

  @Test
  void invalidUtf8FailsNamingTheFile() {
    // src/test/resources/text/bad-utf8/stop-words.txt holds the bytes of "said" followed by a lone 0xC3.
    assertThatThrownBy(() -> SpeakerWords.load("text/bad-utf8/")).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("text/bad-utf8/stop-words.txt: cannot read word list");
  }

  @Test
  void everyShippedListLoadsAndEveryWordGetsTheBitsOfItsLists() {
    SpeakerWords words = SpeakerWords.standard();
    for (int bit = 0; bit < SpeakerWords.LISTS.length; bit++) {
      Set<String> list = words.list(SpeakerWords.LISTS[bit]);
      assertThat(list).as(SpeakerWords.LISTS[bit]).isNotEmpty();
      for (String word : list) {
        assertThat(classes(words, word) & (1 << bit)).as(word + " in " + SpeakerWords.LISTS[bit]).isNotZero();
      }
    }
    assertThat(classes(words, "said")).isEqualTo(SpeakerWords.STOP | SpeakerWords.NAME_END | SpeakerWords.INTRO_VERB
        | SpeakerWords.QUOTE_VERB | SpeakerWords.REPORTED_VERB);
    assertThat(classes(words, "peskov")).isZero();
    assertThat(classes(words, "Said")).as("the lookup is on lower-cased words").isZero();
    assertThat(classes(words, "x".repeat(40))).isZero();
    assertThat(words.knownAgencies()).contains("ria novosti", "reuters");
    assertThat(words.clitics()).contains("s", "ll");
  }

  private static int classes(SpeakerWords words, String word) {
    char[] chars = ("  " + word + " ").toCharArray();
    return words.classes(chars, 2, 2 + word.length());
  }
}
