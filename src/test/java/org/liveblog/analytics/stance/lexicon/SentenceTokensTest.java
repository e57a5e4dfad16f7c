package org.liveblog.analytics.stance.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens of cased prose and of lower-cased PTB-tokenised text come out alike. */
class SentenceTokensTest {

  private final StanceLexicon lexicon = StanceLexicon.defaultLexicon();

  private List<String> tokens(String text) {
    SentenceTokens tokens = new SentenceTokens();
    tokens.read(text, lexicon);
    List<String> out = new ArrayList<>();
    for (int t = 0; t < tokens.count(); t++) {
      out.add(tokens.surface(t) + (tokens.type(t) == SentenceTokens.CLITIC ? "/c"
          : tokens.type(t) == SentenceTokens.BREAK ? "/b" : tokens.type(t) == SentenceTokens.PUNCTUATION ? "/p" : ""));
    }
    return out;
  }

  @Test
  void cliticsSplitOffAsPtbWritesThem() {
    assertThat(tokens("Russia’s foreign ministry didn't say.")).containsExactly(
        "Russia", "’s/c", "foreign", "ministry", "did", "n't/c", "say", "./p");
    assertThat(tokens("russia 's foreign ministry did n't say .")).containsExactly(
        "russia", "'s/c", "foreign", "ministry", "did", "n't/c", "say", "./p");
    assertThat(tokens("We can't, they're sure.")).containsExactly("We", "ca", "n't/c", ",/p", "they", "'re/c", "sure",
        "./p");
  }

  @Test
  void quotesHyphensAndBreaks() {
    assertThat(tokens("`` kremlin '' : a cover-up (o'brien) — 3.5")).containsExactly(
        "`/p", "`/p", "kremlin", "'/p", "'/p", ":/b", "a", "cover-up", "(/b", "o'brien", ")/b", "—/b", "3", "./p", "5");
    assertThat(tokens("'likely' he said")).containsExactly("'/p", "likely", "'/p", "he", "said");
  }

  @Test
  void offsetsAreUtf16IndicesAndTokensFindTheirWords() {
    SentenceTokens tokens = new SentenceTokens();
    String text = "🇺🇦 Kyiv didn’t";
    tokens.read(text, lexicon);
    assertThat(tokens.surface(tokens.count() - 1)).isEqualTo("n’t");
    assertThat(tokens.start(tokens.count() - 3)).isEqualTo(text.indexOf("Kyiv"));
    assertThat(lexicon.is(tokens.word(tokens.count() - 1), StanceLexicon.NEGATION)).isTrue();
    long range = tokens.overlapping(text.indexOf("Kyiv"), text.indexOf("Kyiv") + 4);
    assertThat((int) (range >>> 32)).isEqualTo(tokens.count() - 3);
    assertThat((int) range).isEqualTo(tokens.count() - 2);
  }
}
