package org.liveblog.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.ConsoleCapture;
import org.liveblog.analytics.ingest.InputFormat;

/** The command line and configuration resolution; none of these start Spark. */
class LiveblogCliTest {

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"generate", "ingest", "run"}) {
      String out = ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute(command, "--help")).isZero());
      assertThat(out).as(command).contains("Usage: liveblog " + command).contains("--config");
    }
    String top = ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("--help")).isZero());
    assertThat(top).contains("generate").contains("ingest").contains("run").contains("Exit codes");
  }

  @Test
  void actorsImportWritesARegistryFromTabariDictionaries(@TempDir Path dir) throws Exception {
    Path output = dir.resolve("registry.jsonl");
    Path fixtures = Path.of("src/test/resources/fixtures/registry/petrarch");
    List<Path> inputs;
    try (var files = Files.list(fixtures)) {
      inputs = files.sorted().toList();
    }
    String[] args = new String[inputs.size() + 3];
    args[0] = "actors";
    args[1] = "import";
    args[2] = "--output=" + output;
    args[3] = inputs.get(0).toString();
    for (int i = 1; i < inputs.size(); i++) {
      args[3 + i] = inputs.get(i).toString();
    }
    int[] code = new int[1];
    String[] out = new String[1];
    String err = ConsoleCapture.stderr(() -> out[0] = ConsoleCapture.stdout(() -> code[0] = LiveblogCli.execute(args)));
    assertThat(code[0]).as(err + out[0]).isZero();
    assertThat(out[0]).contains("wrote " + output);
    assertThat(org.liveblog.analytics.actors.registry.ActorRegistry.load(output).size()).isPositive();
  }

  @Test
  void aMissingRequiredOptionIsAConfigurationError() {
    String err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("run", "--input", "x")).isEqualTo(2));
    assertThat(err).contains("--warehouse is required");
  }

  @Test
  void badValuesNameTheKeyAndWhatWasExpected() {
    String err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("ingest", "--input", "x", "--warehouse", "w",
        "--max-body-chars", "lots")).isEqualTo(2));
    assertThat(err).contains("max-body-chars: expected an integer, got 'lots'");
    err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("ingest", "--input", "x", "--warehouse", "w",
        "--format", "xml")).isEqualTo(2));
    assertThat(err).contains("format: expected one of parquet, jsonl, csv, guardian");
    err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("ingest", "--input", "x", "--warehouse", "w",
        "--map", "when=time_iso")).isEqualTo(2));
    assertThat(err).contains("'when' is not a contract field");
    err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("run", "--input", "x", "--warehouse", "w",
        "--metonym-threshold", "1.5")).isEqualTo(2));
    assertThat(err).contains("metonym-threshold: expected a number between 0 and 1, got '1.5'");
    assertThat(ConsoleCapture.stderr(() -> LiveblogCli.execute("ingest", "--no-such-option"))).contains("Unknown option");
  }

  @Test
  void theCommandLineOverridesTheConfigFileWhichOverridesDefaults(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("job.properties"), String.join("\n",
        "input=/data/in", "warehouse=/data/wh", "format=jsonl", "map=published_at=time_iso,body=text",
        "earliest-date=2010-01-01"));
    JobConfig config = JobConfig.resolve(file, Map.of("warehouse", "/tmp/other", "map", "entry_id=block_id"));
    assertThat(config.input()).contains("/data/in");
    assertThat(config.warehouse()).contains("/tmp/other");
    assertThat(config.format()).contains(InputFormat.JSONL);
    assertThat(config.mapping().sourcesOf("entry_id")).containsExactly("block_id");
    assertThat(config.mapping().sourcesOf("published_at")).containsExactly("published_at");
    assertThat(config.earliestDate()).isEqualTo(LocalDate.of(2010, 1, 1));
    assertThat(config.maxBodyChars()).isEqualTo(200_000);
  }

  @Test
  void anUnknownKeyInTheConfigFileFailsNamingFileAndKey(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("job.properties"), "input=/data/in\nwarehose=/typo\n");
    assertThatThrownBy(() -> JobConfig.resolve(file, Map.of()))
        .hasMessageContaining(file.toString())
        .hasMessageContaining("unknown key 'warehose'");
    assertThatThrownBy(() -> JobConfig.resolve(dir.resolve("absent.properties"), Map.of()))
        .hasMessageContaining("Cannot read config file");
  }

  @Test
  void theExampleConfigsInJobsAreValid() throws Exception {
    try (var files = Files.list(Path.of("jobs"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".properties") && !p.endsWith("log4j2.properties"))
          .toList()) {
        assertThat(JobConfig.resolve(file, Map.of()).input()).as(file.toString()).isPresent();
      }
    }
  }
}
