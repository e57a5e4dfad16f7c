package org.liveblog.analytics.stance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkedStatementTest {

  private static final String SENTENCE = "Germany praised France but condemned Russia.";

  @Test
  void marksSourceAndTargetInSentenceOrder() {
    assertThat(MarkedStatement.of(SENTENCE, 0, 7, 16, 22).markedText())
        .isEqualTo("@ Germany @ praised # France # but condemned Russia.");
    // A target before its source keeps sentence order.
    assertThat(MarkedStatement.of(SENTENCE, 16, 22, 0, 7).markedText())
        .isEqualTo("# Germany # praised @ France @ but condemned Russia.");
  }

  @Test
  void differentPairsOfOneSentenceReadDifferently() {
    String france = MarkedStatement.of(SENTENCE, 0, 7, 16, 22).markedText();
    String russia = MarkedStatement.of(SENTENCE, 0, 7, 37, 43).markedText();
    assertThat(france).isNotEqualTo(russia);
    assertThat(russia).isEqualTo("@ Germany @ praised France but condemned # Russia # .");
  }

  @Test
  void absentSourceMarksTheTargetOnly() {
    MarkedStatement marked = MarkedStatement.of(SENTENCE, null, null, 37, 43);
    assertThat(marked.markedText()).isEqualTo("Germany praised France but condemned # Russia # .");
    assertThat(marked.pieceCount()).isEqualTo(3);
    assertThat(marked.kind(1)).isEqualTo(MarkedStatement.Piece.TARGET);
    assertThat(MarkedStatement.plain(SENTENCE).hasSpans()).isFalse();
  }

  @Test
  void offsetsAreCodePoints() {
    // "\uD83C\uDDFA\uD83C\uDDE6" is two code points (a flag) but four Java chars: "Kyiv" starts at code point 3.
    String text = "\uD83C\uDDFA\uD83C\uDDE6 Kyiv thanked Warsaw.";
    MarkedStatement marked = MarkedStatement.of(text, 3, 7, 16, 22);
    assertThat(marked.markedText()).isEqualTo("\uD83C\uDDFA\uD83C\uDDE6 @ Kyiv @ thanked # Warsaw # .");
  }

  @Test
  void badSpansFailWithWhatWasWrong() {
    assertThatThrownBy(() -> MarkedStatement.of(SENTENCE, 0, 7, 3, 12))
        .hasMessageContaining("overlaps the target span [3, 12)");
    assertThatThrownBy(() -> MarkedStatement.of(SENTENCE, 0, 7, 40, 99))
        .hasMessageContaining("target span [40, 99) is empty or outside the text of 44 code points");
    assertThatThrownBy(() -> MarkedStatement.of(SENTENCE, 0, null, 16, 22))
        .hasMessageContaining("source span has one end only");
    assertThatThrownBy(() -> MarkedStatement.of(SENTENCE, 5, 5, 16, 22)).hasMessageContaining("is empty");
  }
}
