package org.liveblog.analytics.topics.taxonomy.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liveblog.analytics.actors.matching.AliasMatcher;
import org.liveblog.analytics.topics.taxonomy.Taxonomy;
import org.liveblog.analytics.topics.taxonomy.TaxonomyTopic;
import org.liveblog.analytics.topics.taxonomy.TaxonomyWriter;
import org.liveblog.analytics.topics.taxonomy.TopicExclusion;
import org.liveblog.analytics.topics.taxonomy.TopicPhrase;

/**
 * Converts a PETRARCH/Phoenix issue coding ({@code Phoenix.IssueCoding.txt}) into the taxonomy format. Each issue
 * code becomes a topic (grouped by its {@code <ISSUE CATEGORY="…">} block), each coded line a phrase of weight 1 whose
 * spellings are the line's expansions ({@code n:} singular and plural, {@code v:} verb forms, {@code +} with a space
 * and with a hyphen, as PETRARCH expands them), and each {@code ~} or {@code ~~} line an exclusion (factor 0) of the
 * topics of its block whose phrases it contains. PETRARCH's {@code ~} vetoes the whole block in a sentence and
 * {@code ~~} in a story; the taxonomy has no such veto, so an exclusion that contains none of the block's phrases is
 * skipped and counted, as are uncoded lines (PETRARCH ignores them too).
 */
public final class PhoenixIssueImporter {

  /** What the converted file says about where it came from. */
  static final List<String> ATTRIBUTION = List.of(
      "Converted by liveblog-analytics (topics import) from a PETRARCH/Phoenix issue coding: %s",
      "Phoenix dictionaries: Copyright (c) 2014 Open Event Data Alliance, MIT licence",
      "(https://github.com/openeventdata/petrarch2). Issue codes are topics, blocks their groups.");

