package org.liveblog.analytics.stance.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everything the stance kernels look words up in, loaded once and broadcast: CAMEO verb phrases (PETRARCH2) with the
 * Goldstein weight of their event code, VADER word valences, and the project's word classes (negations, boosters,
 * dampeners, hedges, auxiliaries, reporting verbs; {@code function-words.tsv}). Words are one {@link WordTable};
 * per word a valence and a bit set of classes; verb phrases a {@link PhraseTrie} over word ids. The files are the
 * ones {@code tools/stance/build_lexicons.py} writes (see {@code src/main/resources/stance/README.md});
 * {@link #contentHash()} identifies them for {@code runs.versions}.
 */
public final class StanceLexicon implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the shipped files are on the classpath. */
  public static final String RESOURCE_DIR = "/stance/";

  /** The files, in the order they enter the content hash. */
  public static final List<String> FILES =
      List.of("cameo-verbs.tsv", "goldstein.tsv", "vader.tsv", "function-words.tsv");

  public static final int NEGATION = 1;
  public static final int BOOSTER = 1 << 1;
  public static final int DAMPENER = 1 << 2;
  public static final int HEDGE = 1 << 3;
  public static final int AUXILIARY = 1 << 4;
  public static final int MODAL = 1 << 5;
  public static final int BE = 1 << 6;
  public static final int REPORTING = 1 << 7;
  public static final int BODY = 1 << 8;
  public static final int CLAUSE = 1 << 9;

  private static final Map<String, Integer> KINDS = Map.of(
      "negation", NEGATION, "booster", BOOSTER, "dampener", DAMPENER, "hedge", HEDGE, "auxiliary", AUXILIARY,
      "modal", MODAL, "be", BE, "reporting", REPORTING, "body", BODY, "clause", CLAUSE);

  private static final Pattern CODE = Pattern.compile("[0-9]{2,4}");
  /** Phrases are matched in at most this many tokens (the length shares an int with the verb index). */
  private static final int MAX_PHRASE_WORDS = 15;

  private final WordTable words;
  private final double[] valence;
  private final int[] flags;
  private final PhraseTrie verbs;
  private final String[] verbPhrase;
  private final String[] verbCode;
  private final double[] verbWeight;
  private final boolean[] verbBase;
  private final int codeCount;
  private final String contentHash;
  private final String source;

  private StanceLexicon(Map<String, byte[]> files, String source) {
    this.source = source;
    this.contentHash = hash(files);
    Map<String, Double> goldstein = readGoldstein(lines(files, "goldstein.tsv", source), source + "goldstein.tsv");
    this.codeCount = goldstein.size();
    Map<String, Integer> wordIds = new LinkedHashMap<>();
    List<int[]> phrases = new ArrayList<>();
    List<String> phraseTexts = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    List<Boolean> bases = new ArrayList<>();
    String verbsFile = source + "cameo-verbs.tsv";
    List<String> verbLines = lines(files, "cameo-verbs.tsv", source);
    for (int n = 0; n < verbLines.size(); n++) {
      String line = verbLines.get(n);
      if (skip(line)) {
        continue;
      }
      String[] f = fields(line, 4, verbsFile, n);
      String[] phraseWords = f[0].split(" ");
      if (phraseWords.length > MAX_PHRASE_WORDS || f[0].isBlank()) {
        throw invalid(verbsFile, n, "a phrase of 1 to " + MAX_PHRASE_WORDS + " words", f[0]);
      }
      Double weight = weightOf(goldstein, f[1]);
      if (weight == null) {
        throw invalid(verbsFile, n, "a CAMEO code listed in goldstein.tsv (or whose parent code is)", f[1]);
      }
      if (!f[2].equals("0") && !f[2].equals("1")) {
        throw invalid(verbsFile, n, "base 0 or 1", f[2]);
      }
      int[] ids = new int[phraseWords.length];
      for (int w = 0; w < ids.length; w++) {
        ids[w] = idOf(wordIds, phraseWords[w], verbsFile, n);
      }
      phrases.add(ids);
      phraseTexts.add(f[0]);
      codes.add(f[1]);
      weights.add(weight);
      bases.add(f[2].equals("1"));
    }
    Map<Integer, Double> valences = new LinkedHashMap<>();
    String vaderFile = source + "vader.tsv";
    List<String> vaderLines = lines(files, "vader.tsv", source);
    for (int n = 0; n < vaderLines.size(); n++) {
      String line = vaderLines.get(n);
      if (skip(line)) {
        continue;
      }
      String[] f = fields(line, 2, vaderFile, n);
      double value = parseNumber(f[1], -4, 4, vaderFile, n);
      int id = idOf(wordIds, f[0], vaderFile, n);
      if (valences.put(id, value) != null) {
        throw invalid(vaderFile, n, "each word once", f[0]);
      }
    }
    Map<Integer, Integer> kinds = new LinkedHashMap<>();
    String functionFile = source + "function-words.tsv";
    List<String> functionLines = lines(files, "function-words.tsv", source);
    for (int n = 0; n < functionLines.size(); n++) {
      String line = functionLines.get(n);
      if (skip(line)) {
        continue;
      }
      String[] f = fields(line, 2, functionFile, n);
      Integer kind = KINDS.get(f[1]);
      if (kind == null) {
        throw invalid(functionFile, n, "a kind among " + KINDS.keySet(), f[1]);
      }
      kinds.merge(idOf(wordIds, f[0], functionFile, n), kind, (a, b) -> a | b);
    }
    this.words = WordTable.of(new ArrayList<>(wordIds.keySet()));
    this.valence = new double[words.size()];
    Arrays.fill(valence, Double.NaN);
    valences.forEach((id, v) -> valence[id] = v);
    this.flags = new int[words.size()];
    kinds.forEach((id, k) -> flags[id] = k);
    int[] values = new int[phrases.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = i;
    }
    this.verbs = PhraseTrie.of(phrases, values);
    this.verbPhrase = phraseTexts.toArray(String[]::new);
    this.verbCode = codes.toArray(String[]::new);
    this.verbWeight = weights.stream().mapToDouble(Double::doubleValue).toArray();
    this.verbBase = new boolean[bases.size()];
    for (int i = 0; i < verbBase.length; i++) {
      verbBase[i] = bases.get(i);
    }
  }

  /** The shipped lexicons, from the classpath (loaded once per JVM). */
  public static StanceLexicon defaultLexicon() {
    return DefaultHolder.LEXICON;
  }

  /** The lexicon files of a directory (the names of {@link #FILES}); fails naming the file and line of bad input. */
  public static StanceLexicon load(Path directory) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : FILES) {
      Path file = directory.resolve(name);
      try {
        files.put(name, Files.readAllBytes(file));
      } catch (IOException e) {
        throw new InvalidLexiconException(file + ": cannot be read: " + e);
      }
    }
    return new StanceLexicon(files, directory + "/");
  }

  /**
   * The lexicon of files already read (by name, the names of {@link #FILES}), e.g. from a Hadoop file system;
   * {@code source} is the folder they came from, ending in '/', for messages. Fails naming the file and line.
   */
  public static StanceLexicon of(Map<String, byte[]> files, String source) {
    return new StanceLexicon(files, source);
  }

  private static final class DefaultHolder {
    static final StanceLexicon LEXICON = loadResources();

    private static StanceLexicon loadResources() {
      Map<String, byte[]> files = new LinkedHashMap<>();
      for (String name : FILES) {
        try (InputStream in = StanceLexicon.class.getResourceAsStream(RESOURCE_DIR + name)) {
          if (in == null) {
            throw new IllegalStateException("The stance lexicon " + RESOURCE_DIR + name + " is not on the classpath");
          }
          files.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new IllegalStateException("Cannot read " + RESOURCE_DIR + name, e);
        }
      }
      return new StanceLexicon(files, "classpath:" + RESOURCE_DIR);
    }
  }

  /** SHA-256 over the files (name and bytes, in {@link #FILES} order): equal hashes, equal lexicons. */
  public String contentHash() {
    return contentHash;
  }

  /** Where the files were read from. */
  public String source() {
    return source;
  }

  /** The id of the word {@code text[start, end)} (case-folded), or -1 when no file lists it. */
  public int word(CharSequence text, int start, int end) {
    return words.find(text, start, end);
  }

  public String wordText(int word) {
    return words.word(word);
  }

  /** Whether {@code word} (an id, or -1) has every class bit of {@code kind}. */
  public boolean is(int word, int kind) {
    return word >= 0 && (flags[word] & kind) == kind;
  }

  /** Whether {@code word} has any of the class bits of {@code kinds}. */
  public boolean isAny(int word, int kinds) {
    return word >= 0 && (flags[word] & kinds) != 0;
  }

  /** The VADER valence of {@code word} (-4..4), or NaN when it has none. */
  public double valence(int word) {
    return word < 0 ? Double.NaN : valence[word];
  }

  /**
   * The longest verb phrase that starts at token {@code from} of {@code tokenWords} (word ids, -1 for unknown words)
   * and ends before {@code to}: the verb index times 16 plus the phrase's length in tokens, or -1. Unpack with
   * {@link #verbIndex} and {@link #verbLength}.
   */
  public int verbAt(int[] tokenWords, int from, int to) {
    int node = PhraseTrie.root();
    int found = -1;
    for (int i = from; i < to && i - from < MAX_PHRASE_WORDS; i++) {
      node = verbs.child(node, tokenWords[i]);
      if (node < 0) {
        break;
      }
      int verb = verbs.value(node);
      if (verb >= 0) {
        found = verb * 16 + (i - from + 1);
      }
    }
    return found;
  }

  public static int verbIndex(int match) {
    return match >>> 4;
  }

  public static int verbLength(int match) {
    return match & 15;
  }

  /** The verb phrase as the file writes it (lower case). */
  public String verbPhrase(int verb) {
    return verbPhrase[verb];
  }

  /** The CAMEO event code of a verb phrase. */
  public String verbCode(int verb) {
    return verbCode[verb];
  }

  /** The Goldstein weight (-10 conflict .. +10 cooperation) of the verb phrase's event code. */
  public double goldstein(int verb) {
    return verbWeight[verb];
  }

  /** Whether the phrase is the dictionary's uninflected entry ("condemn", not "condemned"). */
  public boolean isBaseForm(int verb) {
    return verbBase[verb];
  }

  public int verbCount() {
    return verbPhrase.length;
  }

  public int wordCount() {
    return words.size();
  }

  public int codeCount() {
    return codeCount;
  }

  /** A code's weight, else its parent's (CAMEO codes refine their first two or three digits). */
  private static Double weightOf(Map<String, Double> goldstein, String code) {
    if (!CODE.matcher(code).matches()) {
      return null;
    }
    for (int length = code.length(); length >= 2; length--) {
      Double weight = goldstein.get(code.substring(0, length));
      if (weight != null) {
        return weight;
      }
    }
    return null;
  }

  private static Map<String, Double> readGoldstein(List<String> lines, String file) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (skip(line)) {
        continue;
      }
      String[] f = fields(line, 3, file, n);
      if (!CODE.matcher(f[0]).matches()) {
        throw invalid(file, n, "a CAMEO code of 2 to 4 digits", f[0]);
      }
      if (weights.put(f[0], parseNumber(f[1], -10, 10, file, n)) != null) {
        throw invalid(file, n, "each code once", f[0]);
      }
    }
    if (weights.isEmpty()) {
      throw new InvalidLexiconException(file + ": no codes");
    }
    return weights;
  }

  private static int idOf(Map<String, Integer> ids, String word, String file, int n) {
    if (word.isEmpty() || !word.equals(word.strip()) || word.indexOf(' ') >= 0) {
      throw invalid(file, n, "one word without spaces", word);
    }
    for (int i = 0; i < word.length(); i++) {
      if (WordTable.fold(word.charAt(i)) != word.charAt(i)) {
        throw invalid(file, n, "a lower-case word (with ' as apostrophe)", word);
      }
    }
    return ids.computeIfAbsent(word, w -> ids.size());
  }

  private static double parseNumber(String text, double min, double max, String file, int n) {
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw invalid(file, n, "a number", text);
    }
    if (!(value >= min && value <= max)) {
      throw invalid(file, n, "a number from " + min + " to " + max, text);
    }
    return value;
  }

  private static boolean skip(String line) {
    return line.isBlank() || line.startsWith("#");
  }

  private static String[] fields(String line, int count, String file, int n) {
    String[] f = line.split("\t", -1);
    if (f.length < count) {
      throw invalid(file, n, count + " tab-separated fields", line);
    }
    return f;
  }

  private static InvalidLexiconException invalid(String file, int index, String expected, String found) {
    return new InvalidLexiconException(file + ":" + (index + 1) + ": expected " + expected + ", found '" + found + "'");
  }

  private static List<String> lines(Map<String, byte[]> files, String name, String source) {
    byte[] bytes = files.get(name);
    if (bytes == null) {
      throw new InvalidLexiconException(source + name + ": missing");
    }
    return new String(bytes, StandardCharsets.UTF_8).lines().toList();
  }

  private static String hash(Map<String, byte[]> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String name : FILES) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(files.get(name));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "StanceLexicon[" + source + ", " + verbPhrase.length + " verb phrases, " + words.size() + " words, sha256 "
        + contentHash.substring(0, 12) + "]";
  }
}
