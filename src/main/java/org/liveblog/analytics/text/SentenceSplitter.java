package org.liveblog.analytics.text;

/**
 * Splits an entry's text into paragraphs (separated by a blank line) and sentences, as character offsets.
 *
 * <p>A sentence ends at a run of {@code . ! ? …} (closing quotes and brackets written right after it belong to the
 * sentence, as does a PTB {@code ''} token after a space) that is followed by whitespace and then an uppercase letter,
 * a digit or an opening quote or bracket; in lower-cased text (see {@link #isLowerCased}) anything may follow, and a
 * stand-alone {@code " . "} token always ends a sentence. Exceptions: a period after a title abbreviation (Mr, Dr, Gen,
 * ...) or a single-letter initial never ends a sentence; after other abbreviations (U.S, e.g, etc, Jan, p.m, ...) it
 * does only when a typical sentence opener (The, He, But, ...) follows; "No." before a digit does not; an ellipsis
 * ends a sentence only in cased text before an uppercase letter, digit or quote; a closing quote followed within three
 * words by a speech verb ("...!" she said) does not. A fragment without any letter or digit (a stray ".") is glued
 * to its neighbour instead of becoming a sentence. The end of a paragraph always ends a sentence; single newlines
 * inside a paragraph are ordinary whitespace.
 *
 * <p>The scan is one pass over the characters; nothing is allocated besides the {@link Segmentation}.
 */
public final class SentenceSplitter {

  private SentenceSplitter() {}

