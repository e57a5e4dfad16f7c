package org.liveblog.analytics.topics.taxonomy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.liveblog.analytics.actors.matching.AliasMatcher;

/**
 * Reads a taxonomy file (JSON Lines, one topic per line, {@code #} comment lines) and checks every rule of
 * docs/TOPICS.md, collecting each problem as "FILE line N: FIELD what is wrong".
 */
final class TaxonomyParser {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  static final List<String> TOPIC_FIELDS =
      List.of("topic_id", "label", "group", "description", "phrases", "exclusions");

  static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /** Largest weight of a phrase: ten phrases of weight 1 should not be outweighed by one typo. */
  static final double MAX_WEIGHT = 10.0;
  /** Longest spelling, in characters: longer is a sentence, not a phrase. */
  static final int MAX_SPELLING_LENGTH = 100;

  private final String source;
  private final List<String> problems = new ArrayList<>();

  private TaxonomyParser(String source) {
    this.source = source;
  }

  static List<TaxonomyTopic> parse(byte[] bytes, String source) {
    TaxonomyParser parser = new TaxonomyParser(source);
    List<TaxonomyTopic> topics = new ArrayList<>();
    Map<String, Integer> idLines = new HashMap<>();
    int lineNumber = 0;
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNumber++;
      int line = lineNumber;
      parser.parseLine(bytes, start, end, line).ifPresent(topic -> {
        Integer earlier = idLines.putIfAbsent(topic.topicId(), line);
        if (earlier != null) {
          parser.problem(line, "topic_id", "'" + topic.topicId() + "' is already the id of the topic on line " + earlier);
        } else {
          topics.add(topic);
        }
      });
      start = end + 1;
    }
    if (parser.problems.isEmpty() && topics.isEmpty()) {
      parser.problems.add(source + ": no topic in the file (one JSON object per line expected)");
    }
    if (!parser.problems.isEmpty()) {
      throw new InvalidTaxonomyException(parser.problems);
    }
    return topics;
  }

  private Optional<TaxonomyTopic> parseLine(byte[] bytes, int start, int end, int line) {
    int length = end - start;
    if (length > 0 && bytes[end - 1] == '\r') {
      length--;
    }
    if (line == 1 && length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start += 3;
      length -= 3;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, length)).toString();
    } catch (CharacterCodingException e) {
      problem(line, "", "the line is not valid UTF-8");
      return Optional.empty();
    }
    String stripped = text.strip();
    if (stripped.isEmpty() || stripped.startsWith("#")) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(stripped);
    } catch (JsonProcessingException e) {
      problem(line, "", "the line is not valid JSON: " + e.getOriginalMessage());
      return Optional.empty();
    }
    if (node == null || !node.isObject()) {
      problem(line, "", "the line is not a JSON object (one topic per line)");
      return Optional.empty();
    }
    int before = problems.size();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!TOPIC_FIELDS.contains(name)) {
        problem(line, name, "is not a field of a topic (expected one of " + TOPIC_FIELDS + ")");
      }
    }
    String id = text(node, "topic_id", true, line);
    if (id != null && !ID.matcher(id).matches()) {
      problem(line, "topic_id", "'" + id + "' is not lower_snake_case (a letter, then letters, digits or _; at most 64)");
    }
    String label = text(node, "label", true, line);
    String group = text(node, "group", false, line);
    if (group != null && !ID.matcher(group).matches()) {
      problem(line, "group", "'" + group + "' is not lower_snake_case");
    }
    String description = text(node, "description", false, line);
    List<TopicPhrase> phrases = new ArrayList<>();
    List<TopicExclusion> exclusions = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    JsonNode phraseNode = node.get("phrases");
    if (phraseNode == null || phraseNode.isNull()) {
      problem(line, "phrases", "is missing: a topic needs at least one phrase");
    } else if (!phraseNode.isObject() || phraseNode.isEmpty()) {
      problem(line, "phrases", "must be a non-empty object of \"spelling|spelling\": weight");
    } else {
      for (Iterator<Map.Entry<String, JsonNode>> it = phraseNode.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String path = "phrases." + field.getKey();
        List<String> spellings = spellings(field.getKey(), path, line, seen);
        Double weight = number(field.getValue(), path, line);
        if (weight != null && !(weight > 0 && weight <= MAX_WEIGHT)) {
          problem(line, path, "weight " + weight + " is not in (0, " + MAX_WEIGHT + "]");
        } else if (spellings != null && weight != null) {
          phrases.add(new TopicPhrase(spellings, weight));
        }
      }
    }
    JsonNode exclusionNode = node.get("exclusions");
    if (exclusionNode != null && !exclusionNode.isNull()) {
      if (!exclusionNode.isObject()) {
        problem(line, "exclusions", "must be an object of \"spelling|spelling\": factor");
      } else {
        for (Iterator<Map.Entry<String, JsonNode>> it = exclusionNode.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          String path = "exclusions." + field.getKey();
          List<String> spellings = spellings(field.getKey(), path, line, seen);
          Double factor = number(field.getValue(), path, line);
          if (factor != null && !(factor >= 0 && factor < 1)) {
            problem(line, path, "factor " + factor + " is not in [0, 1) (0 vetoes the phrases inside, 0.5 halves them)");
          } else if (spellings != null && factor != null) {
            exclusions.add(new TopicExclusion(spellings, factor));
          }
        }
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    checkExclusionsHoldAPhrase(phrases, exclusions, line);
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new TaxonomyTopic(id, label, group, description, phrases, exclusions));
  }

  /**
   * An exclusion discounts the topic's phrases inside it: one that holds none would change nothing, which is always
   * a mistake (a misspelt exclusion, or one filed under the wrong topic).
   */
  private void checkExclusionsHoldAPhrase(List<TopicPhrase> phrases, List<TopicExclusion> exclusions, int line) {
    if (exclusions.isEmpty()) {
      return;
    }
    List<AliasMatcher.Pattern> patterns = new ArrayList<>();
    for (TopicPhrase phrase : phrases) {
      for (String spelling : phrase.spellings()) {
        patterns.add(new AliasMatcher.Pattern(spelling, isCaseSensitive(spelling), 0));
      }
    }
    AliasMatcher matcher = AliasMatcher.forText(patterns);
    AliasMatcher.Matches matches = new AliasMatcher.Matches();
    for (TopicExclusion exclusion : exclusions) {
      for (String spelling : exclusion.spellings()) {
        matcher.match(spelling, matches);
        if (matches.size() == 0) {
          problem(line, "exclusions." + String.join("|", exclusion.spellings()),
              "'" + spelling + "' contains none of the topic's phrases, so it would exclude nothing");
        }
      }
    }
  }

  /** A spelling written with a capital letter matches only as written (acronyms such as WHO or IS). */
  static boolean isCaseSensitive(String spelling) {
    return spelling.chars().anyMatch(Character::isUpperCase);
  }

  private List<String> spellings(String key, String path, int line, Map<String, String> seen) {
    List<String> spellings = new ArrayList<>();
    boolean ok = true;
    for (String raw : key.split("\\|", -1)) {
      String spelling = raw.strip().replaceAll("\\s+", " ");
      if (spelling.isEmpty()) {
        problem(line, path, "has an empty spelling (spellings are separated by a single |)");
        ok = false;
        continue;
      }
      if (spelling.length() > MAX_SPELLING_LENGTH) {
        problem(line, path, "spelling '" + spelling + "' is longer than " + MAX_SPELLING_LENGTH + " characters");
        ok = false;
        continue;
      }
      if (!Character.isLetterOrDigit(spelling.codePointAt(0))
          || !Character.isLetterOrDigit(spelling.codePointBefore(spelling.length()))) {
        problem(line, path, "spelling '" + spelling + "' must begin and end with a letter or digit (phrases match"
            + " whole words)");
        ok = false;
        continue;
      }
      String identity = isCaseSensitive(spelling) ? spelling : spelling.toLowerCase(Locale.ROOT);
      String earlier = seen.putIfAbsent(identity, path);
      if (earlier != null) {
        problem(line, path, "spelling '" + spelling + "' is already in " + earlier);
        ok = false;
        continue;
      }
      spellings.add(spelling);
    }
    return ok ? spellings : null;
  }

  private Double number(JsonNode value, String path, int line) {
    if (value == null || !value.isNumber()) {
      problem(line, path, "must be a number, got " + (value == null ? "nothing" : value.toString()));
      return null;
    }
    double d = value.asDouble();
    if (!Double.isFinite(d)) {
      problem(line, path, "must be a finite number, got " + value);
      return null;
    }
    return d;
  }

  private String text(JsonNode node, String field, boolean required, int line) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        problem(line, field, "is missing");
      }
      return null;
    }
    if (!value.isTextual()) {
      problem(line, field, "must be a string, got " + value);
      return null;
    }
    String text = value.asText().strip();
    if (text.isEmpty()) {
      if (required) {
        problem(line, field, "is blank");
      }
      return null;
    }
    return text;
  }

  private void problem(int line, String field, String what) {
    problems.add(source + " line " + line + ": " + (field.isEmpty() ? "" : field + ": ") + what);
  }
}
