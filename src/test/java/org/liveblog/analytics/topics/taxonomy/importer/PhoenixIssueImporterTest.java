package org.liveblog.analytics.topics.taxonomy.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.actors.matching.AliasMatcher;
import org.liveblog.analytics.topics.tagging.TopicScores;
import org.liveblog.analytics.topics.tagging.TopicTagger;
import org.liveblog.analytics.topics.taxonomy.Taxonomy;
import org.liveblog.analytics.topics.taxonomy.TaxonomyTopic;
import org.liveblog.analytics.topics.taxonomy.TopicPhrase;

/** The issue-coding importer on a fixture we wrote in the Phoenix syntax, and on the real file when it is there. */
class PhoenixIssueImporterTest {

  static final String FIXTURE = """
      # A fixture in the syntax of Phoenix.IssueCoding.txt, written for this test.

      <ISSUE CATEGORY="ENERGY" TYPE="ALL">
      oil [OIL]
      heavy crude [OIL]
      n:refinery [OIL]
      ~olive oil
      ~~oil painting
      ~cooking n:oil

      wind n:turbine [RENEWABLE_ENERGY]
      solar+v:power [RENEWABLE_ENERGY]
      n:refinery [OIL]
      </ISSUE>

      <ISSUE CATEGORY="SOUTH-TO-SOUTH" TYPE="COUNTEVENT">
      knowledge exchange [SOUTH-TO-SOUTH]   # a comment after the phrase
      uncoded phrase
      ~~football
      v:massage [SOUTH-TO-SOUTH]
      </ISSUE>
      </ISSUE>
      """;

  @Test
  void codesBecomeTopicsGroupedByBlockWithExpandedSpellings() {
    PhoenixIssueImporter.Result result = PhoenixIssueImporter.convert(FIXTURE, "fixture.txt");
    Taxonomy taxonomy = Taxonomy.parse(result.taxonomyBytes(), "converted");
    assertThat(taxonomy.topics()).extracting(TaxonomyTopic::topicId)
        .containsExactly("oil", "renewable_energy", "south_to_south");
    TaxonomyTopic oil = taxonomy.topic("oil").orElseThrow();
    assertThat(oil.group()).isEqualTo("energy");
    assertThat(oil.label()).isEqualTo("Oil");
    assertThat(oil.phrases()).extracting(TopicPhrase::spellings).containsExactly(
        java.util.List.of("oil"), java.util.List.of("heavy crude"), java.util.List.of("refinery", "refineries"));
    assertThat(oil.phrases()).allSatisfy(p -> assertThat(p.weight()).isEqualTo(1.0));
    // ~ lines that hold a phrase of the block become exclusions of the topics whose phrase they hold.
    assertThat(oil.exclusions()).extracting(e -> e.spellings())
        .containsExactly(java.util.List.of("olive oil"), java.util.List.of("oil painting"),
            java.util.List.of("cooking oil"));
    TaxonomyTopic renewable = taxonomy.topic("renewable_energy").orElseThrow();
    assertThat(renewable.phrases()).extracting(TopicPhrase::spellings).containsExactly(
        java.util.List.of("wind turbine", "wind turbines"),
        java.util.List.of("solar power", "solar powers", "solar powered", "solar powering",
            "solar-power", "solar-powers", "solar-powered", "solar-powering"));
    TaxonomyTopic south = taxonomy.topic("south_to_south").orElseThrow();
    assertThat(south.group()).isEqualTo("south_to_south");
    assertThat(south.phrases()).extracting(TopicPhrase::spellings).containsExactly(
        java.util.List.of("knowledge exchange"), java.util.List.of("massage", "massages", "massaged", "massaging"));
    assertThat(result.report().skippedByReason()).isEqualTo(Map.of(
        "no [CODE] (PETRARCH ignores it too)", 1,
        "duplicate phrase", 1,
        "story-level exclusion (~~) without a phrase of its block inside it", 1,
        "closing </ISSUE> without an open block", 1));
    assertThat(result.report().topicsWritten()).isEqualTo(3);
    assertThat(result.report().exclusionsWritten()).isEqualTo(3);
    assertThat(result.report().categories()).isEqualTo(2);
    assertThat(new String(result.taxonomyBytes(), StandardCharsets.UTF_8))
        .startsWith("# Converted by liveblog-analytics (topics import) from a PETRARCH/Phoenix issue coding: fixture.txt")
        .contains("MIT licence");
  }

