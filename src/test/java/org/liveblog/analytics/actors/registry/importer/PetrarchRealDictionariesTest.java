package org.liveblog.analytics.actors.registry.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.actors.registry.Actor;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.actors.registry.ActorType;
import org.liveblog.analytics.actors.registry.CaseRule;
import org.liveblog.analytics.actors.registry.FormKind;
import org.liveblog.analytics.actors.registry.Role;
import org.liveblog.analytics.actors.registry.SurfaceForm;
import org.liveblog.analytics.actors.registry.importer.ImportReport;
import org.liveblog.analytics.actors.registry.importer.PetrarchImporter;

/** The three published Phoenix actor dictionaries import to a valid registry of about 25,000 actors, quickly. */
class PetrarchRealDictionariesTest {

  /** The shared data folder next to the project (see /work/shared/data/petrarch2-dictionaries/SOURCE.md). */
  static final Path DICTIONARIES = Path.of("..", "shared", "data", "petrarch2-dictionaries");

  @Test
  void thePhoenixDictionariesImportToAValidRegistry(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(DICTIONARIES),
        "skipped: the PETRARCH/Phoenix dictionaries are not at " + DICTIONARIES.toAbsolutePath().normalize()
            + " (../shared/data from the project folder)");
    List<Path> inputs = List.of(DICTIONARIES.resolve("Phoenix.Countries.actors.txt"),
        DICTIONARIES.resolve("Phoenix.International.actors.txt"),
        DICTIONARIES.resolve("Phoenix.MilNonState.actors.txt"));
    long started = System.nanoTime();
    Path output = dir.resolve("phoenix.jsonl");
    ImportReport report = PetrarchImporter.importDictionaries(inputs, output);
    ActorRegistry registry = ActorRegistry.load(output);
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println(report.summary() + "\nimport and reload: " + millis + " ms");

    assertThat(registry.size()).isEqualTo(report.written()).isBetween(22_000, 30_000);
    assertThat(report.written(ActorType.PERSON)).isGreaterThan(15_000);
    assertThat(report.written(ActorType.STATE)).isBetween(180, 260);
    assertThat(report.written(ActorType.ORGANISATION)).isGreaterThan(5_000);
    assertThat(report.written(ActorType.ARMED_GROUP)).isGreaterThan(700);

    Actor putin = registry.actor("vladimir_putin").orElseThrow();
    assertThat(putin.aliases()).contains(new SurfaceForm("Putin", CaseRule.INSENSITIVE, FormKind.SURNAME));
    assertThat(registry.rolesOn("vladimir_putin", LocalDate.of(1995, 1, 1))).extracting(Role::role)
        .contains("elite").doesNotContain("government");
    assertThat(registry.rolesOn("vladimir_putin", LocalDate.of(2013, 1, 1))).extracting(Role::role)
        .contains("government");
    assertThat(registry.rolesOn("vladimir_putin", LocalDate.of(2013, 1, 1))).extracting(Role::of).containsOnly("RUS");
    assertThat(registry.actor("RUS").orElseThrow().aliases()).extracting(SurfaceForm::text).contains("Russia");
    assertThat(registry.actor("UKR").orElseThrow().aliases()).extracting(SurfaceForm::text).contains("Kiev", "Kyiv");
    assertThat(registry.actor("UKR").orElseThrow().type()).isEqualTo(ActorType.STATE);
  }
}
