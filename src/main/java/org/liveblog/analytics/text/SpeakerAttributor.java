package org.liveblog.analytics.text;

import java.util.Arrays;
import org.liveblog.analytics.text.SpeakerCueDetector.Finding;

/**
 * Decides, per sentence of one entry, whether it is quoted speech and whom it is attributed to. Precision comes
 * before recall: when no cue matches cleanly the sentence stays unattributed.
 *
 * <p>Each sentence is tokenized ({@link SentenceTokens}) and its cue found on its own ({@link SpeakerCueDetector}, with
 * names from {@link SpeakerNames} and word lists from {@link SpeakerWords}); then, in entry order, pronouns he/she/they
 * resolve to the most recent named speaker of the entry (agencies and "according to" sources are not antecedents, as
 * they are rarely people; a person named right after "X reports (that)" is; unresolved, the cue stays and the speaker
 * is null), and {@link QuoteBlocks} carries attributions over the rest of a quote and the paragraphs after an intro.
 *
 * <p>Not thread-safe: it reuses token buffers; use one instance per partition.
 */
public final class SpeakerAttributor {

  private final Attribution[] none = new Attribution[0];
  private final SentenceTokens tokens;
  private final SpeakerCueDetector detector;
  private final QuoteBlocks quoteBlocks;

  /** With the word lists shipped in the jar. */
  public SpeakerAttributor() {
    this(SpeakerWords.standard());
  }

  SpeakerAttributor(SpeakerWords words) {
    this.tokens = new SentenceTokens(words);
    this.detector = new SpeakerCueDetector(tokens, new SpeakerNames(tokens), words);
    this.quoteBlocks = new QuoteBlocks(detector);
  }

  /** One attribution per sentence of {@code segmentation}, in sentence order. */
  public Attribution[] attribute(Segmentation segmentation) {
    int sentences = segmentation.sentenceCount();
    if (sentences == 0) {
      return none;
    }
    tokens.reset(segmentation.text(), segmentation.isLowerCased());
    Attribution[] out = new Attribution[sentences];
    Arrays.fill(out, Attribution.NONE);
    String lastNamed = null;
    int paragraphs = segmentation.paragraphCount();
    int p = 0;
    while (p < paragraphs) {
      int first = segmentation.paragraphFirstSentence(p);
      int limit = segmentation.paragraphSentenceLimit(p);
      Finding last = null;
      for (int s = first; s < limit; s++) {
        Finding f = detector.detect(segmentation.sentenceStart(s), segmentation.sentenceEnd(s));
        last = f;
        if (f == null) {
          continue;
        }
        String speaker = f.speaker;
        if (f.pronoun) {
          speaker = lastNamed;
        } else if (speaker != null && f.cue != SpeakerCue.AGENCY_REPORT && f.cue != SpeakerCue.ACCORDING_TO) {
          lastNamed = speaker;
        }
        if (f.antecedent != null) {
          lastNamed = f.antecedent;
        }
        out[s] = new Attribution(f.quote, speaker, f.cue);
      }
      quoteBlocks.propagateWithinQuotes(segmentation, first, limit, out);
      if (last == null || !last.introAtEnd) {
        p++;
        continue;
      }
      // The paragraphs of the block are not attributed on their own, so their names do not become antecedents.
      p = quoteBlocks.fillIntroBlock(segmentation, p, out[limit - 1].speaker(), out);
    }
    return out;
  }
}
