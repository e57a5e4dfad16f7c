package org.liveblog.analytics.stance.lexicon;

import java.io.Serializable;
import java.util.List;

/**
 * A fixed set of lower-case words, each with an id (its position in the list it was built from), looked up by a
 * range of any text without creating a string: the text is folded to lower case and ’ is read as ' while hashing and
 * comparing, so "Didn’t", "didn't" and "DIDN'T" find the same entry. Keys live in one char array and the table is
 * open addressing over ints, so it serialises as a handful of primitive arrays.
 */
public final class WordTable implements Serializable {

  private static final long serialVersionUID = 1L;

  private final char[] chars;
  private final int[] keyStart;
  private final int[] slots;
  private final int mask;

  private WordTable(char[] chars, int[] keyStart, int[] slots) {
    this.chars = chars;
    this.keyStart = keyStart;
    this.slots = slots;
    this.mask = slots.length - 1;
  }

  /** A table of {@code words} (lower case, distinct); the id of a word is its index in the list. */
  public static WordTable of(List<String> words) {
    int total = 0;
    for (String w : words) {
      total += w.length();
    }
    char[] chars = new char[total];
    int[] keyStart = new int[words.size() + 1];
    int capacity = Integer.highestOneBit(Math.max(4, words.size() * 2 - 1)) << 1;
    int[] slots = new int[capacity];
    WordTable table = new WordTable(chars, keyStart, slots);
    int at = 0;
    for (int id = 0; id < words.size(); id++) {
      String word = words.get(id);
      keyStart[id] = at;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (fold(c) != c) {
          throw new IllegalArgumentException("not a lower-case word: '" + word + "'");
        }
        chars[at++] = c;
      }
      keyStart[id + 1] = at;
      if (table.find(word, 0, word.length()) >= 0) {
        throw new IllegalArgumentException("word listed twice: '" + word + "'");
      }
      int slot = hash(word, 0, word.length()) & table.mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & table.mask;
      }
      slots[slot] = id + 1;
    }
    return table;
  }

  /** The id of {@code text[start, end)} (case-folded), or -1. */
  public int find(CharSequence text, int start, int end) {
    int slot = hash(text, start, end) & mask;
    for (int entry = slots[slot]; entry != 0; entry = slots[slot]) {
      int id = entry - 1;
      if (equalsKey(id, text, start, end)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  public int find(CharSequence word) {
    return find(word, 0, word.length());
  }

  public int size() {
    return keyStart.length - 1;
  }

  public String word(int id) {
    return new String(chars, keyStart[id], keyStart[id + 1] - keyStart[id]);
  }

  private boolean equalsKey(int id, CharSequence text, int start, int end) {
    int from = keyStart[id];
    if (keyStart[id + 1] - from != end - start) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (chars[from++] != fold(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence text, int start, int end) {
    int h = 0x811C9DC5;
    for (int i = start; i < end; i++) {
      h = (h ^ fold(text.charAt(i))) * 0x01000193;
    }
    return h ^ (h >>> 16);
  }

  /** Lower case, with the typographic apostrophe read as the straight one; ASCII without a table lookup. */
  static char fold(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return c == '\u2019' ? '\'' : Character.toLowerCase(c);
  }
}