  private static final Pattern OPEN = Pattern.compile("<ISSUE\\s+CATEGORY=\"([^\"]+)\"(?:\\s+TYPE=\"([^\"]*)\")?\\s*>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOSE = Pattern.compile("</ISSUE>", Pattern.CASE_INSENSITIVE);
  private static final Pattern CODED = Pattern.compile("(.*?)\\[([^\\]]*)\\](.*)");

  /** The result: the taxonomy file's bytes and the report. */
  public record Result(byte[] taxonomyBytes, IssueImportReport report) {}

  private final Map<String, TopicBuilder> topics = new LinkedHashMap<>();
  private final Map<String, List<Exclusion>> exclusionsByCategory = new LinkedHashMap<>();
  private final Map<String, Integer> skipped = new TreeMap<>();
  private final Set<String> categories = new LinkedHashSet<>();
  private int lines;
  private int textAfterCode;

  private record Exclusion(List<String> spellings, String category) {}

  private static final class TopicBuilder {
    final String code;
    final String category;
    final String type;
    final Map<String, List<String>> phrases = new LinkedHashMap<>();
    final Set<String> spellings = new LinkedHashSet<>();
    final Map<String, List<String>> exclusions = new LinkedHashMap<>();

    TopicBuilder(String code, String category, String type) {
      this.code = code;
      this.category = category;
      this.type = type;
    }
  }

  /** Converts the file at {@code input}; the converted taxonomy is checked by loading it before it is returned. */
  public static Result convert(Path input) throws IOException {
    return convert(Files.readString(input, StandardCharsets.UTF_8), input.getFileName().toString());
  }

  public static Result convert(String text, String sourceName) {
    PhoenixIssueImporter importer = new PhoenixIssueImporter();
    importer.read(text);
    return importer.write(sourceName);
  }

  /** Converts {@code input} and writes the taxonomy to {@code output}. */
  public static IssueImportReport importIssues(Path input, Path output) throws IOException {
    Result result = convert(input);
    Files.write(output, result.taxonomyBytes());
    return result.report();
  }

  private void read(String text) {
    String category = null;
    String type = null;
    for (String raw : text.split("\r?\n", -1)) {
      lines++;
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher open = OPEN.matcher(line);
      if (open.matches()) {
        category = open.group(1).strip();
        type = open.group(2);
        categories.add(category);
        continue;
      }
      if (CLOSE.matcher(line).matches()) {
        if (category == null) {
          skip("closing </ISSUE> without an open block");
        }
        category = null;
        continue;
      }
      if (line.startsWith("<")) {
        skip("other markup");
        continue;
      }
      if (line.startsWith("~")) {
        boolean story = line.startsWith("~~");
        String phrase = line.substring(story ? 2 : 1);
        if (category == null) {
          skip("exclusion outside an <ISSUE> block");
          continue;
        }
        List<String> spellings = spellings(phrase);
        if (spellings.isEmpty()) {
          skip("no usable spelling");
          continue;
        }
        exclusionsByCategory.computeIfAbsent(category, c -> new ArrayList<>())
            .add(new Exclusion(spellings, story ? "story" : "sentence"));
        continue;
      }
      Matcher coded = CODED.matcher(line);
      if (!coded.matches()) {
        skip("no [CODE] (PETRARCH ignores it too)");
        continue;
      }
      String code = coded.group(2).strip();
      if (code.isEmpty()) {
        skip("empty [CODE]");
        continue;
      }
      if (!coded.group(3).isBlank()) {
        // PETRARCH reads the first [CODE] and ignores the rest of the line (typos such as two entries on one line).
        textAfterCode++;
      }
      List<String> spellings = spellings(coded.group(1));
      if (spellings.isEmpty()) {
        skip("no usable spelling");
        continue;
      }
      String topicCategory = category == null ? code : category;
      TopicBuilder topic = topics.computeIfAbsent(topicId(code), id -> new TopicBuilder(code, topicCategory, null));
      List<String> fresh = spellings.stream().filter(topic.spellings::add).toList();
      if (fresh.isEmpty()) {
        skip("duplicate phrase");
        continue;
      }
      topic.phrases.put(fresh.get(0), fresh);
    }
  }

  /**
   * The spellings of a PETRARCH phrase: lower case, {@code _} as a space, every expansion applied until none is left
   * (n: adds the plural, v: the verb forms, + a space and a hyphen variant), leading and trailing punctuation trimmed
   * so that a phrase begins and ends with a letter or digit, duplicates dropped.
   */
  static List<String> spellings(String phrase) {
    List<String> forms = new ArrayList<>();
    forms.add(phrase.toLowerCase(Locale.ROOT).replace('_', ' ').strip());
    boolean changed = true;
    while (changed) {
      changed = false;
      List<String> next = new ArrayList<>();
      for (String form : forms) {
        int plus = form.indexOf('+');
        int noun = form.indexOf("n:");
        int verb = form.indexOf("v:");
        if (plus >= 0) {
          next.add(form.substring(0, plus) + " " + form.substring(plus + 1));
          next.add(form.substring(0, plus) + "-" + form.substring(plus + 1));
          changed = true;
        } else if (noun >= 0 && startsWord(form, noun)) {
          String[] split = word(form, noun + 2);
          next.add(form.substring(0, noun) + split[0] + split[1]);
          next.add(form.substring(0, noun) + plural(split[0]) + split[1]);
          changed = true;
        } else if (verb >= 0 && startsWord(form, verb)) {
          String[] split = word(form, verb + 2);
          String prefix = form.substring(0, verb);
          for (String v : verbForms(split[0])) {
            next.add(prefix + v + split[1]);
          }
          changed = true;
        } else {
          next.add(form);
        }
      }
      forms = next;
    }
    Set<String> out = new LinkedHashSet<>();
    for (String form : forms) {
      String clean = trimToWord(form.replaceAll("\\s+", " ").strip());
      if (!clean.isEmpty() && clean.length() <= 100) {
        out.add(clean);
      }
    }
    return List.copyOf(out);
  }

  private static boolean startsWord(String form, int at) {
    return at == 0 || !Character.isLetterOrDigit(form.charAt(at - 1));
  }

  /** The word starting at {@code from} and the rest of the form after it. */
  private static String[] word(String form, int from) {
    int end = from;
    while (end < form.length() && form.charAt(end) != ' ') {
      end++;
    }
    return new String[] {form.substring(from, end), form.substring(end)};
  }

  /** Regular English plural (PETRARCH adds s or ies; es after a sibilant is added here). */
  static String plural(String noun) {
    if (noun.isEmpty()) {
      return noun;
    }
    if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("z") || noun.endsWith("ch")
        || noun.endsWith("sh")) {
      return noun + "es";
    }
    return noun + "s";
  }

  /** The base form, third person, past and -ing, as PETRARCH forms them (es after a sibilant added here). */
  static List<String> verbForms(String verb) {
    if (verb.isEmpty()) {
      return List.of(verb);
    }
    boolean e = verb.endsWith("e");
    boolean sibilant = verb.endsWith("s") || verb.endsWith("x") || verb.endsWith("z") || verb.endsWith("ch")
        || verb.endsWith("sh");
    return List.of(verb, sibilant ? verb + "es" : verb + "s", e ? verb + "d" : verb + "ed",
        e ? verb.substring(0, verb.length() - 1) + "ing" : verb + "ing");
  }

