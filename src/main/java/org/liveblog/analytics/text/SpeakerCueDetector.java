package org.liveblog.analytics.text;

import static org.liveblog.analytics.text.SpeakerWords.AGENCY_AUXILIARY;
import static org.liveblog.analytics.text.SpeakerWords.AGENCY_VERB;
import static org.liveblog.analytics.text.SpeakerWords.CITE_VERB;
import static org.liveblog.analytics.text.SpeakerWords.INTRO_PARTICIPLE;
import static org.liveblog.analytics.text.SpeakerWords.INTRO_VERB;
import static org.liveblog.analytics.text.SpeakerWords.QUOTE_VERB;
import static org.liveblog.analytics.text.SpeakerWords.REPORTED_VERB;
import static org.liveblog.analytics.text.SpeakerWords.STOP;

import java.util.Set;

/**
 * Finds the speaker cue of one sentence on its own, before pronouns are resolved against the entry and before quote
 * blocks carry attributions across sentences. Cues, tried in this order (the first that matches wins):
 * <ol>
 *   <li>{@code colon_intro}: a speech verb (said, says, told, added, wrote, posted, tweeted, ...) at most ten tokens
 *       before a colon: "Peskov said:", "He told reporters in Moscow:", "Peskov said in a statement:". With "cites",
 *       "quotes", "quoted" the speaker is the name after the verb ("It cites Alexander Bogomaz posting on ...:"); with
 *       "adding", "saying", "writing" it is the sentence's reported-speech speaker. With text after the colon in the same
 *       sentence ({@code he said : one is ...}) the sentence is a quote, provided a speaker or pronoun was found; when the
 *       colon ends the sentence it is an intro ({@link QuoteBlocks} decides which paragraphs follow).</li>
 *   <li>{@code quote_said}: a closing quote mark followed (after an optional comma) by "X said", "she said" or "said
 *       X" (verbs said, says, added, told, asked, insisted, warned, ...).</li>
 *   <li>{@code agency_report}: "X reports/reported/is reporting/cites/cited/quoted" with the verb among the first
 *       eight words or closing the sentence after a comma; descriptors such as "news agency" are skipped, so
 *       "Russia’s Interfax news agency is reporting" gives Interfax. In cased text X is any capitalised name, in
 *       lower-cased text a known agency or a name followed by "news agency". In cased text a capitalised name right
 *       after the verb ("AFP reports that Von der Leyen said") becomes the antecedent for later pronouns, the agency
 *       never does.</li>
 *   <li>{@code according_to}: "according to X" anywhere.</li>
 *   <li>{@code reported_speech}: "X said/says/told/claimed/warned/... (that) ..." outside quote marks, and the inverted
 *       ", says X" at the end of a sentence.</li>
 * </ol>
 * Names are found by {@link SpeakerNames}; the verb lists are {@link SpeakerWords}'. Not thread-safe: it shares the
 * attributor's token buffers.
 */
final class SpeakerCueDetector {

  /** What one sentence says about itself, before pronouns are resolved against the entry. */
  static final class Finding {
    SpeakerCue cue;
    boolean quote;
    /** The sentence ends with "X said:": the paragraphs after it may be X's words. */
    boolean introAtEnd;
    String speaker;
    boolean pronoun;
    /** A person named in an agency line ("AFP reports that X said"), for later pronouns; not the speaker. */
    String antecedent;
  }

  private final SentenceTokens tokens;
  private final SpeakerNames names;
  private final Set<String> knownAgencies;

  SpeakerCueDetector(SentenceTokens tokens, SpeakerNames names, SpeakerWords words) {
    this.tokens = tokens;
    this.names = names;
    this.knownAgencies = words.knownAgencies();
  }

  /** The cue of sentence {@code text[start, end)} of the entry the tokens were reset to, or null. */
  Finding detect(int start, int end) {
    tokens.tokenize(start, end);
    if (tokens.count() == 0) {
      return null;
    }
    Finding f = detectColon();
    if (f == null) {
      f = detectQuoteSaid();
    }
    if (f == null) {
      f = detectAgency();
    }
    if (f == null) {
      f = detectAccordingTo();
    }
    if (f == null) {
      f = detectReported();
    }
    return f;
  }

  private Finding detectColon() {
    int count = tokens.count();
    for (int c = 1; c < count; c++) {
      if (!tokens.isPunct(c, ':')) {
        continue;
      }
      for (int v = c - 1; v >= 0 && v >= c - 11; v--) {
        if (tokens.isBarrier(v)) {
          break;
        }
        if (!tokens.isWord(v) || !tokens.is(v, INTRO_VERB) || !tokens.isLowerWord(v)) {
          continue;
        }
        Finding f = new Finding();
        f.cue = SpeakerCue.COLON_INTRO;
        f.introAtEnd = !tokens.hasWordAfter(c);
        f.quote = !f.introAtEnd;
        if (tokens.is(v, CITE_VERB)) {
          if (names.after(v + 1)) {
            f.speaker = names.name();
          }
        } else if (tokens.is(v, INTRO_PARTICIPLE)) {
          Finding reported = detectReported();
          if (reported != null) {
            f.speaker = reported.speaker;
            f.pronoun = reported.pronoun;
          }
        } else if (names.before(v, false)) {
          f.pronoun = names.isPronoun();
          f.speaker = names.isPronoun() ? null : names.name();
        }
        if (f.quote && f.speaker == null && !f.pronoun) {
          return null; // an inline colon without a named speaker is too weak
        }
        return f;
      }
    }
    return null;
  }

