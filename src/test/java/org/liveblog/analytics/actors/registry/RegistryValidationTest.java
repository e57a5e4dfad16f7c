package org.liveblog.analytics.actors.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liveblog.analytics.actors.ActorFixtures;

/** Each rule of docs/REGISTRY.md, broken once in a fixture: the error names the file, the line and the field. */
class RegistryValidationTest {

  private static final Path INVALID = ActorFixtures.REGISTRY_FIXTURES.resolve("invalid");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      duplicate-id.jsonl              | line 3: actor_id 'NOR' is already the id of line 1
      unknown-type.jsonl              | line 2: type 'politician' is not one of person, state, organisation, agency, media, armed_group, place
      unknown-of.jsonl                | line 2: roles[1].of 'NATO' is not an actor_id of the registry
      unknown-parent.jsonl            | line 2: parent 'EU' is not an actor_id of the registry
      bad-date.jsonl                  | line 2: roles[0].from '2005-13-17' is not a date (YYYY-MM-DD)
      to-not-after-from.jsonl         | line 3: roles[1].to 2012-05-07 is not after from 2013-01-01
      missing-from.jsonl              | line 2: roles[0].from is missing
      duplicate-form.jsonl            | line 2: metonyms[1] 'kremlin' is identical to aliases[1] 'Kremlin'
      sensitive-without-capital.jsonl | line 2: aliases[1].case is sensitive but 'eu' has no capital letter
      unknown-field.jsonl             | line 2: role is not a known field
      unknown-form-field.jsonl        | line 2: aliases[1].cse is not a known field
      unknown-role-field.jsonl        | line 2: roles[0].until is not a known field
      no-aliases.jsonl                | line 2: aliases is empty
      missing-name.jsonl              | line 2: name is missing
      unknown-case.jsonl              | line 2: aliases[0].case 'upper' is not one of sensitive, insensitive
      kind-in-demonyms.jsonl          | line 2: demonyms[0].kind is not a known field
      not-json.jsonl                  | line 2: the line is not valid JSON
      bad-country.jsonl               | line 2: country 'ru' is not an ISO 3166-1 alpha-3 code
      """)
  void aBrokenRuleFailsNamingFileLineAndField(String fixture, String expected) {
    Path file = INVALID.resolve(fixture);
    assertThatThrownBy(() -> ActorRegistry.load(file))
        .isInstanceOf(InvalidRegistryException.class)
        .hasMessageStartingWith(file + " " + expected);
  }

  @Test
  void everyProblemIsListedNotJustTheFirst() {
    String text = String.join("\n",
        "{\"actor_id\": \"a\", \"name\": \"A\", \"type\": \"person\", \"aliases\": [{\"text\": \"A\"}], \"colour\": 1}",
        "{\"actor_id\": \"b\", \"name\": \"B\", \"type\": \"persn\", \"aliases\": [{\"text\": \"B\"}]}",
        "{\"actor_id\": \"c\", \"name\": \"C\", \"type\": \"person\", \"parent\": \"zz\", \"aliases\": [{\"text\": \"C\"}]}");
    InvalidRegistryException e = catchThrowableOfType(InvalidRegistryException.class,
        () -> ActorRegistry.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "mixed.jsonl"));
    assertThat(e.problems()).containsExactly(
        "mixed.jsonl line 1: colour is not a known field (known: actor_id, name, type, country, parent, aliases, "
            + "demonyms, metonyms, roles)",
        "mixed.jsonl line 2: type 'persn' is not one of person, state, organisation, agency, media, armed_group, place",
        "mixed.jsonl line 3: parent 'zz' is not an actor_id of the registry");
    assertThat(e).hasMessageContaining("and 2 more problems");
  }

  @Test
  void wrongJsonTypesAndInvalidUtf8AreReported() {
    byte[] bytes = "{\"actor_id\": 7, \"name\": \"A\", \"type\": \"person\", \"aliases\": \"A\"}\n\"just a string\"\n"
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ActorRegistry.load(new ByteArrayInputStream(bytes), "types.jsonl"))
        .isInstanceOf(InvalidRegistryException.class)
        .hasMessageStartingWith("types.jsonl line 1: actor_id must be a string, got 7")
        .hasMessageContaining("types.jsonl line 1: aliases must be an array of surface forms")
        .hasMessageContaining("types.jsonl line 2: the line is not a JSON object");
    byte[] latin1 = "{\"actor_id\": \"a\", \"name\": \"Caf\u00e9\", \"type\": \"person\", \"aliases\": [{\"text\": \"A\"}]}"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> ActorRegistry.load(new ByteArrayInputStream(latin1), "latin1.jsonl"))
        .hasMessage("latin1.jsonl line 1: the line is not valid UTF-8");
  }

  @Test
  void aDuplicatedKeyInOneLineIsAnError() {
    byte[] bytes = "{\"actor_id\": \"a\", \"actor_id\": \"b\", \"name\": \"A\", \"type\": \"person\", \"aliases\": [{\"text\": \"A\"}]}"
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ActorRegistry.load(new ByteArrayInputStream(bytes), "dup.jsonl"))
        .hasMessageStartingWith("dup.jsonl line 1: the line is not valid JSON: Duplicate field 'actor_id'");
  }
}
