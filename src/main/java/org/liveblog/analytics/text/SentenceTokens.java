package org.liveblog.analytics.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens of one sentence for speaker attribution: offsets into the entry's text, each token's lower-cased form in
 * a shared character buffer and the word lists that hold it ({@link SpeakerWords} classes), all in arrays reused from
 * sentence to sentence, so that asking about a token builds no string.
 *
 * <p>Tokens: runs of letters and digits, joined through a single {@code ' ’ - . &} between two of them ("Zelenskiy’s",
 * "itar-tass", "U.S"); a PTB clitic after a space ("he 's"); the doubled PTB quotes {@code ``} and {@code ''}; every
 * other character that is not whitespace on its own.
 *
 * <p>Not thread-safe: one instance per attributor.
 */
final class SentenceTokens {

  private final SpeakerWords words;
  private final String[] clitics;
  private String text;
  // The entry's text, copied once per entry into a reused array: reading it is the tokenizer's hottest loop.
  private char[] chars = new char[4096];
  private boolean lower;
  private int count;
  private int[] start = new int[128];
  private int[] end = new int[128];
  private int[] lowerStart = new int[128];
  private int[] lowerEnd = new int[128];
  private int[] classes = new int[128];
  private char[] lowered = new char[1024];
  private int loweredLength;

  SentenceTokens(SpeakerWords words) {
    this.words = words;
    this.clitics = words.clitics();
  }

  /** Starts an entry: its text and whether it is lower-cased (then case carries no information). */
  void reset(String text, boolean lower) {
    this.text = text;
    this.lower = lower;
    this.count = 0;
    if (chars.length < text.length()) {
      chars = new char[Math.max(text.length(), chars.length * 2)];
    }
    text.getChars(0, text.length(), chars, 0);
  }

  String text() {
    return text;
  }

  boolean isLowerCased() {
    return lower;
  }

  int count() {
    return count;
  }

  int start(int t) {
    return start[t];
  }

  int end(int t) {
    return end[t];
  }

  /** The token as written; allocates, so never called in a loop over tokens. */
  String token(int t) {
    return text.substring(start[t], end[t]);
  }

  /** Splits {@code text[from, to)} into tokens, replacing those of the previous sentence. */
  void tokenize(int from, int to) {
    count = 0;
    loweredLength = 0;
    int i = from;
    while (i < to) {
      char c = chars[i];
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int tokenEndAt;
      if ((c == '`' || c == '\'') && i + 1 < to && chars[i + 1] == c) {
        tokenEndAt = i + 2;
      } else if (Character.isLetterOrDigit(c) || isClitic(i, from, to)) {
        int j = i + 1;
        while (j < to) {
          char d = chars[j];
          if (Character.isLetterOrDigit(d)) {
            j++;
          } else if ((d == '\'' || d == '’' || d == '-' || d == '.' || d == '&') && j + 1 < to
              && Character.isLetterOrDigit(chars[j + 1])) {
            j += 2;
          } else {
            break;
          }
        }
        tokenEndAt = j;
      } else {
        tokenEndAt = i + 1;
      }
      add(i, tokenEndAt);
      i = tokenEndAt;
    }
  }

  private void add(int from, int to) {
    if (count == start.length) {
      int grown = count * 2;
      start = Arrays.copyOf(start, grown);
      end = Arrays.copyOf(end, grown);
      lowerStart = Arrays.copyOf(lowerStart, grown);
      lowerEnd = Arrays.copyOf(lowerEnd, grown);
      classes = Arrays.copyOf(classes, grown);
    }
    start[count] = from;
    end[count] = to;
    lowerStart[count] = loweredLength;
    int hash = lowerToken(from, to);
    lowerEnd[count] = loweredLength;
    classes[count] = words.classes(lowered, lowerStart[count], loweredLength, hash);
    count++;
  }

