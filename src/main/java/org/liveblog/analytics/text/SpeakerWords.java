package org.liveblog.analytics.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of speaker attribution (data files in {@code src/main/resources/text/speakers/}, one lower-case word
 * per line, {@code #} starts a comment), compiled into word classes: one bit per list, so that a token's membership in
 * every list is one table lookup per token over its lower-cased characters, without building a string.
 */
final class SpeakerWords {

  static final String FOLDER = "text/speakers/";

  // One bit per list; the bit's position is the list's index in LISTS.
  static final int STOP = 1;
  static final int ROLE = 1 << 1;
  static final int PARTICLE = 1 << 2;
  static final int CONNECTOR = 1 << 3;
  static final int PREPOSITION = 1 << 4;
  static final int DETERMINER = 1 << 5;
  static final int AUXILIARY = 1 << 6;
  static final int AGENCY_AUXILIARY = 1 << 7;
  static final int AGENCY_DESCRIPTOR = 1 << 8;
  static final int NAME_END = 1 << 9;
  static final int INTRO_VERB = 1 << 10;
  static final int CITE_VERB = 1 << 11;
  static final int INTRO_PARTICIPLE = 1 << 12;
  static final int QUOTE_VERB = 1 << 13;
  static final int REPORTED_VERB = 1 << 14;
  static final int AGENCY_VERB = 1 << 15;
  static final int NAME_ENDING_IN_ED = 1 << 16;
  static final int PRONOUN = 1 << 17;

  static final String[] LISTS = {
    "stop-words.txt", "roles.txt", "name-particles.txt", "name-connectors.txt", "prepositions.txt", "determiners.txt",
    "verb-auxiliaries.txt", "agency-auxiliaries.txt", "agency-descriptors.txt", "name-end-words.txt",
    "intro-verbs.txt", "cite-verbs.txt", "intro-participles.txt", "quote-verbs.txt", "reported-verbs.txt",
    "agency-verbs.txt", "names-ending-in-ed.txt", "pronouns.txt"
  };

  /** Whole name phrases (words separated by single spaces), compared with a speaker name as written. */
  static final String KNOWN_AGENCIES = "known-agencies.txt";

  /** Matched case-insensitively against the letters after an apostrophe, like the splitter's abbreviations. */
  static final String CLITICS = "clitics.txt";

  private static SpeakerWords standard;

  private final Map<String, Set<String>> lists;
  private final Set<String> knownAgencies;
  private final String[] clitics;
  // Open addressing over every word of LISTS: the word and the bits of the lists that hold it.
  private final String[] slotWord;
  private final int[] slotClasses;
  private final int slotMask;
  private final int longestWord;

  private SpeakerWords(Map<String, Set<String>> lists, Set<String> knownAgencies, Set<String> clitics) {
    this.lists = lists;
    this.knownAgencies = knownAgencies;
    this.clitics = clitics.toArray(new String[0]);
    Map<String, Integer> classes = new HashMap<>();
    for (int bit = 0; bit < LISTS.length; bit++) {
      for (String word : lists.get(LISTS[bit])) {
        classes.merge(word, 1 << bit, (a, b) -> a | b);
      }
    }
    int size = Integer.highestOneBit(Math.max(16, classes.size() * 4 - 1)) << 1;
    slotWord = new String[size];
    slotClasses = new int[size];
    slotMask = size - 1;
    int longest = 0;
    for (Map.Entry<String, Integer> e : classes.entrySet()) {
      String word = e.getKey();
      int slot = spread(word.hashCode()) & slotMask;
      while (slotWord[slot] != null) {
        slot = (slot + 1) & slotMask;
      }
      slotWord[slot] = word;
      slotClasses[slot] = e.getValue();
      longest = Math.max(longest, word.length());
    }
    longestWord = longest;
  }

  /** The lists shipped in the jar, read once per JVM; a missing or malformed file fails naming it, on every call. */
  static synchronized SpeakerWords standard() {
    if (standard == null) {
      standard = load(FOLDER);
    }
    return standard;
  }

  /** Reads every list from {@code folder} on the class path. */
  static SpeakerWords load(String folder) {
    Map<String, Set<String>> lists = new HashMap<>();
    for (String list : LISTS) {
      lists.put(list, read(folder + list, false));
    }
    return new SpeakerWords(Map.copyOf(lists), read(folder + KNOWN_AGENCIES, true), read(folder + CLITICS, false));
  }

  private static Set<String> read(String resource, boolean phrases) {
    InputStream in = SpeakerWords.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + ": word list not found on the class path");
    }
    // newDecoder() reports malformed UTF-8 instead of replacing it, so a damaged file cannot silently lose a word.
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()))) {
      return parse(resource, reader, phrases);
    } catch (IOException e) {
      throw new IllegalStateException(resource + ": cannot read word list: " + e, e);
    }
  }

  /**
   * The entries of one list in file order. Entries are lower-case (tokens are compared lower-cased, so an upper-case
   * entry could never match), one word per line (with {@code phrases}, words separated by single spaces), each once.
   */
  static Set<String> parse(String name, BufferedReader reader, boolean phrases) throws IOException {
    Set<String> entries = new LinkedHashSet<>();
    Map<String, Integer> firstLine = new HashMap<>();
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      int hash = line.indexOf('#');
      String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (entry.isEmpty()) {
        continue;
      }
      if (!wellFormed(entry, phrases)) {
        throw new IllegalStateException(name + " line " + lineNumber + ": '" + entry + "' is not "
            + (phrases ? "one lower-case name per line, words separated by single spaces" : "one lower-case word per line")
            + " (# starts a comment)");
      }
      Integer earlier = firstLine.putIfAbsent(entry, lineNumber);
      if (earlier != null) {
        throw new IllegalStateException(
            name + " line " + lineNumber + ": '" + entry + "' is already listed on line " + earlier);
      }
      entries.add(entry);
    }
    if (entries.isEmpty()) {
      throw new IllegalStateException(name + ": no entries; expected one lower-case word per line");
    }
    return Collections.unmodifiableSet(entries);
  }

  private static boolean wellFormed(String entry, boolean phrases) {
    if (!entry.equals(entry.toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = 0; i < entry.length(); i++) {
      char c = entry.charAt(i);
      boolean separator = phrases && c == ' ' && entry.charAt(i - 1) != ' ';
      if (Character.isWhitespace(c) && !separator) {
        return false;
      }
    }
    return true;
  }

  /** The bits of the lists that hold the lower-cased word {@code chars[from, to)}, 0 for none. */
  int classes(char[] chars, int from, int to) {
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + chars[i];
    }
    return classes(chars, from, to, hash);
  }

  /** As {@link #classes(char[], int, int)}, with the word's {@link String#hashCode()} already computed. */
  int classes(char[] chars, int from, int to, int hash) {
    int length = to - from;
    if (length > longestWord) {
      return 0;
    }
    for (int slot = spread(hash) & slotMask; ; slot = (slot + 1) & slotMask) {
      String word = slotWord[slot];
      if (word == null) {
        return 0;
      }
      if (word.length() == length && sameChars(word, chars, from)) {
        return slotClasses[slot];
      }
    }
  }

  private static boolean sameChars(String word, char[] chars, int from) {
    for (int i = 0, n = word.length(); i < n; i++) {
      if (word.charAt(i) != chars[from + i]) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The words of one of {@link #LISTS}. */
  Set<String> list(String file) {
    Set<String> list = lists.get(file);
    if (list == null) {
      throw new IllegalArgumentException(file + " is not one of " + String.join(", ", LISTS));
    }
    return list;
  }

  Set<String> knownAgencies() {
    return knownAgencies;
  }

  /** The clitics, lower-case, matched ignoring case; the array is shared, not copied: callers only read it. */
  String[] clitics() {
    return clitics;
  }
}
