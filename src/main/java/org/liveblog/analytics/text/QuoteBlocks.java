package org.liveblog.analytics.text;

import java.util.Arrays;
import org.liveblog.analytics.text.SpeakerCueDetector.Finding;

/**
 * Carries an attribution from the sentence that names the speaker to the other sentences of the same quote.
 *
 * <p>Within a paragraph: a sentence that starts inside a quote closed by a {@code quote_said} sentence gets that
 * sentence's attribution, and so does a wholly quoted sentence right after one.
 *
 * <p>After an intro ("Peskov said:" ending a paragraph; the intro sentence keeps the cue and is not a quote), the
 * quote block is:
 * <ul>
 *   <li>the next paragraph, always (unless it is itself such an intro);</li>
 *   <li>then each further paragraph while it begins with an opening quote mark or an ellipsis, or while the previous
 *       block paragraph ended inside an unclosed double quote;</li>
 *   <li>the block stops at a paragraph that is itself an intro, at one that carries its own colon, quote or agency
 *       attribution ("“...,” Zelenskiy said."), and at any other paragraph (ordinary narrative).</li>
 * </ul>
 * Not thread-safe: it reuses a buffer and the attributor's detector.
 */
final class QuoteBlocks {

  private final SpeakerCueDetector detector;
  private boolean[] openAtStart = new boolean[32];

  QuoteBlocks(SpeakerCueDetector detector) {
    this.detector = detector;
  }

  /**
   * Marks the paragraphs after intro paragraph {@code intro} that belong to its quote block as quotes of
   * {@code speaker}; returns the first paragraph after the block, which the caller attributes on its own.
   */
  int fillIntroBlock(Segmentation segmentation, int intro, String speaker, Attribution[] out) {
    String text = segmentation.text();
    int paragraphs = segmentation.paragraphCount();
    Attribution quoted = new Attribution(true, speaker, SpeakerCue.COLON_INTRO);
    int q = intro + 1;
    boolean previousEndedOpen = false;
    while (q < paragraphs) {
      int first = segmentation.paragraphFirstSentence(q);
      int limit = segmentation.paragraphSentenceLimit(q);
      if (isIntro(segmentation, limit - 1)) {
        break;
      }
      if (q > intro + 1) {
        boolean continues =
            startsWithQuoteOrEllipsis(text, segmentation.paragraphStart(q), segmentation.paragraphEnd(q))
                || previousEndedOpen;
        if (!continues || hasOwnAttribution(segmentation, first, limit)) {
          break;
        }
      }
      for (int s = first; s < limit; s++) {
        out[s] = quoted;
      }
      previousEndedOpen = quoteState(text, segmentation.paragraphStart(q), segmentation.paragraphEnd(q), false);
      q++;
    }
    return q;
  }

  private boolean isIntro(Segmentation segmentation, int sentence) {
    Finding f = detector.detect(segmentation.sentenceStart(sentence), segmentation.sentenceEnd(sentence));
    return f != null && f.introAtEnd && (f.speaker != null || f.pronoun);
  }

  private boolean hasOwnAttribution(Segmentation segmentation, int first, int limit) {
    for (int s = first; s < limit; s++) {
      Finding f = detector.detect(segmentation.sentenceStart(s), segmentation.sentenceEnd(s));
      if (f != null && (f.cue == SpeakerCue.QUOTE_SAID || f.cue == SpeakerCue.COLON_INTRO
          || f.cue == SpeakerCue.AGENCY_REPORT)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A quote that runs over several sentences of a paragraph belongs to whoever the closing sentence names, and a
   * wholly quoted sentence right after an attributed quote continues it.
   */
  void propagateWithinQuotes(Segmentation segmentation, int first, int limit, Attribution[] out) {
    if (limit - first < 2) {
      return;
    }
    String text = segmentation.text();
    if (openAtStart.length < limit - first + 1) {
      openAtStart = Arrays.copyOf(openAtStart, Math.max(limit - first + 1, openAtStart.length * 2));
    }
    boolean open = false;
    for (int s = first; s < limit; s++) {
      openAtStart[s - first] = open;
      open = quoteState(text, segmentation.sentenceStart(s), segmentation.sentenceEnd(s), open);
    }
    openAtStart[limit - first] = open;
    for (int s = limit - 1; s > first; s--) {
      if (out[s].cue() != SpeakerCue.QUOTE_SAID) {
        continue;
      }
      for (int t = s - 1; t >= first && openAtStart[t + 1 - first]; t--) {
        if (out[t].cue() == null) {
          out[t] = out[s];
        }
        if (!openAtStart[t - first]) {
          break;
        }
      }
    }
    for (int s = first + 1; s < limit; s++) {
      Attribution previous = out[s - 1];
      int start = segmentation.sentenceStart(s);
      int end = segmentation.sentenceEnd(s);
      if (out[s].cue() == null && previous.cue() == SpeakerCue.QUOTE_SAID && !openAtStart[s - first]
          && !openAtStart[s + 1 - first] && startsWithQuoteOrEllipsis(text, start, end)
          && !startsWithEllipsis(text, start, end)) {
        out[s] = previous;
      }
    }
  }

  /** Whether a double quote is open after scanning {@code text[start, end)} from state {@code open}. */
  static boolean quoteState(String text, int start, int end, boolean open) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '«') {
        open = true;
      } else if (c == '”' || c == '»') {
        open = false;
      } else if (c == '`' && i + 1 < end && text.charAt(i + 1) == '`') {
        open = true;
        i++;
      } else if (c == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
        open = false;
        i++;
      } else if (c == '"') {
        open = !open;
      }
    }
    return open;
  }

  static boolean startsWithQuoteOrEllipsis(String text, int start, int end) {
    char c = text.charAt(start);
    return c == '“' || c == '‘' || c == '"' || c == '«' || c == '\''
        || (c == '`' && start + 1 < end && text.charAt(start + 1) == '`')
        || startsWithEllipsis(text, start, end);
  }

  static boolean startsWithEllipsis(String text, int start, int end) {
    return text.charAt(start) == '…' || text.startsWith("...", start) && start + 3 <= end;
  }
}
