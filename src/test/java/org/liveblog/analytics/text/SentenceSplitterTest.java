package org.liveblog.analytics.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  /** Splits and checks the offset contract on every sentence: trimmed, inside its paragraph, in order. */
  private static List<String> sentences(String text) {
    Segmentation segmentation = SentenceSplitter.split(text);
    List<String> out = new ArrayList<>();
    int previousEnd = 0;
    for (int s = 0; s < segmentation.sentenceCount(); s++) {
      int start = segmentation.sentenceStart(s);
      int end = segmentation.sentenceEnd(s);
      int paragraph = segmentation.sentenceParagraph(s);
      String sentence = text.substring(start, end);
      assertThat(sentence).as("sentence %d", s).isEqualTo(sentence.strip()).isNotEmpty();
      assertThat(segmentation.sentenceText(s)).isEqualTo(sentence);
      assertThat(start).as("sentence %d start", s).isGreaterThanOrEqualTo(previousEnd)
          .isGreaterThanOrEqualTo(segmentation.paragraphStart(paragraph));
      assertThat(end).as("sentence %d end", s).isLessThanOrEqualTo(segmentation.paragraphEnd(paragraph));
      previousEnd = end;
      out.add(sentence);
    }
    return out;
  }

  @Test
  void splitsOrdinarySentencesAndKeepsTitleAbbreviations() {
    assertThat(sentences("Mr. Novak met Dr. Haas and Gen. Ortiz in the morning. They spoke for an hour! Was it useful? "
        + "Nobody knows."))
        .containsExactly("Mr. Novak met Dr. Haas and Gen. Ortiz in the morning.", "They spoke for an hour!",
            "Was it useful?", "Nobody knows.");
  }

  @Test
  void keepsInitialsDecimalsAndTimes() {
    assertThat(sentences("J. K. Rowling signed copies at 4.30 p.m. on the pier. Sales rose 3.5% to 12.75m copies."))
        .containsExactly("J. K. Rowling signed copies at 4.30 p.m. on the pier.", "Sales rose 3.5% to 12.75m copies.");
  }

  @Test
  void otherAbbreviationsEndASentenceOnlyBeforeATypicalOpener() {
    assertThat(sentences("Envoys from the U.S. and the U.K. met the U.N. Security Council. Talks moved to the U.S. "
        + "The mood was calm, e.g. nobody shouted. No. 10 declined to comment."))
        .containsExactly("Envoys from the U.S. and the U.K. met the U.N. Security Council.", "Talks moved to the U.S.",
            "The mood was calm, e.g. nobody shouted.", "No. 10 declined to comment.");
  }

  @Test
  void closingQuotesAndBracketsBelongToTheSentence() {
    assertThat(sentences("She called the plan “a dead end.” Then she left. (The talks resumed later.) “Stop!” the "
        + "minister shouted. He said “never!” and sat down."))
        .containsExactly("She called the plan “a dead end.”", "Then she left.", "(The talks resumed later.)",
            "“Stop!” the minister shouted.", "He said “never!” and sat down.");
  }

  @Test
  void ellipsisInTheMiddleDoesNotEndASentence() {
    assertThat(sentences("We worry about our safety ... and we will act. The envoy paused… Then he went on. "
        + "It was late… too late."))
        .containsExactly("We worry about our safety ... and we will act.", "The envoy paused…", "Then he went on.",
            "It was late… too late.");
  }

  @Test
  void paragraphsAlwaysEndSentencesAndSingleNewlinesDoNot() {
    String text = "  The convoy left at dawn\nand reached the border by noon.\n\n\nA second paragraph here\n \n"
        + "Third: no full stop at the end  \n\n";
    Segmentation segmentation = SentenceSplitter.split(text);
    assertThat(segmentation.paragraphCount()).isEqualTo(3);
    assertThat(segmentation.paragraphText(1)).isEqualTo("A second paragraph here");
    assertThat(sentences(text)).containsExactly("The convoy left at dawn\nand reached the border by noon.",
        "A second paragraph here", "Third: no full stop at the end");
    assertThat(segmentation.sentenceParagraph(2)).isEqualTo(2);
    assertThat(segmentation.paragraphFirstSentence(2)).isEqualTo(2);
    assertThat(segmentation.paragraphSentenceLimit(2)).isEqualTo(3);
  }

  @Test
  void lowerCasedTokenisedText() {
    String text = ". the envoy said : it 's too early . the u.s. has not replied . `` we will wait , '' he said . "
        + "`` stop ! '' he said . the deal went terribly wrong . '' the full text is here.. mr novak left";
    assertThat(SentenceSplitter.isLowerCased(text)).isTrue();
    assertThat(sentences(text)).containsExactly(
        ". the envoy said : it 's too early .",
        "the u.s. has not replied .",
        "`` we will wait , '' he said .",
        "`` stop ! '' he said .",
        "the deal went terribly wrong . ''",
        "the full text is here..",
        "mr novak left");
  }

  @Test
  void lowerCasedTextBreaksBeforeLowercaseWordsButCasedTextDoesNot() {
    assertThat(sentences("talks ended. officials left.")).containsExactly("talks ended.", "officials left.");
    assertThat(sentences("“Who is next?” she asked. It was a fair question."))
        .containsExactly("“Who is next?” she asked.", "It was a fair question.");
  }

  @Test
  void emptyAndPunctuationOnlyTexts() {
    assertThat(SentenceSplitter.split("").sentenceCount()).isZero();
    assertThat(SentenceSplitter.split(" \n\n \n").paragraphCount()).isZero();
    assertThat(SentenceSplitter.split(null).sentenceCount()).isZero();
    assertThat(sentences("...")).containsExactly("...");
    assertThat(sentences("It ended. .")).containsExactly("It ended. .");
  }

  @Test
  void offsetsRoundTripOnAMultiParagraphEntry() {
    String text = "Tallinn said on Monday it would close two crossings.\n\nThe interior minister said:\n\n"
        + "We will not wait for the next provocation. The crossings stay shut until further notice.\n\n"
        + "Queues of lorries, some 2.5km long, formed by 9 a.m. local time.";
    List<String> sentences = sentences(text);
    assertThat(sentences).hasSize(5);
    Segmentation segmentation = SentenceSplitter.split(text);
    for (int s = 0; s < segmentation.sentenceCount(); s++) {
      assertThat(text.indexOf(sentences.get(s))).isEqualTo(segmentation.sentenceStart(s));
    }
    assertThat(segmentation.sentenceParagraph(4)).isEqualTo(3);
  }
}