  @Test
  void theConvertedTaxonomyTagsText() {
    Taxonomy taxonomy = Taxonomy.parse(PhoenixIssueImporter.convert(FIXTURE, "fixture.txt").taxonomyBytes(), "c");
    TopicTagger tagger = TopicTagger.of(taxonomy);
    TopicScores scores = tagger.newScores();
    AliasMatcher.Matches matches = new AliasMatcher.Matches();
    tagger.tag("Two refineries stopped; olive oil prices rose.", scores, matches);
    assertThat(scores.size()).isEqualTo(1);
    assertThat(tagger.topicId(scores.topic(0))).isEqualTo("oil");
    tagger.tag("Only olive oil and cooking oil here.", scores, matches);
    assertThat(scores.size()).isZero();
    tagger.tag("The village is solar-powered.", scores, matches);
    assertThat(tagger.topicId(scores.topic(0))).isEqualTo("renewable_energy");
  }

  @Test
  void theCommandWritesTheFileAndReportsOrFailsNamingTheInput(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("issues.txt");
    Files.writeString(input, FIXTURE);
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    int code = TopicsImportCommand.importIssues(input, dir.resolve("topics.jsonl"), new PrintStream(console, true));
    assertThat(code).isEqualTo(TopicsImportCommand.OK);
    assertThat(console.toString()).contains("written: 3 topics");
    assertThat(Taxonomy.load(dir.resolve("topics.jsonl")).size()).isEqualTo(3);
    console.reset();
    assertThat(TopicsImportCommand.importIssues(dir.resolve("missing.txt"), dir.resolve("x.jsonl"),
        new PrintStream(console, true))).isEqualTo(TopicsImportCommand.BAD_INPUT);
    assertThat(console.toString()).contains("missing.txt is not a readable file");
  }

  @Test
  void expansionsFollowPetrarchWithRegularEnglishEndings() {
    // Regular endings only, as in PETRARCH: "crisises", not "crises".
    assertThat(PhoenixIssueImporter.spellings("n:policy n:crisis")).containsExactly(
        "policy crisis", "policy crisises", "policies crisis", "policies crisises");
    assertThat(PhoenixIssueImporter.spellings("e.u.")).containsExactly("e.u");
    assertThat(PhoenixIssueImporter.spellings("far+right")).containsExactly("far right", "far-right");
    assertThat(PhoenixIssueImporter.topicId("SOUTH-TO-SOUTH")).isEqualTo("south_to_south");
    assertThat(PhoenixIssueImporter.label("ID_ATROCITY")).isEqualTo("Atrocity");
  }

  @Test
  void theRealIssueCodingImports() throws Exception {
    Path file = Path.of("../shared/data/petrarch2-dictionaries/Phoenix.IssueCoding.txt");
    assumeTrue(Files.isRegularFile(file), "../shared/data is absent: skipping the import of " + file);
    long started = System.nanoTime();
    PhoenixIssueImporter.Result result = PhoenixIssueImporter.convert(file);
    Taxonomy taxonomy = Taxonomy.parse(result.taxonomyBytes(), "phoenix");
    IssueImportReport report = result.report();
    System.out.printf("Phoenix.IssueCoding.txt in %d ms:%n%s%n", (System.nanoTime() - started) / 1_000_000,
        report.summary());
    assertThat(taxonomy.size()).isEqualTo(report.topicsWritten()).isGreaterThan(50);
    assertThat(report.categories()).isGreaterThan(40);
    assertThat(report.phrasesWritten()).isGreaterThan(1000);
    assertThat(taxonomy.topic("food_security")).isPresent();
    assertThat(taxonomy.topic("oil").orElseThrow().exclusions()).isNotEmpty();
  }
}
