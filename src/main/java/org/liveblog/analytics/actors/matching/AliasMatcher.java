package org.liveblog.analytics.actors.matching;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every registry surface form in a text, keeping matches that sit on token boundaries and obey their form's case
 * rule, and choosing leftmost-longest among overlaps. Since a match must start at a token start, the matcher walks
 * the trie of case-folded forms from each token start (left to right, skipping starts inside the last match) rather
 * than running an Aho-Corasick automaton over every character: most characters are then read once by the token scan
 * and a few more times by short walks (never longer than the longest form), and the trie is a double array whose
 * every step reads one cache line. The arrays are primitive so that one instance, broadcast once, serves a whole
 * partition without allocating per character; {@link #match} reuses the caller's {@link Matches} buffer.
 *
 * <p>Folding keeps offsets: every character maps to exactly one character (lower case, curly apostrophes to ',
 * every whitespace to a space), so a match's offsets are offsets into the original text. Boundaries: the characters
 * before and after a match must not be letters or digits, which makes "Nato's", "Nato’s", "EU-China" and the
 * tokenised "putin 's" match while "Putinism" does not.
 *
 * <p>In a lower-cased corpus (see {@link #forLowerCasedText}), case-sensitive forms cannot be checked; they are
 * matched without case only when they are not also a common English word (the acronym "WHO" is dropped, "NATO" kept).
 */
public final class AliasMatcher implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A surface form to find: its text, whether case must match, and what it is attached to (opaque to the matcher). */
  public record Pattern(String text, boolean caseSensitive, int payload) implements Serializable {}

  private final String[] texts;
  private final boolean[] caseSensitive;
  private final int[] payloads;
  private final int[] lengths;
  // Every char → its code: the low 15 bits are the index of its folded form in the patterns' alphabet (0 when no
  // pattern has it); BOUNDARY is set when the char is not a letter or digit, so that a token may start after it.
  private final char[] codes;
  private static final int SYMBOL = 0x7FFF;
  private static final int BOUNDARY = 0x8000;
  // The trie as a double array, root at slot 0: the child of state s by symbol c is t = base(s) + c if check(t) == s.
  // base and check of a slot sit side by side (trie[2t], trie[2t + 1]), so that a step reads one cache line.
  private final int[] trie;
  // Patterns ending at a state: a linked list (slot → pattern ids), -1 at its end.
  private final int[] stateOutput;
  private final int[] outputPattern;
  private final int[] outputNext;

  private AliasMatcher(List<Pattern> patterns) {
    int n = patterns.size();
    texts = new String[n];
    caseSensitive = new boolean[n];
    payloads = new int[n];
    lengths = new int[n];
    Map<Character, Integer> alphabet = new HashMap<>();
    Map<Long, Integer> edges = new HashMap<>();
    List<List<Integer>> outputs = new ArrayList<>();
    outputs.add(new ArrayList<>());
    for (int p = 0; p < n; p++) {
      Pattern pattern = patterns.get(p);
      texts[p] = pattern.text();
      caseSensitive[p] = pattern.caseSensitive();
      payloads[p] = pattern.payload();
      lengths[p] = pattern.text().length();
      int state = 0;
      for (int i = 0; i < pattern.text().length(); i++) {
        char folded = fold(pattern.text().charAt(i));
        int symbol = alphabet.computeIfAbsent(folded, f -> alphabet.size() + 1);
        if (symbol > SYMBOL) {
          throw new IllegalArgumentException("patterns use more than " + SYMBOL + " distinct characters");
        }
        long key = ((long) state << 16) | symbol;
        Integer next = edges.get(key);
        if (next == null) {
          next = outputs.size();
          edges.put(key, next);
          outputs.add(new ArrayList<>());
        }
        state = next;
      }
      outputs.get(state).add(p);
    }
    codes = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      Integer symbol = alphabet.get(fold((char) c));
      codes[c] = (char) ((symbol == null ? 0 : symbol) | (Character.isLetterOrDigit(c) ? 0 : BOUNDARY));
    }
    int states = outputs.size();
    int[][] children = new int[states][];
    int[] childCount = new int[states];
    for (long key : edges.keySet()) {
      childCount[(int) (key >>> 16)]++;
    }
    for (int s = 0; s < states; s++) {
      children[s] = new int[childCount[s]];
      childCount[s] = 0;
    }
    for (Map.Entry<Long, Integer> edge : edges.entrySet()) {
      int from = (int) (edge.getKey() >>> 16);
      children[from][childCount[from]++] = (int) (edge.getKey() & 0xFFFF);
    }
    int[] slotOf = new int[states];
    DoubleArray array = new DoubleArray(alphabet.size() + 1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(0);
    while (!queue.isEmpty()) {
      int state = queue.poll();
      int[] symbols = children[state];
      if (symbols.length == 0) {
        continue;
      }
      Arrays.sort(symbols);
      int base = array.place(slotOf[state], symbols);
      for (int symbol : symbols) {
        int child = edges.get(((long) state << 16) | symbol);
        slotOf[child] = base + symbol;
        queue.add(child);
      }
    }
    trie = array.trie();
    stateOutput = new int[trie.length / 2];
    Arrays.fill(stateOutput, -1);
    List<Integer> pattern = new ArrayList<>();
    List<Integer> next = new ArrayList<>();
    // The root's outputs (empty forms) are never reported.
    for (int s = 1; s < states; s++) {
      for (int p : outputs.get(s)) {
        pattern.add(p);
        next.add(stateOutput[slotOf[s]]);
        stateOutput[slotOf[s]] = pattern.size() - 1;
      }
    }
    outputPattern = pattern.stream().mapToInt(Integer::intValue).toArray();
    outputNext = next.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Builds a double array by first fit: each state's children go to the lowest base whose slots are all free. */
  private static final class DoubleArray {
    private final int alphabetSize;
    private final BitSet used = new BitSet();
    private int[] trie = new int[1024];
    private int firstFree = 1;
    private int end = 1;

    DoubleArray(int alphabetSize) {
      this.alphabetSize = alphabetSize;
      used.set(0);
      Arrays.fill(trie, -1);
    }

    /** Places the children of the state at {@code slot}, which has these sorted symbols; returns its base. */
    int place(int slot, int[] symbols) {
      firstFree = used.nextClearBit(firstFree);
      int from = Math.max(firstFree, symbols[0]);
      int base;
      search:
      for (int free = used.nextClearBit(from); ; free = used.nextClearBit(free + 1)) {
        base = free - symbols[0];
        for (int k = 1; k < symbols.length; k++) {
          if (used.get(base + symbols[k])) {
            continue search;
          }
        }
        break;
      }
      int last = base + symbols[symbols.length - 1];
      // Every state's base + any symbol must stay inside the array, so that a step needs no range check.
      int size = 2 * (last + alphabetSize + 1);
      if (size > trie.length) {
        int old = trie.length;
        trie = Arrays.copyOf(trie, Math.max(size, old * 2));
        Arrays.fill(trie, old, trie.length, -1);
      }
      end = Math.max(end, last + alphabetSize + 1);
      trie[2 * slot] = base;
      for (int symbol : symbols) {
        used.set(base + symbol);
        trie[2 * (base + symbol) + 1] = slot;
      }
      return base;
    }

    int[] trie() {
      int[] out = Arrays.copyOf(trie, 2 * end);
      // Leaves keep base 0: no slot's check names a leaf.
      for (int t = 0; t < end; t++) {
        if (out[2 * t] < 0) {
          out[2 * t] = 0;
        }
      }
      return out;
    }
  }

  /** A matcher for cased text: every pattern with its own case rule. */
  public static AliasMatcher forText(List<Pattern> patterns) {
    return new AliasMatcher(patterns);
  }

  /**
   * A matcher for a lower-cased corpus: case-sensitive patterns become case-insensitive, except those whose
   * lower-case form is in {@code commonWords}, which are dropped.
   */
  public static AliasMatcher forLowerCasedText(List<Pattern> patterns, Set<String> commonWords) {
    List<Pattern> usable = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Pattern p : patterns) {
      String lower = p.text().toLowerCase(java.util.Locale.ROOT);
      // "NATO" and "Nato" of one actor are one form once case is gone.
      boolean usableWithoutCase = !p.caseSensitive() || !commonWords.contains(lower);
      if (usableWithoutCase && seen.add(lower + '\u0000' + p.payload())) {
        usable.add(new Pattern(p.text(), false, p.payload()));
      }
    }
    return new AliasMatcher(usable);
  }

  public int patternCount() {
    return texts.length;
  }

  /** The payload of a pattern found by {@link #match}. */
  public int payload(int pattern) {
    return payloads[pattern];
  }

  /** Finds the leftmost-longest non-overlapping matches in {@code text} into {@code out} (cleared first), in order. */
  public void match(CharSequence text, Matches out) {
    out.clear();
    int length = text.length();
    // The text is copied once into the buffer: array reads are cheaper than charAt, which checks the string's coder
    // and bounds on every character (on UTF-16 strings, any text with a curly quote, the walk got 1.1-1.4x faster).
    char[] chars = out.chars(length);
    if (text instanceof String string) {
      string.getChars(0, length, chars, 0);
    } else {
      for (int i = 0; i < length; i++) {
        chars[i] = text.charAt(i);
      }
    }
    // A match can only start at a token start, and one that starts inside an earlier match loses to it, so starts are
    // tried left to right, skipping those covered by the last match.
    int covered = 0;
    boolean tokenStart = true;
    for (int i = 0; i < length; i++) {
      int code = codes[chars[i]];
      if (tokenStart && i >= covered && (code & SYMBOL) != 0) {
        covered = Math.max(covered, matchAt(chars, length, i, out));
      }
      tokenStart = (code & BOUNDARY) != 0;
    }
  }

  /**
   * Walks the trie from {@code start} and adds the longest match that starts there, or several when forms of that
   * exact span belong to several actors (the caller sees the ambiguity); returns its end, or 0.
   */
  private int matchAt(char[] text, int length, int start, Matches out) {
    int first = out.size();
    int longest = 0;
    int state = 0;
    for (int i = start; ; i++) {
      int code = i < length ? codes[text[i]] : BOUNDARY;
      if ((code & BOUNDARY) != 0 && stateOutput[state] >= 0) {
        for (int o = stateOutput[state]; o >= 0; o = outputNext[o]) {
          int p = outputPattern[o];
          if (caseAgrees(text, start, p)) {
            if (longest != i) {
              // The walk meets ends in increasing order: a longer match replaces the shorter ones.
              out.truncate(first);
              longest = i;
            }
            out.add(start, i, p);
          }
        }
      }
      // Symbol 0 never has an edge, so a character no pattern has ends the walk here too.
      int next = trie[2 * state] + (code & SYMBOL);
      if (trie[2 * next + 1] != state) {
        return longest;
      }
      state = next;
    }
  }

  private boolean caseAgrees(char[] text, int start, int p) {
    if (!caseSensitive[p]) {
      return true;
    }
    // Letters must match exactly; punctuation and spaces only up to folding (’ for ').
    String form = texts[p];
    for (int k = 0; k < form.length(); k++) {
      char a = text[start + k];
      char b = form.charAt(k);
      if (a != b && (Character.isLetter(b) || fold(a) != fold(b))) {
        return false;
      }
    }
    return true;
  }

  /** One character to one character, so offsets survive: lower case, one apostrophe, one space, one hyphen. */
  static char fold(char c) {
    switch (c) {
      case '\u2019', '\u2018', '\u02BC', '`' -> {
        return '\'';
      }
      case '\u2010', '\u2011', '\u2012', '\u2013' -> {
        return '-';
      }
      default -> {
        if (Character.isWhitespace(c) || c == '\u00A0') {
          return ' ';
        }
        return Character.toLowerCase(c);
      }
    }
  }

  /** A reusable buffer of matches (parallel int arrays of start, end (exclusive) and pattern) and of the text. */
  public static final class Matches {
    private char[] chars = new char[256];
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] patterns = new int[16];
    private int size;

    public int size() {
      return size;
    }

    public int start(int i) {
      return starts[i];
    }

    public int end(int i) {
      return ends[i];
    }

    public int pattern(int i) {
      return patterns[i];
    }

    void clear() {
      size = 0;
    }

    /** The text buffer, at least {@code length} long. */
    char[] chars(int length) {
      if (chars.length < length) {
        chars = new char[Math.max(length, 2 * chars.length)];
      }
      return chars;
    }

    void add(int start, int end, int pattern) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        patterns = Arrays.copyOf(patterns, size * 2);
      }
      starts[size] = start;
      ends[size] = end;
      patterns[size] = pattern;
      size++;
    }

    /** Drops the matches from {@code from} on. */
    void truncate(int from) {
      size = from;
    }
  }
}
