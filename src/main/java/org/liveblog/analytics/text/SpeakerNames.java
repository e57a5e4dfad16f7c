package org.liveblog.analytics.text;

import static org.liveblog.analytics.text.SpeakerWords.AGENCY_AUXILIARY;
import static org.liveblog.analytics.text.SpeakerWords.AGENCY_DESCRIPTOR;
import static org.liveblog.analytics.text.SpeakerWords.AUXILIARY;
import static org.liveblog.analytics.text.SpeakerWords.CONNECTOR;
import static org.liveblog.analytics.text.SpeakerWords.DETERMINER;
import static org.liveblog.analytics.text.SpeakerWords.NAME_END;
import static org.liveblog.analytics.text.SpeakerWords.NAME_ENDING_IN_ED;
import static org.liveblog.analytics.text.SpeakerWords.PARTICLE;
import static org.liveblog.analytics.text.SpeakerWords.PREPOSITION;
import static org.liveblog.analytics.text.SpeakerWords.ROLE;
import static org.liveblog.analytics.text.SpeakerWords.STOP;

import java.util.regex.Pattern;

/**
 * Finds the speaker's name phrase next to a cue in the current sentence's {@link SentenceTokens}; a successful call
 * leaves the phrase's token range (or a pronoun) for {@link #name()}.
 *
 * <p>Before a verb: skip up to two adverbs or auxiliaries (has, also, later, -ly words, ...); "X, apposition, said"
 * takes the apposition when it is itself a name ("Kremlin spokesperson, Dmitry Peskov, said" gives Dmitry Peskov) and
 * otherwise the name before it ("Peskov, speaking to journalists, said"); else walk back over at most five
 * capitalised words (lower-cased text: three words that are not stop words), allowing the particles von, der, de,
 * van, al, bin, ... inside, and stopping at punctuation, a possessive ("Russia’s"), a stop word (the, officials, days
 * and months, ...) or a role word (president, minister, spokesman, Mr, ...), which strips titles: "the Kremlin said"
 * gives Kremlin, "Prime Minister Theresa May said" gives Theresa May. A name right after a preposition is not the
 * speaker ("the head of Gazprom said").
 *
 * <p>After a phrase ("according to", "said X"): skip "the" and role words, take capitalised words joined by
 * of/for/and/the (lower-cased: up to four non-stop words), and accept the phrase only when it is followed by
 * punctuation, the end, or a function word or verb ("that", "said", "posting"), so "according to Russian state media"
 * yields nothing. The word lists are {@link SpeakerWords}'.
 */
final class SpeakerNames {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final SentenceTokens tokens;
  private int from;
  private int to;
  private boolean pronoun;

  SpeakerNames(SentenceTokens tokens) {
    this.tokens = tokens;
  }

  /** First token of the last phrase found. */
  int from() {
    return from;
  }

  /** One past the last token of the last phrase found. */
  int to() {
    return to;
  }

  /** Whether the last phrase found is a pronoun (he, she, they), to be resolved against the entry. */
  boolean isPronoun() {
    return pronoun;
  }

