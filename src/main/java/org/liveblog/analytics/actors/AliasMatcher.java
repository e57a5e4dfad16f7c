package org.liveblog.analytics.actors;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every registry surface form in a text in one pass (Aho-Corasick over case-folded characters), keeping
 * matches that sit on token boundaries and obey their form's case rule, and choosing leftmost-longest among overlaps.
 * The automaton lives in primitive arrays so that one instance, broadcast once, serves a whole partition without
 * allocating per character; {@link #match} reuses the caller's {@link Matches} buffer.
 *
 * <p>Folding keeps offsets: every character maps to exactly one character (lower case, curly apostrophes to ',
 * every whitespace to a space), so a match's offsets are offsets into the original text. Boundaries: the characters
 * before and after a match must not be letters or digits, which makes "Nato's", "Nato’s", "EU-China" and the
 * tokenised "putin 's" match while "Putinism" does not.
 *
 * <p>In a lower-cased corpus (see {@link #forText}), case-sensitive forms cannot be checked; they are matched without
 * case only when they are not also a common English word (the acronym "WHO" is dropped, "NATO" kept).
 */
public final class AliasMatcher implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A surface form to find: its text, whether case must match, and what it is attached to (opaque to the matcher). */
  public record Pattern(String text, boolean caseSensitive, int payload) implements Serializable {}

  private final String[] texts;
  private final boolean[] caseSensitive;
  private final int[] payloads;
  private final int[] lengths;
  // Every char → its symbol: the index of its folded form in the patterns' alphabet, 0 when no pattern has it.
  private final short[] symbols;
  // Shallow states (depth <= DENSE_DEPTH, where a text's characters are mostly read) have a dense row of complete
  // transitions, failure links already followed: denseRow[state] is the row's offset in dense, or -1.
  private static final int DENSE_DEPTH = 3;
  private final int alphabetSize;
  private final int[] denseRow;
  private final int[] dense;
  // Other transitions as an open-addressing hash table from (state, symbol) to the next state.
  private final long[] edgeKeys;
  private final int[] edgeTargets;
  private final int edgeMask;
  private final int[] failure;
  // Patterns ending at a state: a linked list through output links (state → pattern ids).
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
    int states = 1;
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
        if (symbol > Short.MAX_VALUE) {
          throw new IllegalArgumentException("patterns use more than " + Short.MAX_VALUE + " distinct characters");
        }
        long key = key(state, (char) symbol);
        Integer next = edges.get(key);
        if (next == null) {
          next = states++;
          edges.put(key, next);
          outputs.add(new ArrayList<>());
        }
        state = next;
      }
      outputs.get(state).add(p);
    }
    symbols = new short[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      Integer symbol = alphabet.get(fold((char) c));
      symbols[c] = symbol == null ? 0 : (short) (int) symbol;
    }
    alphabetSize = alphabet.size() + 1;
    int capacity = Integer.highestOneBit(Math.max(4, edges.size() * 2 - 1)) << 1;
    edgeKeys = new long[capacity];
    Arrays.fill(edgeKeys, -1L);
    edgeTargets = new int[capacity];
    edgeMask = capacity - 1;
    Map<Integer, List<long[]>> children = new HashMap<>();
    for (Map.Entry<Long, Integer> edge : edges.entrySet()) {
      put(edge.getKey(), edge.getValue());
      int from = (int) (edge.getKey() >>> 16);
      children.computeIfAbsent(from, s -> new ArrayList<>()).add(new long[] {edge.getKey() & 0xFFFF, edge.getValue()});
    }
    failure = new int[states];
    int[] depth = new int[states];
    List<Integer> breadthFirst = new ArrayList<>();
    breadthFirst.add(0);
    List<List<Integer>> merged = new ArrayList<>(outputs);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (long[] child : children.getOrDefault(0, List.of())) {
      queue.add((int) child[1]);
      depth[(int) child[1]] = 1;
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      breadthFirst.add(state);
      for (long[] child : children.getOrDefault(state, List.of())) {
        char c = (char) child[0];
        int target = (int) child[1];
        int f = failure[state];
        while (f != 0 && get(key(f, c)) < 0) {
          f = failure[f];
        }
        int next = get(key(f, c));
        failure[target] = next >= 0 && next != target ? next : 0;
        depth[target] = depth[state] + 1;
        queue.add(target);
      }
    }
    // Rows in breadth-first order, so that a failure state's row (always shallower) is complete before it is copied.
    denseRow = new int[states];
    Arrays.fill(denseRow, -1);
    int shallow = 0;
    for (int s : breadthFirst) {
      if (depth[s] <= DENSE_DEPTH) {
        denseRow[s] = shallow++ * alphabetSize;
      }
    }
    dense = new int[shallow * alphabetSize];
    for (int s : breadthFirst) {
      if (denseRow[s] < 0) {
        continue;
      }
      for (int symbol = 1; symbol < alphabetSize; symbol++) {
        int next = get(key(s, (char) symbol));
        if (next < 0) {
          next = s == 0 ? 0 : dense[denseRow[failure[s]] + symbol];
        }
        dense[denseRow[s] + symbol] = next;
      }
    }
    // Output lists follow failure links, so that a state reports every pattern that ends there.
    stateOutput = new int[states];
    Arrays.fill(stateOutput, -1);
    List<Integer> pattern = new ArrayList<>();
    List<Integer> next = new ArrayList<>();
    for (int s = 0; s < states; s++) {
      for (int f = s; f != 0; f = failure[f]) {
        for (int p : merged.get(f)) {
          pattern.add(p);
          next.add(stateOutput[s]);
          stateOutput[s] = pattern.size() - 1;
        }
      }
    }
    outputPattern = pattern.stream().mapToInt(Integer::intValue).toArray();
    outputNext = next.stream().mapToInt(Integer::intValue).toArray();
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

  /** Finds the leftmost-longest non-overlapping matches in {@code text} into {@code out} (cleared first). */
  public void match(CharSequence text, Matches out) {
    out.clear();
    int state = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      int symbol = symbols[text.charAt(i)];
      if (symbol == 0) {
        // No pattern has this character: nothing in progress can go on, nothing starts here.
        state = 0;
        continue;
      }
      // A deep state tries its own edge, then follows failure links down to a shallow state, whose row is complete.
      int next;
      while (true) {
        int row = denseRow[state];
        if (row >= 0) {
          next = dense[row + symbol];
          break;
        }
        next = get(key(state, (char) symbol));
        if (next >= 0) {
          break;
        }
        state = failure[state];
      }
      state = next;
      for (int o = stateOutput[state]; o >= 0; o = outputNext[o]) {
        int p = outputPattern[o];
        int end = i + 1;
        int start = end - lengths[p];
        if (isBoundary(text, start - 1) && isBoundary(text, end) && caseAgrees(text, start, p)) {
          out.addCandidate(start, end, p);
        }
      }
    }
    out.keepLeftmostLongest();
  }

  private boolean caseAgrees(CharSequence text, int start, int p) {
    if (!caseSensitive[p]) {
      return true;
    }
    // Letters must match exactly; punctuation and spaces only up to folding (’ for ').
    String form = texts[p];
    for (int k = 0; k < form.length(); k++) {
      char a = text.charAt(start + k);
      char b = form.charAt(k);
      if (a != b && (Character.isLetter(b) || fold(a) != fold(b))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBoundary(CharSequence text, int index) {
    return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
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

  private static long key(int state, char c) {
    return ((long) state << 16) | c;
  }

  private void put(long key, int target) {
    int slot = (int) mix(key) & edgeMask;
    while (edgeKeys[slot] != -1L) {
      slot = (slot + 1) & edgeMask;
    }
    edgeKeys[slot] = key;
    edgeTargets[slot] = target;
  }

  private int get(long key) {
    int slot = (int) mix(key) & edgeMask;
    while (true) {
      long k = edgeKeys[slot];
      if (k == key) {
        return edgeTargets[slot];
      }
      if (k == -1L) {
        return -1;
      }
      slot = (slot + 1) & edgeMask;
    }
  }

  private static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }

  /** A reusable buffer of matches: parallel int arrays of start, end (exclusive) and pattern. */
  public static final class Matches {
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

    void addCandidate(int start, int end, int pattern) {
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

    /**
     * Among overlapping candidates keeps the one that starts first, and of those the longest; candidates with exactly
     * the winner's span are kept too (one form text attached to several actors), so the caller sees the ambiguity.
     * Candidates arrive in order of their end, so they are sorted by (start, -length) first; the lists are short.
     */
    void keepLeftmostLongest() {
      for (int i = 1; i < size; i++) {
        int s = starts[i];
        int e = ends[i];
        int p = patterns[i];
        int j = i - 1;
        while (j >= 0 && (starts[j] > s || (starts[j] == s && ends[j] < e))) {
          starts[j + 1] = starts[j];
          ends[j + 1] = ends[j];
          patterns[j + 1] = patterns[j];
          j--;
        }
        starts[j + 1] = s;
        ends[j + 1] = e;
        patterns[j + 1] = p;
      }
      int kept = 0;
      int covered = 0;
      for (int i = 0; i < size; i++) {
        boolean sameSpanAsLast = kept > 0 && starts[i] == starts[kept - 1] && ends[i] == ends[kept - 1];
        if (starts[i] >= covered || sameSpanAsLast) {
          starts[kept] = starts[i];
          ends[kept] = ends[i];
          patterns[kept] = patterns[i];
          covered = ends[i];
          kept++;
        }
      }
      size = kept;
    }
  }
}