  /**
   * Appends {@code text[from, to).toLowerCase(Locale.ROOT)} to the buffer and returns its {@link String#hashCode()}.
   * Character by character that is {@link Character#toLowerCase(char)}, except for the three cases in which
   * {@link String#toLowerCase(Locale)} differs (dotted capital I becomes two characters, capital sigma depends on its
   * neighbours, surrogate pairs are cased as code points): a token with one of them takes the string's own path.
   */
  private int lowerToken(int from, int to) {
    ensureLowered(loweredLength + (to - from));
    int at = loweredLength;
    int hash = 0;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      char lowerCase;
      if (c < 128) {
        lowerCase = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
        String exact = text.substring(from, to).toLowerCase(Locale.ROOT);
        ensureLowered(loweredLength + exact.length());
        exact.getChars(0, exact.length(), lowered, loweredLength);
        loweredLength += exact.length();
        return exact.hashCode();
      } else {
        lowerCase = Character.toLowerCase(c);
      }
      lowered[at++] = lowerCase;
      hash = 31 * hash + lowerCase;
    }
    loweredLength = at;
    return hash;
  }

  private void ensureLowered(int length) {
    if (length > lowered.length) {
      lowered = Arrays.copyOf(lowered, Math.max(length, lowered.length * 2));
    }
  }

  /** PTB clitics written as their own token: 's 're 'll 'd 'm 've. */
  private boolean isClitic(int i, int from, int to) {
    char c = chars[i];
    if ((c != '\'' && c != '’') || (i > from && !Character.isWhitespace(chars[i - 1]))) {
      return false;
    }
    int j = i + 1;
    while (j < to && Character.isLetter(chars[j])) {
      j++;
    }
    int length = j - i - 1;
    return length > 0 && length <= 2 && SentenceSplitter.matchesAny(text, i + 1, j, clitics);
  }

  // ---------------------------------------------------------------------------------------------- lower-cased form

  /** Whether the lower-cased token is in one of the lists whose bits are set in {@code wordClasses}. */
  boolean is(int t, int wordClasses) {
    return (classes[t] & wordClasses) != 0;
  }

  /** Whether the lower-cased token is {@code word}. */
  boolean wordIs(int t, String word) {
    int from = lowerStart[t];
    int length = lowerEnd[t] - from;
    if (length != word.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (lowered[from + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the lower-cased token ends with {@code suffix}. */
  boolean wordEndsWith(int t, String suffix) {
    int from = lowerEnd[t] - suffix.length();
    if (from < lowerStart[t]) {
      return false;
    }
    for (int i = 0; i < suffix.length(); i++) {
      if (lowered[from + i] != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Length of the lower-cased token (one more than the token's for a dotted capital I). */
  int wordLength(int t) {
    return lowerEnd[t] - lowerStart[t];
  }

  boolean wordStartsWithDigit(int t) {
    return Character.isDigit(lowered[lowerStart[t]]);
  }

  // ---------------------------------------------------------------------------------------------- predicates

  boolean isWord(int t) {
    char c = chars[start[t]];
    return Character.isLetterOrDigit(c) || (end[t] - start[t] > 1 && (c == '\'' || c == '’')
        && Character.isLetter(chars[start[t] + 1]));
  }

  /** A lower-case word ending in -ly ("actually", "reportedly"): skipped between a name and its verb. */
  boolean isAdverb(int t) {
    int length = end[t] - start[t];
    return length > 4 && isLowerWord(t) && chars[end[t] - 2] == 'l' && chars[end[t] - 1] == 'y';
  }

  /** Not capitalised (true for punctuation too). */
  boolean isLowerWord(int t) {
    return !Character.isUpperCase(chars[start[t]]);
  }

  boolean isPunct(int t, char c) {
    return end[t] - start[t] == 1 && chars[start[t]] == c;
  }

  boolean isPronoun(int t) {
    return isWord(t) && is(t, SpeakerWords.PRONOUN);
  }

  boolean isPossessive(int t) {
    int s = start[t];
    int e = end[t];
    if (e - s < 2) {
      return false;
    }
    char apostrophe = chars[e - 2];
    char last = chars[e - 1];
    return (apostrophe == '\'' || apostrophe == '’') && (last == 's' || last == 'S');
  }

  /** Sentence terminators, quote marks and colons end the clause a verb and its name may share. */
  boolean isBarrier(int t) {
    if (isWord(t)) {
      return false;
    }
    char c = chars[start[t]];
    return SentenceSplitter.isTerminator(c) || c == ':' || c == ';' || c == '“' || c == '”' || c == '"' || c == '`'
        || (c == '\'' && end[t] - start[t] == 2);
  }

  /** Only terminators, closing quotes or brackets from token {@code t} to the end of the sentence. */
  boolean closesSentence(int t) {
    for (int i = t; i < count; i++) {
      if (isWord(i)) {
        return false;
      }
      char c = chars[start[i]];
      if (!(SentenceSplitter.isTerminator(c) || c == '”' || c == '’' || c == '"' || c == '\'' || c == ')')) {
        return false;
      }
    }
    return true;
  }

  boolean hasWordAfter(int t) {
    for (int i = t + 1; i < count; i++) {
      if (isWord(i)) {
        return true;
      }
    }
    return false;
  }

  /** +1 opening quote mark, -1 closing quote mark, 0 neither; {@code open} disambiguates straight quotes. */
  int quoteKind(int t, boolean open) {
    if (isWord(t)) {
      return 0;
    }
    int s = start[t];
    char c = chars[s];
    int length = end[t] - s;
    if (length == 2) {
      return c == '`' ? 1 : (c == '\'' ? -1 : 0);
    }
    switch (c) {
      case '“':
      case '«':
        return 1;
      case '”':
      case '»':
        return -1;
      case '"':
        return open ? -1 : 1;
      case '’':
      case '\'':
        if (s > 0 && ",.!?…".indexOf(chars[s - 1]) >= 0) {
          return -1;
        }
        return 0;
      default:
        return 0;
    }
  }
}
