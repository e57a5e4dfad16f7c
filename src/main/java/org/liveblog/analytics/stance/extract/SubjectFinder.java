package org.liveblog.analytics.stance.extract;

import org.liveblog.analytics.stance.lexicon.SentenceTokens;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;

/**
 * Decides whether an actor mention is the subject of a reporting or action verb, from the tokens that follow it (no
 * parse; the rule is the one in {@link StatementExtractor}'s documentation):
 * <ol>
 *   <li>a possessive ('s, ’s) may follow, then up to three words that are not verbs ("Russia's foreign ministry",
 *       "putin 's spokesman"); without one, up to two body words of {@code function-words.tsv} ("Russian officials",
 *       "Nato leaders");</li>
 *   <li>or an apposition between commas, up to eight tokens without a verb ("Stoltenberg, the Nato chief, said");</li>
 *   <li>then up to four auxiliaries, modals, negations, hedges, boosters or -ly adverbs ("has also said", "did not",
 *       "strongly");</li>
 *   <li>then the verb: an inflected reporting verb of {@code function-words.tsv}, or a CAMEO verb phrase. A phrase in
 *       its base form counts only after a modal ("will condemn", "did not condemn"), so that the noun in "Nato support
 *       for Kyiv" is no verb. After a form of "be" a verb not in -ing is passive: the mention is its object.</li>
 * </ol>
 * Not thread-safe: the result of {@link #find} is kept in fields.
 */
final class SubjectFinder {

  private static final int MAX_AFTER_POSSESSIVE = 3;
  private static final int MAX_BODY_WORDS = 2;
  private static final int MAX_APPOSITION = 8;
  private static final int MAX_GAP = 4;
  private static final int GAP_WORDS = StanceLexicon.AUXILIARY | StanceLexicon.MODAL | StanceLexicon.NEGATION
      | StanceLexicon.HEDGE | StanceLexicon.BOOSTER | StanceLexicon.DAMPENER;

  private final StanceLexicon lexicon;

  /** The verb's first token, after a successful {@link #find}. */
  int verb;
  /** The verb's length in tokens. */
  int verbLength;
  /** The verb is a reporting verb ("said"), not an action verb ("accused"). */
  boolean reporting;
  /** The verb is passive ("was accused"): the mention is its object. */
  boolean passive;

  SubjectFinder(StanceLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Whether the mention whose last token is before {@code after} is followed by its verb. {@code mentionAt[t]} is
   * the mention covering token t, or -1.
   */
  boolean find(SentenceTokens tokens, int after, int[] mentionAt) {
    int n = tokens.count();
    int i = after;
    boolean possessive = i < n && tokens.type(i) == SentenceTokens.CLITIC && isPossessive(tokens, i);
    if (possessive) {
      i++;
    }
    int extra = 0;
    while (i < n && extra < (possessive ? MAX_AFTER_POSSESSIVE : MAX_BODY_WORDS)
        && mentionAt[i] < 0 && tokens.type(i) == SentenceTokens.WORD) {
      int word = tokens.word(i);
      // A body word first: "forces" and "head" are CAMEO verbs too, but "Russian forces said" names who spoke.
      if (!lexicon.is(word, StanceLexicon.BODY) && (!possessive || verbAt(tokens, i, false))) {
        break;
      }
      i++;
      extra++;
    }
    if (!possessive && extra == 0) {
      i = afterApposition(tokens, i, mentionAt);
    }
    boolean modal = false;
    boolean be = false;
    for (int gap = 0; i < n && gap <= MAX_GAP; gap++) {
      if (verbAt(tokens, i, modal)) {
        passive = be && !reporting && !endsWithIng(tokens, i);
        return true;
      }
      int word = tokens.word(i);
      if (gap == MAX_GAP || !(lexicon.isAny(word, GAP_WORDS) || isLyAdverb(tokens, i))) {
        break;
      }
      modal |= lexicon.is(word, StanceLexicon.MODAL);
      be |= lexicon.is(word, StanceLexicon.BE);
      i++;
    }
    verb = -1;
    return false;
  }

  /** Whether a verb starts at token {@code i} (sets {@link #verb}, {@link #verbLength}, {@link #reporting}). */
  private boolean verbAt(SentenceTokens tokens, int i, boolean afterModal) {
    if (tokens.type(i) != SentenceTokens.WORD) {
      return false;
    }
    if (lexicon.is(tokens.word(i), StanceLexicon.REPORTING)) {
      verb = i;
      verbLength = 1;
      reporting = true;
      return true;
    }
    int match = lexicon.verbAt(tokens.words(), i, tokens.count());
    if (match < 0 || (lexicon.isBaseForm(StanceLexicon.verbIndex(match)) && !afterModal)) {
      return false;
    }
    verb = i;
    verbLength = StanceLexicon.verbLength(match);
    reporting = false;
    return true;
  }

  /** The token after an apposition that starts at {@code i} (", the Nato chief,"), or {@code i} when there is none. */
  private int afterApposition(SentenceTokens tokens, int i, int[] mentionAt) {
    if (i >= tokens.count() || !isComma(tokens, i)) {
      return i;
    }
    for (int k = i + 1; k < tokens.count() && k <= i + MAX_APPOSITION + 1; k++) {
      if (isComma(tokens, k)) {
        return k > i + 1 ? k + 1 : i;
      }
      if (tokens.type(k) == SentenceTokens.BREAK
          || (mentionAt[k] < 0 && tokens.type(k) == SentenceTokens.WORD && verbAt(tokens, k, false))) {
        return i;
      }
    }
    return i;
  }

  private static boolean isComma(SentenceTokens tokens, int i) {
    return tokens.type(i) == SentenceTokens.PUNCTUATION && tokens.text().charAt(tokens.start(i)) == ',';
  }

  private static boolean isPossessive(SentenceTokens tokens, int i) {
    return tokens.end(i) - tokens.start(i) == 2 && (tokens.text().charAt(tokens.start(i) + 1) | 0x20) == 's';
  }

  private static boolean isLyAdverb(SentenceTokens tokens, int i) {
    int end = tokens.end(i);
    return tokens.type(i) == SentenceTokens.WORD && end - tokens.start(i) >= 5
        && (tokens.text().charAt(end - 2) | 0x20) == 'l' && (tokens.text().charAt(end - 1) | 0x20) == 'y';
  }

  private static boolean endsWithIng(SentenceTokens tokens, int i) {
    String text = tokens.text();
    int end = tokens.end(i);
    return end - tokens.start(i) > 4 && text.regionMatches(true, end - 3, "ing", 0, 3);
  }
}
