package org.liveblog.analytics.text;

import java.util.Arrays;

/**
 * Paragraph and sentence spans of one text, held as parallel int arrays of offsets into the text (start inclusive,
 * end exclusive, both trimmed of surrounding whitespace). Built by {@link SentenceSplitter}.
 */
public final class Segmentation {

  private final String text;
  private final boolean lowerCased;
  private int[] paragraphStart;
  private int[] paragraphEnd;
  private int[] paragraphFirstSentence;
  private int paragraphCount;
  private int[] sentenceStart;
  private int[] sentenceEnd;
  private int[] sentenceParagraph;
  private int sentenceCount;

  Segmentation(String text, boolean lowerCased) {
    this.text = text;
    this.lowerCased = lowerCased;
    int paragraphs = 4;
    int sentences = Math.max(4, text.length() / 60);
    paragraphStart = new int[paragraphs];
    paragraphEnd = new int[paragraphs];
    paragraphFirstSentence = new int[paragraphs];
    sentenceStart = new int[sentences];
    sentenceEnd = new int[sentences];
    sentenceParagraph = new int[sentences];
  }

  void addParagraph(int start, int end) {
    if (paragraphCount == paragraphStart.length) {
      int grown = paragraphCount * 2;
      paragraphStart = Arrays.copyOf(paragraphStart, grown);
      paragraphEnd = Arrays.copyOf(paragraphEnd, grown);
      paragraphFirstSentence = Arrays.copyOf(paragraphFirstSentence, grown);
    }
    paragraphStart[paragraphCount] = start;
    paragraphEnd[paragraphCount] = end;
    paragraphFirstSentence[paragraphCount] = sentenceCount;
    paragraphCount++;
  }

  void addSentence(int start, int end) {
    if (sentenceCount == sentenceStart.length) {
      int grown = sentenceCount * 2;
      sentenceStart = Arrays.copyOf(sentenceStart, grown);
      sentenceEnd = Arrays.copyOf(sentenceEnd, grown);
      sentenceParagraph = Arrays.copyOf(sentenceParagraph, grown);
    }
    sentenceStart[sentenceCount] = start;
    sentenceEnd[sentenceCount] = end;
    sentenceParagraph[sentenceCount] = paragraphCount - 1;
    sentenceCount++;
  }

  /** Moves the end of the last sentence (used to glue a trailing punctuation-only fragment onto it). */
  void extendLastSentence(int end) {
    sentenceEnd[sentenceCount - 1] = end;
  }

  /** Sentences added since the current paragraph started. */
  int sentencesInCurrentParagraph() {
    return paragraphCount == 0 ? 0 : sentenceCount - paragraphFirstSentence[paragraphCount - 1];
  }

  public String text() {
    return text;
  }

  /** True when the text is lower-cased (e.g. PTB-tokenised corpora), so case carries no information. */
  public boolean isLowerCased() {
    return lowerCased;
  }

  public int paragraphCount() {
    return paragraphCount;
  }

  public int paragraphStart(int paragraph) {
    return paragraphStart[checkParagraph(paragraph)];
  }

  public int paragraphEnd(int paragraph) {
    return paragraphEnd[checkParagraph(paragraph)];
  }

  /** Index of the paragraph's first sentence. */
  public int paragraphFirstSentence(int paragraph) {
    return paragraphFirstSentence[checkParagraph(paragraph)];
  }

  /** One past the index of the paragraph's last sentence. */
  public int paragraphSentenceLimit(int paragraph) {
    checkParagraph(paragraph);
    return paragraph + 1 < paragraphCount ? paragraphFirstSentence[paragraph + 1] : sentenceCount;
  }

  public int sentenceCount() {
    return sentenceCount;
  }

  public int sentenceStart(int sentence) {
    return sentenceStart[checkSentence(sentence)];
  }

  public int sentenceEnd(int sentence) {
    return sentenceEnd[checkSentence(sentence)];
  }

  public int sentenceParagraph(int sentence) {
    return sentenceParagraph[checkSentence(sentence)];
  }

  public String sentenceText(int sentence) {
    return text.substring(sentenceStart(sentence), sentenceEnd(sentence));
  }

  public String paragraphText(int paragraph) {
    return text.substring(paragraphStart(paragraph), paragraphEnd(paragraph));
  }

  private int checkParagraph(int paragraph) {
    if (paragraph < 0 || paragraph >= paragraphCount) {
      throw new IndexOutOfBoundsException("paragraph " + paragraph + " of " + paragraphCount);
    }
    return paragraph;
  }

  private int checkSentence(int sentence) {
    if (sentence < 0 || sentence >= sentenceCount) {
      throw new IndexOutOfBoundsException("sentence " + sentence + " of " + sentenceCount);
    }
    return sentence;
  }
}