  private static String trimToWord(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && !Character.isLetterOrDigit(s.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** A taxonomy id from an issue code or category: lower case, runs of other characters as one _. */
  static String topicId(String code) {
    String id = code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (id.isEmpty() || !Character.isLetter(id.charAt(0))) {
      id = "issue_" + id;
    }
    return id.length() > 64 ? id.substring(0, 64) : id;
  }

  static String label(String code) {
    String words = code.toLowerCase(Locale.ROOT).replaceAll("[_\\s]+", " ").strip();
    if (words.startsWith("id ")) {
      words = words.substring(3);
    }
    return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /**
   * Attaches each exclusion to the topics of its block whose phrases it contains, with those of its spellings that
   * contain one ("cooking oil" of "cooking n:oil" for the phrase "oil"; "cooking oils" holds no phrase "oil").
   */
  private void attachExclusions() {
    Map<TopicBuilder, AliasMatcher> matchers = new java.util.HashMap<>();
    AliasMatcher.Matches matches = new AliasMatcher.Matches();
    for (Map.Entry<String, List<Exclusion>> block : exclusionsByCategory.entrySet()) {
      List<TopicBuilder> members = topics.values().stream().filter(t -> t.category.equals(block.getKey())).toList();
      for (Exclusion exclusion : block.getValue()) {
        boolean attached = false;
        for (TopicBuilder topic : members) {
          AliasMatcher matcher = matchers.computeIfAbsent(topic, PhoenixIssueImporter::phraseMatcher);
          List<String> usable = exclusion.spellings().stream()
              .filter(s -> !topic.spellings.contains(s) && containsMatch(matcher, s, matches)).toList();
          if (!usable.isEmpty() && topic.exclusions.putIfAbsent(usable.get(0), usable) == null) {
            topic.spellings.addAll(usable);
            attached = true;
          }
        }
        if (!attached) {
          skip(exclusion.category() + "-level exclusion (" + (exclusion.category().equals("story") ? "~~" : "~")
              + ") without a phrase of its block inside it");
        }
      }
    }
  }

  private static AliasMatcher phraseMatcher(TopicBuilder topic) {
    List<AliasMatcher.Pattern> patterns = new ArrayList<>();
    for (List<String> phrase : topic.phrases.values()) {
      phrase.forEach(s -> patterns.add(new AliasMatcher.Pattern(s, false, 0)));
    }
    return AliasMatcher.forText(patterns);
  }

  private static boolean containsMatch(AliasMatcher matcher, String text, AliasMatcher.Matches matches) {
    matcher.match(text, matches);
    return matches.size() > 0;
  }

  private Result write(String sourceName) {
    attachExclusions();
    List<TaxonomyTopic> out = new ArrayList<>();
    int phrases = 0;
    int spellings = 0;
    int exclusions = 0;
    for (Map.Entry<String, TopicBuilder> entry : topics.entrySet()) {
      TopicBuilder t = entry.getValue();
      List<TopicPhrase> topicPhrases = t.phrases.values().stream().map(s -> new TopicPhrase(s, 1.0)).toList();
      List<TopicExclusion> topicExclusions = t.exclusions.values().stream().map(s -> new TopicExclusion(s, 0)).toList();
      phrases += topicPhrases.size();
      spellings += topicPhrases.stream().mapToInt(p -> p.spellings().size()).sum();
      exclusions += topicExclusions.size();
      out.add(new TaxonomyTopic(entry.getKey(), label(t.code), topicId(t.category),
          "Phoenix issue " + t.code + " (block " + t.category + ")", topicPhrases, topicExclusions));
    }
    List<String> comments = new ArrayList<>();
    comments.add(String.format(ATTRIBUTION.get(0), sourceName));
    comments.addAll(ATTRIBUTION.subList(1, ATTRIBUTION.size()));
    byte[] bytes = TaxonomyWriter.write(comments, out);
    // A conversion that writes a file the parser refuses is a bug here, not bad input: fail loudly.
    Taxonomy.parse(bytes, "converted " + sourceName);
    return new Result(bytes, new IssueImportReport(lines, categories.size(), out.size(), phrases, spellings,
        exclusions, textAfterCode, skipped));
  }

  private void skip(String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }
}
