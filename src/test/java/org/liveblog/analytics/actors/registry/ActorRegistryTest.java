package org.liveblog.analytics.actors.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.actors.ActorFixtures;

/** Loading a valid registry, looking actors, roles and forms up, and the content hash. */
class ActorRegistryTest {


  private static final ActorRegistry REGISTRY = ActorRegistry.load(ActorFixtures.REGISTRY_FIXTURES.resolve("valid.jsonl"));

  @Test
  void loadsEveryActorWithItsFields() {
    assertThat(REGISTRY.size()).isEqualTo(14);
    assertThat(REGISTRY.actors()).extracting(Actor::actorId).startsWith("NOR", "NLD", "RUS", "GBR", "NATO");
    Actor putin = REGISTRY.actor("putin").orElseThrow();
    assertThat(putin.name()).isEqualTo("Vladimir Putin");
    assertThat(putin.type()).isEqualTo(ActorType.PERSON);
    assertThat(putin.country()).isEqualTo("RUS");
    assertThat(putin.parent()).isNull();
    assertThat(putin.aliases()).containsExactly(
        SurfaceForm.name("Vladimir Putin"),
        SurfaceForm.name("Vladimir Vladimirovich Putin"),
        new SurfaceForm("Putin", CaseRule.INSENSITIVE, FormKind.SURNAME));
    assertThat(putin.roles()).containsExactly(
        new Role("prime minister", "RUS", LocalDate.of(2008, 5, 8), LocalDate.of(2012, 5, 7)),
        new Role("president", "RUS", LocalDate.of(2012, 5, 7), null));
    assertThat(REGISTRY.actor("eu_commission").orElseThrow().parent()).isEqualTo("EU");
    assertThat(REGISTRY.actor("reuters").orElseThrow().type()).isEqualTo(ActorType.AGENCY);
    assertThat(REGISTRY.actor("wagner_group").orElseThrow().type()).isEqualTo(ActorType.ARMED_GROUP);
    assertThat(REGISTRY.actor("nobody")).isEmpty();
  }

  @Test
  void demonymsAndMetonymsTakeTheirKindFromTheirList() {
    Actor russia = REGISTRY.actor("RUS").orElseThrow();
    assertThat(russia.demonyms()).extracting(SurfaceForm::kind).containsOnly(FormKind.DEMONYM);
    assertThat(russia.metonyms()).extracting(SurfaceForm::text).containsExactly("the Kremlin", "Kremlin", "Moscow");
    assertThat(russia.metonyms()).extracting(SurfaceForm::kind).containsOnly(FormKind.METONYM);
    assertThat(REGISTRY.actor("NATO").orElseThrow().aliases()).contains(
        new SurfaceForm("NATO", CaseRule.SENSITIVE, FormKind.ACRONYM),
        new SurfaceForm("Nato secretary general", CaseRule.INSENSITIVE, FormKind.TITLE));
  }

  @Test
  void theNatoSecretaryGeneralIsStoltenbergUntilOctober2024ThenRutte() {
    LocalDate lastStoltenbergDay = LocalDate.of(2024, 9, 30);
    LocalDate firstRutteDay = LocalDate.of(2024, 10, 1);
    assertThat(secretaryGeneralOn(lastStoltenbergDay)).containsExactly("stoltenberg");
    assertThat(secretaryGeneralOn(firstRutteDay)).containsExactly("rutte");
    assertThat(secretaryGeneralOn(LocalDate.of(2014, 9, 30))).isEmpty();
    assertThat(REGISTRY.rolesOn("stoltenberg", LocalDate.of(2010, 1, 1)))
        .containsExactly(new Role("prime minister", "NOR", LocalDate.of(2005, 10, 17), LocalDate.of(2013, 10, 16)));
    assertThat(REGISTRY.rolesOn("rutte", LocalDate.of(2024, 8, 1))).isEmpty();
    assertThat(REGISTRY.rolesOn("rutte", LocalDate.of(2030, 1, 1))).extracting(Role::role)
        .containsExactly("secretary general");
    assertThat(REGISTRY.rolesOn("NATO", firstRutteDay)).isEmpty();
    assertThatThrownBy(() -> REGISTRY.rolesOn("ruttte", firstRutteDay))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ruttte' is not an actor_id");
  }

