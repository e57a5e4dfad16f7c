package org.liveblog.analytics.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Quote blocks on their own: quote state, paragraph openings, propagation within a paragraph, intro blocks. */
class QuoteBlocksTest {

  private final SentenceTokens tokens = new SentenceTokens(SpeakerWords.standard());
  private final QuoteBlocks quoteBlocks =
      new QuoteBlocks(new SpeakerCueDetector(tokens, new SpeakerNames(tokens), SpeakerWords.standard()));

  private static final Attribution PESKOV = new Attribution(true, "Peskov", SpeakerCue.QUOTE_SAID);

  @Test
  void quoteStateFollowsCurlyStraightGuillemetAndPtbQuotes() {
    assertThat(QuoteBlocks.quoteState("“open", 0, 5, false)).isTrue();
    assertThat(QuoteBlocks.quoteState("“open” shut", 0, 11, false)).isFalse();
    assertThat(QuoteBlocks.quoteState("a \" b", 0, 5, false)).isTrue();
    assertThat(QuoteBlocks.quoteState("a \" b", 0, 5, true)).as("a straight quote toggles").isFalse();
    assertThat(QuoteBlocks.quoteState("« a", 0, 3, false)).isTrue();
    assertThat(QuoteBlocks.quoteState("`` a '' b", 0, 9, false)).isFalse();
    assertThat(QuoteBlocks.quoteState("`` a ' b", 0, 8, false)).as("a single ' closes nothing").isTrue();
    assertThat(QuoteBlocks.quoteState("x“open", 1, 6, false)).as("only the range is read").isTrue();
  }

  @Test
  void paragraphOpenings() {
    assertThat(QuoteBlocks.startsWithQuoteOrEllipsis("“We", 0, 3)).isTrue();
    assertThat(QuoteBlocks.startsWithQuoteOrEllipsis("‘We", 0, 3)).isTrue();
    assertThat(QuoteBlocks.startsWithQuoteOrEllipsis("`` we", 0, 5)).isTrue();
    assertThat(QuoteBlocks.startsWithQuoteOrEllipsis("`we", 0, 3)).isFalse();
    assertThat(QuoteBlocks.startsWithQuoteOrEllipsis("... and", 0, 7)).isTrue();
    assertThat(QuoteBlocks.startsWithQuoteOrEllipsis("…and", 0, 4)).isTrue();
    assertThat(QuoteBlocks.startsWithQuoteOrEllipsis("..", 0, 2)).isFalse();
    assertThat(QuoteBlocks.startsWithEllipsis("“...", 0, 4)).isFalse();
    assertThat(QuoteBlocks.startsWithQuoteOrEllipsis("We", 0, 2)).isFalse();
  }

  @Test
  void aQuoteOverSeveralSentencesBelongsToItsClosingSentencesSpeaker() {
    Segmentation segmentation = SentenceSplitter.split(
        "“We came. We saw. We left,” Peskov said. The talks ended. “Nothing more.” Nobody spoke.");
    Attribution[] out = none(segmentation);
    out[2] = PESKOV;
    quoteBlocks.propagateWithinQuotes(segmentation, 0, segmentation.sentenceCount(), out);
    assertThat(out).containsExactly(PESKOV, PESKOV, PESKOV, Attribution.NONE, Attribution.NONE, Attribution.NONE);
  }

  @Test
  void aWhollyQuotedSentenceRightAfterAnAttributedQuoteContinuesIt() {
    Segmentation segmentation = SentenceSplitter.split("“It went well,” Peskov said. “The date is open.” It rained.");
    Attribution[] out = none(segmentation);
    out[0] = PESKOV;
    quoteBlocks.propagateWithinQuotes(segmentation, 0, segmentation.sentenceCount(), out);
    assertThat(out).containsExactly(PESKOV, PESKOV, Attribution.NONE);
  }

  @Test
  void introBlockTakesTheNextParagraphThenQuotedOrOpenOnesAndStopsAtAnAttributedOrPlainOne() {
    Segmentation segmentation = SentenceSplitter.split(String.join("\n\n",
        "Peskov said:", "Not now.", "“Later, perhaps,", "and not here.”", "“Never,” Lavrov said.", "“Again.”"));
    Attribution[] out = none(segmentation);
    int next = quoteBlocks.fillIntroBlock(segmentation, 0, "Peskov", out);
    assertThat(next).isEqualTo(4);
    Attribution quoted = new Attribution(true, "Peskov", SpeakerCue.COLON_INTRO);
    assertThat(out).containsExactly(Attribution.NONE, quoted, quoted, quoted, Attribution.NONE, Attribution.NONE);

    segmentation = SentenceSplitter.split(String.join("\n\n", "Peskov said:", "Lavrov said:", "No."));
    assertThat(quoteBlocks.fillIntroBlock(segmentation, 0, "Peskov", none(segmentation)))
        .as("an intro right after an intro opens its own block").isEqualTo(1);
    segmentation = SentenceSplitter.split(String.join("\n\n", "Peskov said:", "No.", "The talks ended."));
    assertThat(quoteBlocks.fillIntroBlock(segmentation, 0, "Peskov", none(segmentation))).isEqualTo(2);
    segmentation = SentenceSplitter.split("Peskov said:");
    assertThat(quoteBlocks.fillIntroBlock(segmentation, 0, "Peskov", none(segmentation))).isEqualTo(1);
  }

  private Attribution[] none(Segmentation segmentation) {
    tokens.reset(segmentation.text(), segmentation.isLowerCased());
    Attribution[] out = new Attribution[segmentation.sentenceCount()];
    Arrays.fill(out, Attribution.NONE);
    return out;
  }
}
