package org.liveblog.analytics.actors.registry.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.ConsoleCapture;
import org.liveblog.analytics.actors.ActorFixtures;
import org.liveblog.analytics.actors.registry.Actor;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.actors.registry.ActorType;
import org.liveblog.analytics.actors.registry.CaseRule;
import org.liveblog.analytics.actors.registry.FormKind;
import org.liveblog.analytics.actors.registry.RegistryWriter;
import org.liveblog.analytics.actors.registry.Role;
import org.liveblog.analytics.actors.registry.SurfaceForm;
import picocli.CommandLine;

/** The PETRARCH/Phoenix importer on hand-written dictionaries in the TABARI grammar. */
class PetrarchImporterTest {

  static final Path SAMPLES = ActorFixtures.REGISTRY_FIXTURES.resolve("petrarch");
  static final List<Path> INPUTS = List.of(SAMPLES.resolve("Sample.Countries.actors.txt"),
      SAMPLES.resolve("Sample.International.actors.txt"), SAMPLES.resolve("Sample.MilNonState.actors.txt"));

  private static PetrarchImporter.Result result;
  private static ActorRegistry registry;

  @BeforeAll
  static void importSamples(@TempDir Path dir) throws Exception {
    result = new PetrarchImporter().importFiles(INPUTS);
    Path file = dir.resolve("imported.jsonl");
    RegistryWriter.write(result.actors(), file);
    registry = ActorRegistry.load(file);
  }

  @Test
  void aBareCountryCodeMakesAStateAndASecondOneAPlace() {
    Actor norway = actor("NOR");
    assertThat(norway.type()).isEqualTo(ActorType.STATE);
    assertThat(norway.name()).isEqualTo("Norway");
    assertThat(norway.aliases()).extracting(SurfaceForm::text)
        .containsExactly("Norway", "Kingdom of Norway", "Oslo", "Norge");
    assertThat(actor("VLD").name()).isEqualTo("Valdria");
    Actor nordland = actor("nordland_islands");
    assertThat(nordland.type()).isEqualTo(ActorType.PLACE);
    assertThat(nordland.country()).isEqualTo("NOR");
  }

  @Test
  void aPersonGetsTitleCasedAliasesASurnameAndDatedRoles() {
    Actor astrid = actor("astrid_halvorsen");
    assertThat(astrid.type()).isEqualTo(ActorType.PERSON);
    assertThat(astrid.name()).isEqualTo("Astrid Halvorsen");
    assertThat(astrid.country()).isEqualTo("NOR");
    assertThat(astrid.aliases()).containsExactly(
        SurfaceForm.name("Astrid Halvorsen"),
        new SurfaceForm("Halvorsen", CaseRule.INSENSITIVE, FormKind.SURNAME),
        SurfaceForm.name("Prime Minister Astrid Halvorsen"));
    assertThat(astrid.roles()).containsExactly(
        new Role("elite", "NOR", LocalDate.of(1970, 1, 1), LocalDate.of(2005, 3, 1)),
        new Role("government", "NOR", LocalDate.of(2005, 3, 1), null),
        new Role("elite", "NOR", PetrarchImporter.UNDATED_FROM, null));
    assertThat(registry.rolesOn("astrid_halvorsen", LocalDate.of(2010, 1, 1))).extracting(Role::role)
        .containsExactly("government", "elite");
  }

  @Test
  void primaryLinesWithoutCodesShareTheCodesThatFollowThemAsOneActor() {
    Actor olaf = actor("olaf_brekke");
    assertThat(olaf.aliases()).extracting(SurfaceForm::text)
        .containsExactly("Olaf Brekke", "Olaf J. Brekke", "Minister Brekke");
    assertThat(olaf.roles()).containsExactly(
        new Role("government (business)", "NOR", LocalDate.of(1998, 1, 1), LocalDate.of(2001, 12, 31)),
        new Role("government (agriculture)", "NOR", LocalDate.of(2002, 1, 1), LocalDate.of(2004, 12, 31)));
    assertThat(registry.actor("olaf_j_brekke")).isEmpty();
    assertThat(result.report().primariesMerged()).isEqualTo(2);
  }