  @Test
  void aRoleIsHeldFromItsFirstDayUntilTheDayBeforeItsEnd() {
    Role role = new Role("president", "RUS", LocalDate.of(2012, 5, 7), LocalDate.of(2018, 5, 7));
    assertThat(role.heldOn(LocalDate.of(2012, 5, 6))).isFalse();
    assertThat(role.heldOn(LocalDate.of(2012, 5, 7))).isTrue();
    assertThat(role.heldOn(LocalDate.of(2018, 5, 6))).isTrue();
    assertThat(role.heldOn(LocalDate.of(2018, 5, 7))).isFalse();
    assertThat(new Role("president", "RUS", LocalDate.of(2012, 5, 7), null).heldOn(LocalDate.of(2999, 1, 1)))
        .isTrue();
  }

  @Test
  void allFormsListsASharedFormOncePerActor() {
    List<ActorForm> forms = REGISTRY.allForms();
    assertThat(forms).filteredOn(f -> f.text().equals("Johnson")).extracting(ActorForm::actorId)
        .containsExactly("boris_johnson", "lyndon_johnson");
    assertThat(forms).contains(
        new ActorForm("EU", CaseRule.SENSITIVE, FormKind.ACRONYM, "EU"),
        new ActorForm("Russians", CaseRule.INSENSITIVE, FormKind.DEMONYM, "RUS"),
        new ActorForm("Downing Street", CaseRule.INSENSITIVE, FormKind.METONYM, "GBR"),
        new ActorForm("the Commission", CaseRule.SENSITIVE, FormKind.NAME, "eu_commission"));
    assertThat(forms).hasSize(REGISTRY.actors().stream().mapToInt(a -> a.forms().size()).sum());
  }

  @Test
  void contentHashIsTheSha256OfTheBytesAndChangesWithThem(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("actors.jsonl");
    Files.copy(ActorFixtures.REGISTRY_FIXTURES.resolve("valid.jsonl"), file);
    String before = ActorRegistry.load(file).contentHash();
    assertThat(before).hasSize(64).matches("[0-9a-f]+").isEqualTo(REGISTRY.contentHash());
    try (InputStream in = Files.newInputStream(file)) {
      assertThat(ActorRegistry.load(in, "stream").contentHash()).isEqualTo(before);
    }

    Files.writeString(file, Files.readString(file).replace("\"Holland\"", "\"Nederland\""));
    ActorRegistry changed = ActorRegistry.load(file);
    assertThat(changed.size()).isEqualTo(REGISTRY.size());
    assertThat(changed.contentHash()).isNotEqualTo(before);
    assertThat(ActorRegistry.load(new ByteArrayInputStream("".getBytes(StandardCharsets.UTF_8)), "empty")
        .contentHash()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void anEmptyFileIsAnEmptyRegistryAndAMissingFileFailsWithItsName(@TempDir Path dir) {
    assertThat(ActorRegistry.load(new ByteArrayInputStream(new byte[0]), "empty").size()).isZero();
    assertThatThrownBy(() -> ActorRegistry.load(dir.resolve("missing.jsonl")))
        .isInstanceOf(InvalidRegistryException.class).hasMessageContaining("missing.jsonl");
  }

  @Test
  void windowsLineEndsAndAByteOrderMarkAreRead() {
    String text = "\uFEFF" + "{\"actor_id\": \"NOR\", \"name\": \"Norway\", \"type\": \"state\", "
        + "\"aliases\": [{\"text\": \"Norway\"}]}\r\n";
    ActorRegistry registry = ActorRegistry.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "crlf");
    assertThat(registry.actor("NOR")).isPresent();
  }

  @Test
  void theDefaultRegistryOnTheClasspathIsValid() {
    Assumptions.assumeTrue(ActorRegistry.class.getResource(ActorRegistry.DEFAULT_RESOURCE) != null,
        "no default registry " + ActorRegistry.DEFAULT_RESOURCE + " on the classpath yet");
    ActorRegistry registry = ActorRegistry.defaultRegistry();
    assertThat(registry.size()).isPositive();
    assertThat(registry.contentHash()).hasSize(64);
  }

  private static List<String> secretaryGeneralOn(LocalDate day) {
    return REGISTRY.actors().stream()
        .filter(a -> REGISTRY.rolesOn(a.actorId(), day).stream()
            .anyMatch(r -> r.role().equals("secretary general") && r.of().equals("NATO")))
        .map(Actor::actorId)
        .toList();
  }
}