  private static final String[] TITLE_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "rev", "st", "jr", "sr", "sen",
    "rep", "gov", "cmdr", "adm", "brig", "supt", "insp", "hon", "messrs", "mt", "ft"
  };

  private static final String[] OTHER_ABBREVIATIONS = {
    "vs", "v", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "e.u", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "a.m", "p.m", "approx", "inc", "ltd", "co", "corp", "cf", "al", "u.s.a", "d.c"
  };

  private static final String[] SENTENCE_OPENERS = {
    "the", "he", "she", "it", "they", "we", "i", "but", "in", "a", "an", "this", "that", "there", "his", "her", "its",
    "their", "on", "at", "after", "meanwhile", "however", "mr", "ms", "mrs", "our", "you", "if", "when", "some"
  };

  private static final String[] SPEECH_VERBS = {
    "said", "says", "asked", "added", "told", "insisted", "warned", "replied", "continued", "wrote", "explained",
    "stressed", "argued", "tweeted", "posted", "claimed", "declared", "according", "adding", "saying"
  };

  /** Splits {@code text} (null is treated as empty). */
  public static Segmentation split(String text) {
    String source = text == null ? "" : text;
    boolean lower = isLowerCased(source);
    Segmentation result = new Segmentation(source, lower);
    int n = source.length();
    int i = 0;
    while (i < n) {
      int start = skipWhitespace(source, i, n);
      if (start >= n) {
        break;
      }
      int separator = paragraphSeparator(source, start, n);
      int end = trimEnd(source, start, separator);
      result.addParagraph(start, end);
      splitParagraph(source, start, end, lower, result);
      i = separator;
    }
    return result;
  }

  /** Lower-cased text: fewer than one uppercase letter per 200 letters (cased prose has at least one per sentence). */
  public static boolean isLowerCased(String text) {
    int letters = 0;
    int upper = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters > 0 && upper * 200 < letters;
  }

  private static void splitParagraph(String text, int ps, int pe, boolean lower, Segmentation out) {
    int sentenceStart = ps;
    int i = ps;
    while (i < pe) {
      char c = text.charAt(i);
      if (!isTerminator(c)) {
        i++;
        continue;
      }
      int runStart = i;
      int j = i;
      while (j < pe && isTerminator(text.charAt(j))) {
        j++;
      }
      int runEnd = j;
      while (j < pe && isClosing(text.charAt(j))) {
        j++;
      }
      boolean closedQuote = j > runEnd;
      int end = j;
      if (end < pe && !Character.isWhitespace(text.charAt(end))) {
        i = end; // 3.5, u.s.a, example.com
        continue;
      }
      int next = skipWhitespace(text, end, pe);
      if (next < pe && isPtbClosingQuote(text, next, pe)) {
        end = next + 2;
        closedQuote = true;
        next = skipWhitespace(text, end, pe);
      }
      if (next >= pe) {
        break;
      }
      if (isBoundary(text, ps, runStart, runEnd, closedQuote, next, pe, lower) && hasLetterOrDigit(text, sentenceStart, end)) {
        out.addSentence(sentenceStart, end);
        sentenceStart = next;
      }
      i = next;
    }
    if (sentenceStart < pe) {
      if (hasLetterOrDigit(text, sentenceStart, pe) || out.sentencesInCurrentParagraph() == 0) {
        out.addSentence(sentenceStart, pe);
      } else {
        out.extendLastSentence(pe);
      }
    }
  }

  private static boolean isBoundary(
      String text, int ps, int runStart, int runEnd, boolean closedQuote, int next, int pe, boolean lower) {
    char first = text.charAt(runStart);
    int runLength = runEnd - runStart;
    char following = text.charAt(next);
    if (isEllipsis(text, runStart, runEnd)) {
      return !lower && (Character.isUpperCase(following) || Character.isDigit(following) || isOpening(text, next, pe));
    }
    if (closedQuote && speechVerbFollows(text, next, pe)) {
      return false;
    }
    boolean standalone = runStart > ps && Character.isWhitespace(text.charAt(runStart - 1));
    if (standalone) {
      return true;
    }
    if (runLength == 1 && first == '.') {
      int wordStart = runStart;
      while (wordStart > ps && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
        wordStart--;
      }
      int length = runStart - wordStart;
      if (length == 1) {
        return false; // an initial: J. K. Rowling
      }
      if (length > 1) {
        if (matchesAny(text, wordStart, runStart, TITLE_ABBREVIATIONS)) {
          return false;
        }
        if (length == 2 && text.regionMatches(true, wordStart, "no", 0, 2) && Character.isDigit(following)) {
          return false;
        }
        if (matchesAny(text, wordStart, runStart, OTHER_ABBREVIATIONS)) {
          return startsWithAny(text, next, pe, SENTENCE_OPENERS)
              && (lower || Character.isUpperCase(following));
        }
      }
    }
    if (lower) {
      return true;
    }
    return Character.isUpperCase(following) || Character.isDigit(following) || isOpening(text, next, pe);
  }

  /** A closing quote followed by "she said", "said Peskov", "the minister added" belongs to the same sentence. */
  private static boolean speechVerbFollows(String text, int from, int pe) {
    int i = from;
    for (int word = 0; word < 3 && i < pe; word++) {
      char c = text.charAt(i);
      if (isTerminator(c)) {
        return false;
      }
      int end = i;
      while (end < pe && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (end == i) {
        end = i + 1; // punctuation such as a comma counts as a word
      } else if (matchesAny(text, i, end, SPEECH_VERBS)) {
        return true;
      }
      i = skipWhitespace(text, end, pe);
    }
    return false;
  }

  private static boolean startsWithAny(String text, int from, int pe, String[] words) {
    int end = from;
    while (end < pe && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end > from && matchesAny(text, from, end, words);
  }

  static boolean matchesAny(String text, int start, int end, String[] words) {
    int length = end - start;
    for (String word : words) {
      if (word.length() == length && text.regionMatches(true, start, word, 0, length)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEllipsis(String text, int runStart, int runEnd) {
    int dots = 0;
    for (int i = runStart; i < runEnd; i++) {
      char c = text.charAt(i);
      if (c == '…') {
        return true;
      }
      if (c == '.') {
        dots++;
      }
    }
    return dots >= 3;
  }

  private static boolean hasLetterOrDigit(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  private static boolean isClosing(char c) {
    return c == '”' || c == '’' || c == '"' || c == '\'' || c == '»' || c == ')' || c == ']' || c == '}';
  }

  private static boolean isOpening(String text, int i, int pe) {
    char c = text.charAt(i);
    return c == '“' || c == '‘' || c == '"' || c == '\'' || c == '«' || c == '(' || c == '['
        || (c == '`' && i + 1 < pe && text.charAt(i + 1) == '`');
  }

  private static boolean isPtbClosingQuote(String text, int i, int pe) {
    return i + 1 < pe && text.charAt(i) == '\'' && text.charAt(i + 1) == '\''
        && (i + 2 == pe || Character.isWhitespace(text.charAt(i + 2)));
  }

  private static int skipWhitespace(String text, int i, int end) {
    while (i < end && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Index where the blank line after the paragraph starting at {@code start} begins, or the text's length. */
  private static int paragraphSeparator(String text, int start, int n) {
    for (int i = start; i < n; i++) {
      if (text.charAt(i) == '\n') {
        int k = i + 1;
        while (k < n && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) {
          k++;
        }
        if (k < n && text.charAt(k) == '\n') {
          return i;
        }
      }
    }
    return n;
  }
}