  @Test
  void unreadableAndEmptyDateRangesDropTheRoleNotThePerson() {
    assertThat(actor("kari_lund").roles()).containsExactly(
        new Role("government (environment)", "NOR", PetrarchImporter.UNDATED_FROM, LocalDate.of(2003, 10, 1)));
    assertThat(result.report().rolesSkippedByReason()).containsEntry("unreadable date", 1)
        .containsEntry("end date not after start date", 1);
  }

  @Test
  void aRoleOfACountryWithoutAStateEntryGetsAStateFromTheIsoTable() {
    assertThat(actor("marta_kowal").roles()).extracting(Role::of).containsExactly("POL");
    Actor poland = actor("POL");
    assertThat(poland.type()).isEqualTo(ActorType.STATE);
    assertThat(poland.name()).isEqualTo("Poland");
    assertThat(result.report().statesAddedFromIsoTable()).isEqualTo(1);
    assertThat(actor("pavel_drozdov").roles()).extracting(Role::of).containsExactly("VLD");
  }

  @Test
  void stateBodiesAreOrganisationsOrMediaBelongingToTheirState() {
    Actor forces = actor("norwegian_armed_forces");
    assertThat(forces.type()).isEqualTo(ActorType.ORGANISATION);
    assertThat(forces.parent()).isEqualTo("NOR");
    assertThat(forces.aliases()).extracting(SurfaceForm::text).containsExactly("Norwegian Armed Forces",
        "Norwegian Army");
    assertThat(actor("storting_council").type()).isEqualTo(ActorType.ORGANISATION);
    assertThat(actor("nordic_daily_news").type()).isEqualTo(ActorType.MEDIA);
    assertThat(actor("erik_solberg").roles()).extracting(Role::role).containsExactly("rebel");
  }

  @Test
  void internationalEntriesAreOrganisationsWithAcronymsAndDatedPeopleArePersons() {
    Actor council = actor("north_sea_cooperation_council");
    assertThat(council.type()).isEqualTo(ActorType.ORGANISATION);
    assertThat(council.country()).isNull();
    assertThat(council.aliases()).containsExactly(
        SurfaceForm.name("North Sea Cooperation Council"),
        new SurfaceForm("NSCC", CaseRule.SENSITIVE, FormKind.ACRONYM),
        new SurfaceForm("N.S.C.C.", CaseRule.SENSITIVE, FormKind.ACRONYM));
    assertThat(actor("atlantic_relief_fund").type()).isEqualTo(ActorType.ORGANISATION);
    assertThat(actor("globex_shipping").type()).isEqualTo(ActorType.ORGANISATION);
    assertThat(actor("world_monitor_tv").type()).isEqualTo(ActorType.MEDIA);
    Actor helga = actor("helga_strand");
    assertThat(helga.type()).isEqualTo(ActorType.PERSON);
    assertThat(helga.roles()).isEmpty();
    assertThat(helga.aliases()).extracting(SurfaceForm::text).containsExactly("Helga Strand", "H. Strand");
  }

  @Test
  void militantEntriesAreArmedGroupsAndMarkedMembersArePersons() {
    Actor brigade = actor("red_fjord_brigade");
    assertThat(brigade.type()).isEqualTo(ActorType.ARMED_GROUP);
    assertThat(brigade.country()).isEqualTo("NOR");
    assertThat(brigade.parent()).isNull();
    assertThat(brigade.aliases()).contains(new SurfaceForm("RFB", CaseRule.SENSITIVE, FormKind.ACRONYM));
    assertThat(actor("northern_flame").type()).isEqualTo(ActorType.ARMED_GROUP);
    assertThat(actor("northern_flame").country()).isNull();
    assertThat(actor("jon_viken").type()).isEqualTo(ActorType.PERSON);
  }

  @Test
  void theReportCountsWhatWasReadWrittenAndSkipped() {
    ImportReport report = result.report();
    assertThat(report.primaryLinesRead()).isEqualTo(25);
    assertThat(report.written()).isEqualTo(registry.size()).isEqualTo(21);
    assertThat(report.writtenByType()).containsOnly(
        entry(ActorType.STATE, 3), entry(ActorType.PLACE, 1), entry(ActorType.PERSON, 8),
        entry(ActorType.ORGANISATION, 5), entry(ActorType.MEDIA, 2), entry(ActorType.ARMED_GROUP, 2));
    assertThat(report.skippedByReason()).containsOnly(
        entry("no code", 1),
        entry("no usable code (e.g. [---])", 1),
        entry("code names no country, organisation or group ([NMR])", 1));
    assertThat(report.summary()).contains("written: 21 actors");
  }

