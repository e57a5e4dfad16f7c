package org.liveblog.analytics.actors.registry;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a registry file (JSON Lines, one actor per line) and checks every rule of docs/REGISTRY.md, collecting each
 * problem as "FILE line N: FIELD what is wrong". Blank lines are allowed and counted.
 */
final class RegistryParser {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  static final List<String> ACTOR_FIELDS =
      List.of("actor_id", "name", "type", "country", "parent", "aliases", "demonyms", "metonyms", "roles");
  static final List<String> ALIAS_FIELDS = List.of("text", "case", "kind");
  static final List<String> DEMONYM_FIELDS = List.of("text", "case");
  static final List<String> ROLE_FIELDS = List.of("role", "of", "from", "to");

  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{3}");

  private final String source;
  private final List<String> problems = new ArrayList<>();

  private RegistryParser(String source) {
    this.source = source;
  }

  /** The actors of {@code bytes} in file order; throws {@link InvalidRegistryException} listing every problem. */
  static List<Actor> parse(byte[] bytes, String source) {
    RegistryParser parser = new RegistryParser(source);
    List<Actor> actors = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    int lineNumber = 0;
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNumber++;
      parser.parseLine(bytes, start, end, lineNumber).ifPresent(actor -> actors.add(actor));
      if (actors.size() > lines.size()) {
        lines.add(lineNumber);
      }
      start = end + 1;
    }
    parser.checkReferences(actors, lines);
    if (!parser.problems.isEmpty()) {
      throw new InvalidRegistryException(parser.problems);
    }
    return actors;
  }

  private Optional<Actor> parseLine(byte[] bytes, int start, int end, int line) {
    int length = end - start;
    if (length > 0 && bytes[end - 1] == '\r') {
      length--;
    }
    if (line == 1 && length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
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
    if (text.isBlank()) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      problem(line, "", "the line is not valid JSON: " + e.getOriginalMessage());
      return Optional.empty();
    }
    if (node == null || !node.isObject()) {
      problem(line, "", "the line is not a JSON object (one actor per line)");
      return Optional.empty();
    }
    int before = problems.size();
    unknownFields(node, ACTOR_FIELDS, line, "");
    String id = requiredText(node, "actor_id", line, "");
    String name = requiredText(node, "name", line, "");
    String typeValue = requiredText(node, "type", line, "");
    ActorType type = null;
    if (typeValue != null) {
      type = ActorType.fromJson(typeValue).orElse(null);
      if (type == null) {
        problem(line, "type", "'" + typeValue + "' is not one of " + values(ActorType.values(), ActorType::jsonValue));
      }
    }
    String country = optionalText(node, "country", line, "");
    if (country != null && !COUNTRY_CODE.matcher(country).matches()) {
      problem(line, "country", "'" + country + "' is not an ISO 3166-1 alpha-3 code (three upper-case letters)");
    }
    String parent = optionalText(node, "parent", line, "");
    if (parent != null && parent.equals(id)) {
      problem(line, "parent", "'" + parent + "' is the actor itself");
    }
    List<SurfaceForm> aliases = forms(node, "aliases", true, line);
    List<SurfaceForm> demonyms = forms(node, "demonyms", false, line);
    List<SurfaceForm> metonyms = forms(node, "metonyms", false, line);
    List<Role> roles = roles(node, line);
    distinctForms(List.of("aliases", "demonyms", "metonyms"), List.of(aliases, demonyms, metonyms), line);
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Actor(id, name, type, country, parent, aliases, demonyms, metonyms, roles));
  }

  private List<SurfaceForm> forms(JsonNode actor, String field, boolean required, int line) {
    JsonNode list = actor.get(field);
    if (list == null || list.isNull()) {
      if (required) {
        problem(line, field, "is missing: an actor needs at least one alias");
      }
      return List.of();
    }
    if (!list.isArray()) {
      problem(line, field, "must be an array of surface forms");
      return List.of();
    }
    if (required && list.isEmpty()) {
      problem(line, field, "is empty: an actor needs at least one alias");
    }
    // The kinds a form of this list may declare, the first being the default.
    List<FormKind> kinds = switch (field) {
      case "demonyms" -> List.of(FormKind.DEMONYM);
      case "metonyms" -> FormKind.METONYM_KINDS;
      default -> FormKind.ALIAS_KINDS;
    };
    List<SurfaceForm> forms = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String path = field + "[" + i + "]";
      JsonNode form = list.get(i);
      if (!form.isObject()) {
        problem(line, path, "must be an object like {\"text\": \"...\"}");
        continue;
      }
      unknownFields(form, kinds.size() == 1 ? DEMONYM_FIELDS : ALIAS_FIELDS, line, path + ".");
      String text = requiredText(form, "text", line, path + ".");
      CaseRule caseRule = CaseRule.INSENSITIVE;
      String caseValue = optionalText(form, "case", line, path + ".");
      if (caseValue != null) {
        caseRule = CaseRule.fromJson(caseValue).orElse(null);
        if (caseRule == null) {
          problem(line, path + ".case", "'" + caseValue + "' is not one of "
              + values(CaseRule.values(), CaseRule::jsonValue));
        }
      }
      FormKind kind = kinds.get(0);
      String kindValue = kinds.size() == 1 ? null : optionalText(form, "kind", line, path + ".");
      if (kindValue != null) {
        kind = FormKind.fromJson(kindValue).filter(kinds::contains).orElse(null);
        if (kind == null) {
          problem(line, path + ".kind", "'" + kindValue + "' is not one of "
              + values(kinds.toArray(FormKind[]::new), FormKind::jsonValue));
        }
      }
      if (text != null && caseRule == CaseRule.SENSITIVE && text.chars().noneMatch(Character::isUpperCase)) {
        problem(line, path + ".case", "is sensitive but '" + text + "' has no capital letter");
      }
      if (text != null && caseRule != null && kind != null) {
        forms.add(new SurfaceForm(text, caseRule, kind));
      }
    }
    return forms;
  }

  private void distinctForms(List<String> fields, List<List<SurfaceForm>> lists, int line) {
    List<String> seenPaths = new ArrayList<>();
    List<SurfaceForm> seen = new ArrayList<>();
    for (int f = 0; f < fields.size(); f++) {
      List<SurfaceForm> forms = lists.get(f);
      for (int i = 0; i < forms.size(); i++) {
        SurfaceForm form = forms.get(i);
        String path = fields.get(f) + "[" + i + "]";
        for (int s = 0; s < seen.size(); s++) {
          if (seen.get(s).sameMatchesAs(form)) {
            problem(line, path, "'" + form.text() + "' is identical to " + seenPaths.get(s) + " '" + seen.get(s).text()
                + "'");
            break;
          }
        }
        seen.add(form);
        seenPaths.add(path);
      }
    }
  }

  private List<Role> roles(JsonNode actor, int line) {
    JsonNode list = actor.get("roles");
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      problem(line, "roles", "must be an array of roles");
      return List.of();
    }
    List<Role> roles = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "roles[" + i + "]";
      JsonNode role = list.get(i);
      if (!role.isObject()) {
        problem(line, path, "must be an object like {\"role\": \"...\", \"of\": \"...\", \"from\": \"YYYY-MM-DD\"}");
        continue;
      }
      unknownFields(role, ROLE_FIELDS, line, path + ".");
      String name = requiredText(role, "role", line, path + ".");
      String of = requiredText(role, "of", line, path + ".");
      String fromValue = requiredText(role, "from", line, path + ".");
      String toValue = optionalText(role, "to", line, path + ".");
      LocalDate from = date(fromValue, line, path + ".from");
      LocalDate to = date(toValue, line, path + ".to");
      if (from != null && to != null && !to.isAfter(from)) {
        problem(line, path + ".to", to + " is not after from " + from);
      }
      if (name != null && of != null && from != null && (toValue == null || to != null)) {
        roles.add(new Role(name, of, from, to));
      }
    }
    return roles;
  }

  private LocalDate date(String value, int line, String path) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problem(line, path, "'" + value + "' is not a date (YYYY-MM-DD)");
      return null;
    }
  }

  private void checkReferences(List<Actor> actors, List<Integer> lines) {
    Map<String, Integer> lineOfId = new HashMap<>();
    for (int i = 0; i < actors.size(); i++) {
      Integer first = lineOfId.putIfAbsent(actors.get(i).actorId(), lines.get(i));
      if (first != null) {
        problem(lines.get(i), "actor_id", "'" + actors.get(i).actorId() + "' is already the id of line " + first);
      }
    }
    for (int i = 0; i < actors.size(); i++) {
      Actor actor = actors.get(i);
      if (actor.parent() != null && !lineOfId.containsKey(actor.parent())) {
        problem(lines.get(i), "parent", "'" + actor.parent() + "' is not an actor_id of the registry");
      }
      for (int r = 0; r < actor.roles().size(); r++) {
        String of = actor.roles().get(r).of();
        if (!lineOfId.containsKey(of)) {
          problem(lines.get(i), "roles[" + r + "].of", "'" + of + "' is not an actor_id of the registry");
        }
      }
    }
  }

  private void unknownFields(JsonNode node, List<String> known, int line, String prefix) {
    Set<String> knownSet = Set.copyOf(known);
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!knownSet.contains(name)) {
        problem(line, prefix + name, "is not a known field (known: " + String.join(", ", known) + ")");
      }
    }
  }

  private String requiredText(JsonNode node, String field, int line, String prefix) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      problem(line, prefix + field, "is missing");
      return null;
    }
    return text(value, field, line, prefix);
  }

  private String optionalText(JsonNode node, String field, int line, String prefix) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : text(value, field, line, prefix);
  }

  private String text(JsonNode value, String field, int line, String prefix) {
    if (!value.isTextual()) {
      problem(line, prefix + field, "must be a string, got " + value);
      return null;
    }
    if (value.asText().isBlank()) {
      problem(line, prefix + field, "is blank");
      return null;
    }
    return value.asText();
  }

  private void problem(int line, String field, String what) {
    problems.add(source + " line " + line + ": " + (field.isEmpty() ? "" : field + " ") + what);
  }

  private static <T> String values(T[] values, Function<T, String> json) {
    return Arrays.stream(values).map(json).collect(Collectors.joining(", "));
  }
}