  private Finding detectQuoteSaid() {
    int count = tokens.count();
    boolean open = false;
    for (int q = 0; q < count; q++) {
      int kind = tokens.quoteKind(q, open);
      if (kind > 0) {
        open = true;
        continue;
      }
      if (kind == 0) {
        continue;
      }
      open = false;
      if (q == 0) {
        continue;
      }
      int j = q + 1;
      if (j < count && tokens.isPunct(j, ',')) {
        j++;
      }
      if (j >= count || !tokens.isWord(j)) {
        continue;
      }
      if (tokens.is(j, QUOTE_VERB) && tokens.isLowerWord(j)) {
        if (j + 1 < count && tokens.isPronoun(j + 1)) {
          return found(SpeakerCue.QUOTE_SAID, true, null, true);
        }
        if (names.after(j + 1)) {
          return found(SpeakerCue.QUOTE_SAID, true, names.name(), false);
        }
        continue;
      }
      for (int v = j + 1; v < count && v <= j + 6; v++) {
        if (!tokens.isWord(v)) {
          if (tokens.isPunct(v, ',')) {
            continue;
          }
          break;
        }
        if (tokens.is(v, QUOTE_VERB) && tokens.isLowerWord(v)) {
          if (names.before(v, false) && names.from() >= j) {
            return found(SpeakerCue.QUOTE_SAID, true, names.isPronoun() ? null : names.name(), names.isPronoun());
          }
          break;
        }
      }
    }
    return null;
  }

  private Finding detectAgency() {
    int count = tokens.count();
    boolean lower = tokens.isLowerCased();
    int firstWord = 0;
    while (firstWord < count && !tokens.isWord(firstWord)) {
      firstWord++;
    }
    for (int v = firstWord + 1; v < count; v++) {
      if (!tokens.isWord(v) || !tokens.is(v, AGENCY_VERB) || !tokens.isLowerWord(v)) {
        continue;
      }
      boolean nearStart = v <= firstWord + 8;
      boolean closing = v > 1 && tokens.closesSentence(v + 1);
      if (!nearStart && !closing) {
        continue;
      }
      if (tokens.wordIs(v, "reporting")
          && (v < 1 || !tokens.isWord(v - 1) || !tokens.is(v - 1, AGENCY_AUXILIARY))) {
        continue;
      }
      int descriptorsBefore = names.descriptorsBefore(v);
      if (!names.before(v, true) || names.isPronoun()) {
        continue;
      }
      if (!nearStart && (names.from() == 0 || !tokens.isPunct(names.from() - 1, ','))) {
        continue;
      }
      String agency = names.name();
      if (lower && descriptorsBefore == 0 && !knownAgencies.contains(agency)) {
        continue;
      }
      Finding f = found(SpeakerCue.AGENCY_REPORT, false, agency, false);
      int after = v + 1;
      if (after < count && tokens.isWord(after) && tokens.wordIs(after, "that")) {
        after++;
      }
      if (!lower && after < count && tokens.isWord(after) && !tokens.isLowerWord(after) && !tokens.is(after, STOP)
          && names.after(after)) {
        f.antecedent = names.name();
      }
      return f;
    }
    return null;
  }

  private Finding detectAccordingTo() {
    for (int t = 0; t + 2 < tokens.count(); t++) {
      if (tokens.isWord(t) && tokens.wordIs(t, "according") && tokens.isWord(t + 1) && tokens.wordIs(t + 1, "to")
          && names.after(t + 2)) {
        return found(SpeakerCue.ACCORDING_TO, false, names.name(), false);
      }
    }
    return null;
  }

  private Finding detectReported() {
    int count = tokens.count();
    boolean open = false;
    for (int v = 0; v < count; v++) {
      int kind = tokens.quoteKind(v, open);
      if (kind != 0) {
        open = kind > 0;
        continue;
      }
      if (open || !tokens.isWord(v) || !tokens.is(v, REPORTED_VERB) || !tokens.isLowerWord(v)) {
        continue;
      }
      if (v + 1 < count && tokens.isPunct(v + 1, ':')) {
        continue;
      }
      if (v > 0 && tokens.isPunct(v - 1, ',') && (tokens.wordIs(v, "said") || tokens.wordIs(v, "says"))) {
        if (v + 1 < count && tokens.isPronoun(v + 1) && tokens.closesSentence(v + 2)) {
          return found(SpeakerCue.REPORTED_SPEECH, false, null, true);
        }
        if (names.after(v + 1) && tokens.closesSentence(names.to())) {
          return found(SpeakerCue.REPORTED_SPEECH, false, names.name(), false);
        }
      }
      if (names.before(v, false)) {
        return found(SpeakerCue.REPORTED_SPEECH, false, names.isPronoun() ? null : names.name(), names.isPronoun());
      }
    }
    return null;
  }

  private static Finding found(SpeakerCue cue, boolean quote, String speaker, boolean pronoun) {
    Finding f = new Finding();
    f.cue = cue;
    f.quote = quote;
    f.speaker = speaker;
    f.pronoun = pronoun;
    return f;
  }
}