  @Test
  void theCommandWritesARegistryTheLoaderAcceptsAndRejectsAMissingInput(@TempDir Path dir) {
    Path output = dir.resolve("nested/actors.jsonl");
    String[] args = Stream.concat(Stream.of("--output", output.toString()), INPUTS.stream().map(Path::toString))
        .toArray(String[]::new);
    String out = ConsoleCapture.stdout(() -> assertThat(new CommandLine(new ImportCommand()).execute(args)).isZero());
    assertThat(ActorRegistry.load(output).size()).isEqualTo(21);
    assertThat(out).contains("written: 21 actors", "wrote " + output);

    String err = ConsoleCapture.stderr(() -> assertThat(new CommandLine(new ImportCommand())
        .execute("--output", output.toString(), dir.resolve("missing.actors.txt").toString()))
        .isEqualTo(ImportCommand.BAD_INPUT));
    assertThat(err).contains("missing.actors.txt is not a readable file");
  }

  @Test
  void datesAndDisplayFollowTheTabariConventions() {
    assertThat(CameoCode.parse("RUSGOV >080508")).isEqualTo(new CameoCode("RUSGOV", LocalDate.of(2008, 5, 8), null, null));
    assertThat(CameoCode.parse("RUSGOV <991231").to()).isEqualTo(LocalDate.of(1999, 12, 31));
    assertThat(CameoCode.parse("AFGELI 19270101-730717"))
        .isEqualTo(new CameoCode("AFGELI", LocalDate.of(1927, 1, 1), LocalDate.of(1973, 7, 17), null));
    assertThat(CameoCode.parse("IGOUNO  > 070201").from()).isEqualTo(LocalDate.of(2007, 2, 1));
    assertThat(CameoCode.parse("USAGOV 300101-310101"))
        .isEqualTo(new CameoCode("USAGOV", LocalDate.of(2030, 1, 1), LocalDate.of(1931, 1, 1), null));
    assertThat(CameoCode.parse("KORGOVBUS 2004017-20061201").hasDateProblem()).isTrue();
    assertThat(CameoCode.parse("---").parts()).isEmpty();
    assertThat(CameoCode.parse("AFGGOVAGR").parts()).containsExactly("AFG", "GOV", "AGR");
    assertThat(PetrarchImporter.display("VLADIMIR_PUTIN_", false)).isEqualTo("Vladimir Putin");
    assertThat(PetrarchImporter.display("PRESIDENT_OF_THE_RUSSIAN_FEDERATED_REPUBLIC,_BORIS_N._YELTSIN", false))
        .isEqualTo("President of the Russian Federated Republic, Boris N. Yeltsin");
    assertThat(PetrarchImporter.display("AL-QAEDA_IN_IRAQ_", true)).isEqualTo("Al-Qaeda in Iraq");
    assertThat(PetrarchImporter.display("UNITED_NATIONS_CHILDREN'S_FUND_", true)).isEqualTo("United Nations Children's Fund");
    assertThat(PetrarchImporter.display("U.N._SECRETARY_GENERAL", true)).isEqualTo("U.N. Secretary General");
    assertThat(PetrarchImporter.display("ST._PETERSBURG_", true)).isEqualTo("St. Petersburg");
    assertThat(PetrarchImporter.snakeCase("José Ramos-Horta")).isEqualTo("jose_ramos_horta");
    assertThat(PetrarchImporter.looksLikePerson("MOHAMMAD_ZAHIR_SHAH_")).isTrue();
    assertThat(PetrarchImporter.looksLikePerson("AFGHAN_NATIONAL_SECURITY_FORCES")).isFalse();
    assertThat(PetrarchImporter.looksLikePerson("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_")).isFalse();
  }

  private static Actor actor(String id) {
    return registry.actor(id).orElseThrow(() -> new AssertionError("no actor " + id + " in " + registry.actors()
        .stream().map(Actor::actorId).toList()));
  }
}
