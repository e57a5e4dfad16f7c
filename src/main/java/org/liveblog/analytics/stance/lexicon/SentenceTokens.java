package org.liveblog.analytics.stance.lexicon;

import java.util.Arrays;

/**
 * One sentence cut into tokens the way the stance kernels read it, in both styles the corpora use: cased prose
 * ("Russia's foreign ministry didn't…") and lower-cased PTB-tokenised text ("russia 's foreign ministry did
 * n't …").
 *
 * <p>A word is a run of letters and digits, with hyphens and apostrophes inside it ("cover-up", "o'brien"); a final
 * "n't" and the clitics 's, 're, 've, 'll, 'd, 'm (with ' or ’) become tokens of their own, as PTB writes them, so
 * "didn't" and "did n't" both give "did" + "n't"; every other character except spaces is a one-character token,
 * and ; : ( ) [ ] — – are clause breaks. Offsets are UTF-16 indices into the sentence. Each token carries its word
 * id in the {@link StanceLexicon} (-1 when unlisted).
 *
 * <p>Reused per partition: {@link #read} overwrites the arrays (they only grow), so a sentence costs no allocation.
 */
public final class SentenceTokens {

  /** A word (letters, digits, inner hyphens and apostrophes). */
  public static final byte WORD = 0;
  /** A clitic split off a word: n't, 's, 're, 've, 'll, 'd, 'm. */
  public static final byte CLITIC = 1;
  /** Any other character. */
  public static final byte PUNCTUATION = 2;
  /** Punctuation that ends a clause for the sentiment window: ; : ( ) [ ] — –. */
  public static final byte BREAK = 3;

  private String text;
  private int count;
  private int[] start = new int[64];
  private int[] end = new int[64];
  private int[] word = new int[64];
  private byte[] type = new byte[64];

  /** Tokenises {@code sentence} and looks every token up in {@code lexicon}. */
  public void read(String sentence, StanceLexicon lexicon) {
    text = sentence;
    count = 0;
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      char c = sentence.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (isWordChar(sentence, i)) {
        int j = i + Character.charCount(sentence.codePointAt(i));
        while (j < n) {
          if (isWordChar(sentence, j)) {
            j += Character.charCount(sentence.codePointAt(j));
          } else if (isJoiner(sentence.charAt(j)) && j + 1 < n && isWordChar(sentence, j + 1)) {
            j++;
          } else {
            break;
          }
        }
        addWord(i, j);
        i = j;
      } else if (isApostrophe(c) && cliticLength(sentence, i, n) > 0) {
        int j = i + cliticLength(sentence, i, n);
        add(i, j, CLITIC);
        i = j;
      } else {
        int j = i + Character.charCount(sentence.codePointAt(i));
        add(i, j, isBreak(c) ? BREAK : PUNCTUATION);
        i = j;
      }
    }
    for (int t = 0; t < count; t++) {
      word[t] = type[t] == PUNCTUATION || type[t] == BREAK ? -1 : lexicon.word(sentence, start[t], end[t]);
    }
  }

  /** Splits a final n't or clitic off a word token. */
  private void addWord(int from, int to) {
    int length = to - from;
    if (length > 3 && endsWithNot(to)) {
      add(from, to - 3, WORD);
      add(to - 3, to, CLITIC);
      return;
    }
    if (length == 3 && endsWithNot(to)) {
      add(from, to, CLITIC);
      return;
    }
    for (int split = to - 2; split >= Math.max(from + 1, to - 3); split--) {
      if (isApostrophe(text.charAt(split)) && isCliticLetters(split + 1, to)) {
        add(from, split, WORD);
        add(split, to, CLITIC);
        return;
      }
    }
    add(from, to, WORD);
  }

  private boolean endsWithNot(int to) {
    return (text.charAt(to - 3) | 0x20) == 'n' && isApostrophe(text.charAt(to - 2))
        && (text.charAt(to - 1) | 0x20) == 't';
  }

  /** The length of a clitic that starts at the apostrophe {@code at} ("'s" in "putin 's"), or 0. */
  private static int cliticLength(String s, int at, int n) {
    int j = at + 1;
    while (j < n && j - at <= 3 && Character.isLetter(s.charAt(j))) {
      j++;
    }
    if (j == at + 1 || (j < n && Character.isLetterOrDigit(s.charAt(j)))) {
      return 0;
    }
    String letters = s.substring(at + 1, j).toLowerCase(java.util.Locale.ROOT);
    return switch (letters) {
      case "s", "re", "ve", "ll", "d", "m" -> j - at;
      default -> 0;
    };
  }

  private boolean isCliticLetters(int from, int to) {
    String letters = text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
    return switch (letters) {
      case "s", "re", "ve", "ll", "d", "m" -> true;
      default -> false;
    };
  }

  private void add(int from, int to, byte kind) {
    if (count == start.length) {
      int size = count * 2;
      start = Arrays.copyOf(start, size);
      end = Arrays.copyOf(end, size);
      word = Arrays.copyOf(word, size);
      type = Arrays.copyOf(type, size);
    }
    start[count] = from;
    end[count] = to;
    type[count] = kind;
    count++;
  }

  private static boolean isWordChar(String s, int i) {
    char c = s.charAt(i);
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(s.codePointAt(i));
  }

  private static boolean isJoiner(char c) {
    return c == '-' || isApostrophe(c);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isBreak(char c) {
    return c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' || c == '\u2014' || c == '\u2013';
  }

  public String text() {
    return text;
  }

  public int count() {
    return count;
  }

  public int start(int token) {
    return start[token];
  }

  public int end(int token) {
    return end[token];
  }

  /** The token's word id in the lexicon, or -1. */
  public int word(int token) {
    return word[token];
  }

  /** The word ids of every token (valid up to {@link #count()}), for phrase lookups. */
  public int[] words() {
    return word;
  }

  public byte type(int token) {
    return type[token];
  }

  public boolean isWord(int token) {
    return type[token] == WORD || type[token] == CLITIC;
  }

  public String surface(int token) {
    return text.substring(start[token], end[token]);
  }

  /** The first token that ends after UTF-16 offset {@code offset} (the token containing it, or the next one). */
  public int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (end[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The tokens overlapping {@code [from, to)}: {first, end} (end exclusive; first == end when none). */
  public long overlapping(int from, int to) {
    int first = firstEndingAfter(from);
    int last = first;
    while (last < count && start[last] < to) {
      last++;
    }
    return ((long) first << 32) | last;
  }
}
