package org.liveblog.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.ConsoleCapture;
import org.liveblog.analytics.ingest.IngestStage;
import org.liveblog.analytics.ingest.InputFormat;
import org.liveblog.analytics.pipeline.PublishOptions;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** The command line and configuration resolution; none of these start Spark. */
class LiveblogCliTest {

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"generate", "ingest", "run", "export", "actors", "stance", "topics"}) {
      String out = ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute(command, "--help")).isZero());
      assertThat(out).as(command).contains("Usage: liveblog " + command).contains("--config");
    }
    String top = ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("--help")).isZero());
    assertThat(top).contains("generate").contains("ingest").contains("run").contains("actors").contains("stance")
        .contains("topics").contains("Exit codes");
    String run = ConsoleCapture.stdout(() -> LiveblogCli.execute("run", "--help"));
    assertThat(run).as("run takes every analysis's options").contains("--registry").contains("--metonym-threshold")
        .contains("--stance-lexicon").contains("--shift-fdr")
        .contains("--taxonomy").contains("--topic-model").contains("--cooccurrence-max-items")
        .contains("--max-body-chars").contains("(default: 200000)");
  }

  @Test
  void actorsImportWritesARegistryFromTabariDictionaries(@TempDir Path dir) throws Exception {
    Path output = dir.resolve("registry.jsonl");
    Path fixtures = Path.of("src/test/resources/fixtures/registry/petrarch");
    List<String> args = new java.util.ArrayList<>(List.of("actors", "import", "--output=" + output));
    try (var files = Files.list(fixtures)) {
      files.sorted().forEach(p -> args.add(p.toString()));
    }
    int[] code = new int[1];
    String[] out = new String[1];
    String err = ConsoleCapture.stderr(() -> out[0] = ConsoleCapture.stdout(
        () -> code[0] = LiveblogCli.execute(args.toArray(String[]::new))));
    assertThat(code[0]).as(err + out[0]).isZero();
    assertThat(out[0]).contains("wrote " + output);
    assertThat(org.liveblog.analytics.actors.registry.ActorRegistry.load(output).size()).isPositive();
  }

  @Test
  void topicsImportPhoenixWritesATaxonomyOrFailsNamingTheInput(@TempDir Path dir) throws Exception {
    Path coding = dir.resolve("issues.txt");
    Files.writeString(coding, "<ISSUE CATEGORY=\"ENERGY\" TYPE=\"ALL\">\noil [OIL]\nwind n:turbine [RENEWABLE_ENERGY]\n"
        + "</ISSUE>\n");
    Path output = dir.resolve("taxonomy.jsonl");
    String out = ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("topics", "import-phoenix",
        "--output=" + output, coding.toString())).isZero());
    assertThat(out).contains("written: 2 topics").contains("wrote " + output);
    assertThat(org.liveblog.analytics.topics.taxonomy.Taxonomy.load(output).size()).isEqualTo(2);
    String err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("topics", "import-phoenix",
        "--output=" + output, dir.resolve("missing.txt").toString())).isEqualTo(2));
    assertThat(err).contains("missing.txt is not a readable file");
  }

  @Test
  void aMissingRequiredOptionIsAConfigurationError() {
    String err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("run", "--input", "x")).isEqualTo(2));
    assertThat(err).contains("--warehouse is required");
    err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("run", "--warehouse", "w")).isEqualTo(2));
    assertThat(err).contains("--input is required");
  }

  @Test
  void badValuesNameTheOptionAndWhatWasExpected() {
    assertThat(error("ingest", "--input", "x", "--warehouse", "w", "--max-body-chars", "lots"))
        .contains("--max-body-chars").contains("expected an integer, got 'lots'");
    assertThat(error("ingest", "--input", "x", "--warehouse", "w", "--format", "xml"))
        .contains("--format").contains("expected one of parquet, jsonl, csv, guardian");
    assertThat(error("ingest", "--input", "x", "--warehouse", "w", "--map", "when=time_iso"))
        .contains("--map").contains("'when' is not a contract field");
    assertThat(error("run", "--input", "x", "--warehouse", "w", "--metonym-threshold", "1.5"))
        .contains("--metonym-threshold").contains("expected a number between 0 and 1, got '1.5'");
    assertThat(error("run", "--input", "x", "--warehouse", "w", "--from", "2024-02-30", "--to", "2024-03-01"))
        .contains("--from").contains("expected a date as YYYY-MM-DD, got '2024-02-30'");
    assertThat(error("run", "--input", "x", "--warehouse", "w", "--date", "2024-03-01", "--incremental"))
        .contains("--incremental: choose either --incremental or dates");
    assertThat(error("run", "--input", "x", "--warehouse", "w", "--table-format", "orc"))
        .contains("--table-format").contains("expected parquet or iceberg");
    assertThat(error("ingest", "--no-such-option")).contains("Unknown option");
  }

  @Test
  void theCommandLineOverridesTheConfigFileWhichOverridesDefaults(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("job.properties"), String.join("\n",
        "input=/data/in", "warehouse=/data/wh", "format=jsonl", "map=published_at=time_iso,body=text",
        "earliest-date=2010-01-01", "registry=/data/registry.jsonl"));
    CommandLine cli = LiveblogCli.commandLine();
    ConfigFile.install(cli, file);
    ParseResult parsed = cli.parseArgs("run", "--config", file.toString(), "--warehouse", "/tmp/other",
        "--map", "entry_id=block_id");
    RunCommand run = (RunCommand) parsed.subcommand().commandSpec().userObject();
    assertThat(run.ingest.input()).isEqualTo("/data/in");
    assertThat(run.publish.warehouse()).isEqualTo("/tmp/other");
    assertThat(field(run.ingest, "format")).isEqualTo(InputFormat.JSONL);
    assertThat(field(run.ingest, "map")).isEqualTo(List.of("entry_id=block_id"));
    assertThat(field(run.ingest, "earliestDate")).isEqualTo(LocalDate.of(2010, 1, 1));
    assertThat(field(run.ingest, "maxBodyChars")).isEqualTo(200_000);
    assertThat(run.describe()).contains("input=/data/in\n").contains("warehouse=/tmp/other\n")
        .contains("registry=/data/registry.jsonl\n").contains("max-body-chars=200000\n")
        .doesNotContain("config=");
  }

  @Test
  void configFileErrorsNameTheFileAndTheKey(@TempDir Path dir) throws Exception {
    Path typo = Files.writeString(dir.resolve("typo.properties"), "input=/data/in\nwarehose=/typo\n");
    assertThat(error("run", "--config", typo.toString())).contains(typo.toString()).contains("unknown key 'warehose'");
    assertThat(error("run", "--config", dir.resolve("absent.properties").toString()))
        .contains("Cannot read config file").contains("absent.properties");
    Path bad = Files.writeString(dir.resolve("bad.properties"), "input=/in\nwarehouse=/wh\nmax-body-chars=lots\n");
    assertThat(error("run", "--config", bad.toString())).contains("--max-body-chars")
        .contains("expected an integer, got 'lots'").contains("from config file " + bad);
  }

  @Test
  void theExampleConfigsInJobsAreValid() throws Exception {
    try (var files = Files.list(Path.of("jobs"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".properties") && !p.endsWith("log4j2.properties"))
          .toList()) {
        CommandLine cli = LiveblogCli.commandLine();
        ConfigFile.install(cli, file);
        RunCommand run = (RunCommand) cli.parseArgs("run", "--config", file.toString()).subcommand().commandSpec()
            .userObject();
        assertThat(run.ingest.input()).as(file.toString()).isNotBlank();
      }
    }
  }

  private static String error(String... args) {
    return ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute(args)).as(String.join(" ", args)).isEqualTo(2));
  }

  private static Object field(Object target, String name) throws Exception {
    var field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(target);
  }
}