  /** The last phrase found as written, runs of whitespace other than one space made one space. */
  String name() {
    String text = tokens.text();
    String raw = text.substring(tokens.start(from), tokens.end(to - 1));
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != ' ' && Character.isWhitespace(c)) {
        return WHITESPACE.matcher(raw).replaceAll(" ");
      }
    }
    return raw;
  }

  /** The speaker phrase (or pronoun) that ends right before token {@code v}; {@code agency} for "X reports". */
  boolean before(int v, boolean agency) {
    pronoun = false;
    int k = v - 1;
    int skippable = agency ? AGENCY_AUXILIARY : AUXILIARY;
    for (int skipped = 0; k >= 0 && skipped < 2 && tokens.isWord(k) && (tokens.is(k, skippable) || tokens.isAdverb(k));
        skipped++) {
      k--;
    }
    if (agency) {
      while (k >= 0 && tokens.isWord(k) && tokens.is(k, AGENCY_DESCRIPTOR)
          && (tokens.isLowerCased() || tokens.isLowerWord(k))) {
        k--;
      }
    }
    if (k < 0) {
      return false;
    }
    if (tokens.isPronoun(k)) {
      pronoun = true;
      from = k;
      to = k + 1;
      return true;
    }
    if (tokens.isPunct(k, ',')) {
      return !agency && appositive(k);
    }
    return collectBackward(k);
  }

  /** "X, apposition, said": the apposition when it is a name, else the name before it. */
  private boolean appositive(int comma) {
    boolean lower = tokens.isLowerCased();
    int previous = -1;
    for (int i = comma - 1; i >= 0 && i >= comma - 10; i--) {
      if (tokens.isPunct(i, ',')) {
        previous = i;
        break;
      }
      if (!tokens.isWord(i)) {
        return false;
      }
    }
    if (previous < 0 || previous + 1 >= comma) {
      return false;
    }
    int length = comma - previous - 1;
    if (length <= (lower ? 3 : 5) && collectBackward(comma - 1) && from == previous + 1) {
      return true;
    }
    int head = previous + 1;
    boolean descriptive = lower
        ? tokens.is(head, STOP) || length > 3 || tokens.wordEndsWith(head, "ing")
        : tokens.isLowerWord(head);
    return descriptive && previous > 0 && tokens.isWord(previous - 1) && collectBackward(previous - 1);
  }

  private boolean collectBackward(int k) {
    boolean lower = tokens.isLowerCased();
    int limit = lower ? 3 : 5;
    int i = k;
    while (i >= 0 && k - i < limit && isNameToken(i, i < k)) {
      i--;
    }
    int first = i + 1;
    if (first > k) {
      return false;
    }
    if (!lower) {
      boolean capitalised = false;
      for (int t = first; t <= k; t++) {
        capitalised |= !tokens.isLowerWord(t);
      }
      if (!capitalised) {
        return false;
      }
    }
    if (afterPreposition(first)) {
      return false; // "the head of Gazprom said": the speaker is not Gazprom
    }
    from = first;
    to = k + 1;
    return true;
  }

  private boolean afterPreposition(int first) {
    int t = first - 1;
    if (t >= 0 && tokens.isWord(t) && tokens.is(t, DETERMINER)) {
      t--;
    }
    return t >= 0 && tokens.isWord(t) && tokens.is(t, PREPOSITION);
  }

  private boolean isNameToken(int t, boolean followedByName) {
    char first = tokens.text().charAt(tokens.start(t));
    if (!tokens.isWord(t) || tokens.isPossessive(t) || Character.isDigit(first) || first == '\'' || first == '’') {
      return false;
    }
    if (tokens.is(t, STOP | ROLE)) {
      return false;
    }
    if (tokens.isLowerCased()) {
      return !looksLikeVerbOrAdverb(t);
    }
    if (Character.isUpperCase(first)) {
      return true;
    }
    return followedByName && tokens.is(t, PARTICLE);
  }

  private boolean looksLikeVerbOrAdverb(int t) {
    int length = tokens.wordLength(t);
    if (length > 4 && (tokens.wordEndsWith(t, "ly") || tokens.wordEndsWith(t, "ing"))) {
      return true;
    }
    return length > 3 && tokens.wordEndsWith(t, "ed") && !tokens.is(t, NAME_ENDING_IN_ED);
  }

  /** The name phrase starting at token {@code k} ("according to the Ministry of Defence, ..."). */
  boolean after(int k) {
    boolean lower = tokens.isLowerCased();
    int count = tokens.count();
    pronoun = false;
    int i = k;
    for (int skipped = 0; i < count && skipped < 3 && tokens.isWord(i)
        && (tokens.wordIs(i, "the") || tokens.is(i, ROLE)); skipped++) {
      i++;
    }
    int first = i;
    int lastGood = -1;
    int limit = lower ? 4 : 6;
    while (i < count && i - first < limit && tokens.isWord(i)) {
      if (lower) {
        if (tokens.is(i, STOP) && !(tokens.isPossessive(i) && i > first) || looksLikeVerbOrAdverb(i)
            || tokens.wordStartsWithDigit(i)) {
          break;
        }
        if (!tokens.isPossessive(i)) {
          lastGood = i;
        }
      } else if (!tokens.isLowerWord(i) && !tokens.is(i, STOP) && !tokens.wordStartsWithDigit(i)) {
        lastGood = i;
      } else if (!(i > first && tokens.is(i, CONNECTOR | PARTICLE))) {
        break;
      }
      i++;
    }
    if (lastGood < first) {
      return false;
    }
    int after = lastGood + 1;
    if (after < count && tokens.isWord(after) && !tokens.is(after, NAME_END)
        && !(tokens.wordEndsWith(after, "ing") && tokens.wordLength(after) > 4)) {
      return false;
    }
    from = first;
    to = lastGood + 1;
    return true;
  }

  /** Agency descriptors ("news agency") right before verb {@code v}, after up to two auxiliaries. */
  int descriptorsBefore(int v) {
    int k = v - 1;
    for (int skipped = 0; k >= 0 && skipped < 2 && tokens.isWord(k) && tokens.is(k, AGENCY_AUXILIARY); skipped++) {
      k--;
    }
    int descriptors = 0;
    while (k >= 0 && tokens.isWord(k) && tokens.is(k, AGENCY_DESCRIPTOR)) {
      k--;
      descriptors++;
    }
    return descriptors;
  }
}
