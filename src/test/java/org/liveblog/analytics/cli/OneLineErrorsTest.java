package org.liveblog.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.ConsoleCapture;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.TestFiles;
import org.liveblog.analytics.warehouse.LockHolder;
import org.liveblog.analytics.warehouse.WarehouseLock;

/**
 * Every expected failure prints exactly one line naming the file, key, column or holder, and exits with its code;
 * an unexpected one prints one line too, and its stack trace goes to --log-file or follows with --verbose. The lines
 * each stage prints as it starts and ends are progress, not part of the error.
 */
class OneLineErrorsTest {

  /** A stage starting, done or failed: "liveblog run: ingest ...", "liveblog run: ingest failed after 0.4 s". */
  private static final Pattern PROGRESS = Pattern.compile("liveblog \\S+: \\S+ (\\.\\.\\.|done.* s|failed after .* s)");

  @TempDir
  static Path shared;

  private static Path input;
  private static Path warehouse;

  @TempDir
  Path dir;

  /** A warehouse published once from three entries, for the commands that read one. */
  @BeforeAll
  static void publish() throws IOException {
    SparkSession.setActiveSession(SparkSessionExtension.session());
    input = Files.writeString(shared.resolve("entries.jsonl"),
        entry("e1", "2024-02-28T09:00:00Z", "Vladimir Putin spoke in Moscow. Ukraine answered.")
            + entry("e2", "2024-03-01T10:00:00Z", "Ukraine and Russia met, Reuters reports.")
            + entry("e3", "2024-03-02T11:00:00Z", "NATO said Putin was wrong."));
    warehouse = shared.resolve("warehouse");
    Outcome run = execute("run", "--input", input.toString(), "--warehouse", warehouse.toString());
    assertThat(run.code).as(run.err).isZero();
  }

  @Test
  void aUsageErrorIsOneLineAndTheHelpHintAndAConfigFileErrorOneLine() {
    Outcome usage = execute("run", "--input", "x", "--warehouse", "w", "--max-body-chars", "lots");
    assertThat(usage.code).isEqualTo(LiveblogCli.INVALID_CONFIG);
    assertThat(usage.err.lines().toList()).hasSize(2).last().isEqualTo("Try 'liveblog run --help'.");
    assertThat(usage.err.lines().findFirst().orElseThrow()).startsWith("liveblog run: ").contains("--max-body-chars")
        .contains("'lots'");

    Outcome config = execute("run", "--config", dir.resolve("absent.properties").toString());
    assertThat(config.code).isEqualTo(LiveblogCli.INVALID_CONFIG);
    assertThat(config.errorLine()).startsWith("liveblog: Cannot read config file ").contains("absent.properties");
  }

  @Test
  void aLockedWarehouseNamesTheHolder() {
    Path locked = dir.resolve("locked");
    try (WarehouseLock lock = WarehouseLock.acquire(new org.apache.hadoop.fs.Path(locked.toUri()),
        SparkSessionExtension.session().sparkContext().hadoopConfiguration(),
        LockHolder.ofThisProcess("holder-run-1", "holder-run-1", "run", Duration.ofMinutes(2)), Duration.ZERO,
        Duration.ofMinutes(2))) {
      Outcome run = execute("ingest", "--input", input.toString(), "--warehouse", locked.toString());
      assertThat(run.code).isEqualTo(LiveblogCli.LOCKED);
      assertThat(run.errorLine()).startsWith("liveblog ingest: Warehouse ").contains("is locked by another run").contains("holder-run-1");
    }
  }

  @Test
  void anUnreadableParquetFileIsNamed() throws IOException {
    Path bogus = Files.writeString(Files.createDirectories(dir.resolve("in")).resolve("part-0.parquet"), "not parquet");
    Outcome run = execute("ingest", "--input", dir.resolve("in").toString(), "--warehouse", dir.resolve("w").toString());
    assertThat(run.code).isEqualTo(LiveblogCli.INVALID_INPUT);
    assertThat(run.errorLine()).startsWith("liveblog ingest: Cannot read Parquet file ").contains(bogus.toString());

    Outcome missing = execute("run", "--input", dir.resolve("nowhere").toString(), "--warehouse",
        dir.resolve("w").toString());
    assertThat(missing.code).isEqualTo(LiveblogCli.INVALID_INPUT);
    assertThat(missing.errorLine()).isEqualTo("liveblog run: Input path " + dir.resolve("nowhere") + " does not exist");
  }

  @Test
  void aBadRegistryNamesTheFileAndLine() {
    Path registry = Path.of("src/test/resources/fixtures/registry/invalid/not-json.jsonl");
    Outcome run = execute("run", "--input", input.toString(), "--warehouse", dir.resolve("w").toString(),
        "--registry", registry.toString());
    assertThat(run.code).isEqualTo(LiveblogCli.INVALID_CONFIG);
    assertThat(run.errorLine()).startsWith("liveblog run: ").contains("not-json.jsonl").contains("line 2");
  }

  @Test
  void aWhereColumnOneTableLacksFailsBeforeAnythingIsWritten() throws IOException {
    Path output = dir.resolve("export");
    Outcome export = execute("export", "--warehouse", warehouse.toString(), "--output", output.toString(),
        "--tables", "entries,runs", "--where", "published_date >= '2024-03-01'");
    assertThat(export.code).isEqualTo(LiveblogCli.INVALID_CONFIG);
    assertThat(export.errorLine()).startsWith("liveblog export: --where \"published_date >= '2024-03-01'\": table runs"
        + " has no column published_date (its columns: run_id, logical_run_id, command, ").endsWith("; leave it out of --tables");
    assertThat(output).doesNotExist();

    Outcome everyTable = execute("export", "--warehouse", warehouse.toString(), "--output", output.toString(),
        "--where", "published_date >= '2024-03-01'");
    assertThat(everyTable.code).isEqualTo(LiveblogCli.INVALID_CONFIG);
    // Every published table without the column is named (the undated ones of each stage, and runs), in one line.
    assertThat(everyTable.errorLine()).contains(": table actors has no column published_date; table"
        + " actor_mention_counts has no column published_date; table stance_series has no column published_date;")
        .contains("; table topics has no column published_date;")
        .endsWith("; table runs has no column published_date; name the tables it applies to with --tables");

    Outcome syntax = execute("export", "--warehouse", warehouse.toString(), "--output", output.toString(),
        "--tables", "entries", "--where", "published_date >=");
    assertThat(syntax.code).isEqualTo(LiveblogCli.INVALID_CONFIG);
    assertThat(syntax.errorLine()).startsWith("liveblog export: --where \"published_date >=\" is not a Spark SQL"
        + " condition: [PARSE_SYNTAX_ERROR]");
    assertThat(output).doesNotExist();

    Outcome unpublished = execute("export", "--warehouse", dir.resolve("empty").toString(), "--output",
        output.toString(), "--tables", "entries");
    assertThat(unpublished.code).isEqualTo(LiveblogCli.INVALID_CONFIG);
    assertThat(unpublished.errorLine()).startsWith("liveblog export: --tables: ").endsWith("has no published entries table");
  }

  @Test
  void aFailedExportLeavesTheOutputFolderAsItWasAndItsTraceInTheLogFile() throws IOException {
    Path output = Files.createDirectories(dir.resolve("export"));
    Files.writeString(output.resolve("entries.csv"), "an earlier export\n");
    Path log = dir.resolve("logs/liveblog.log");
    // Passes analysis for every table, then fails on the rows of the second one, after the first file is written.
    Outcome export = execute("export", "--warehouse", warehouse.toString(), "--output", output.toString(),
        "--tables", "entries,runs", "--where", "if(input_file_name() LIKE '%/runs/%', raise_error('boom'), true)",
        "--log-file", log.toString());
    assertThat(export.code).isEqualTo(LiveblogCli.FAILED);
    assertThat(export.errorLine()).startsWith("liveblog export failed: ").contains("boom")
        .endsWith("(stack trace in " + log + ")");
    assertThat(listing(output)).containsExactly("entries.csv");
    assertThat(output.resolve("entries.csv")).hasContent("an earlier export");
    assertThat(Files.readString(log)).contains("liveblog export --warehouse").contains("boom").contains("\tat ");

    Outcome verbose = execute("export", "--warehouse", warehouse.toString(), "--output", output.toString(),
        "--tables", "runs", "--where", "raise_error('boom') IS NULL", "--verbose");
    assertThat(verbose.code).isEqualTo(LiveblogCli.FAILED);
    assertThat(verbose.err.lines().findFirst().orElseThrow()).startsWith("liveblog export failed: ").contains("boom")
        .doesNotContain("--verbose");
    assertThat(verbose.err).contains("\tat ");

    Outcome exported = execute("export", "--warehouse", warehouse.toString(), "--output", output.toString(),
        "--tables", "entries,runs", "--where", "run_id IS NOT NULL");
    assertThat(exported.code).as(exported.err).isZero();
    assertThat(listing(output)).containsExactly("entries.csv", "runs.csv");
    assertThat(Files.readAllLines(output.resolve("entries.csv"))).hasSizeGreaterThan(3).first().asString()
        .startsWith("entry_key,outlet,blog_id,entry_id,");
  }

  @Test
  void aFailedCheckIsOneLineNamingTheTableAndTheCheck() throws IOException {
    // Sentences published twice over make the actors stage stage every mention twice: its key is no longer unique.
    Path tampered = dir.resolve("tampered");
    TestFiles.copyFolder(warehouse, tampered);
    try (Stream<Path> files = Files.walk(tampered.resolve("sentences"))) {
      for (Path part : files.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList()) {
        Files.copy(part, part.resolveSibling("copy-" + part.getFileName()));
      }
    }
    Outcome actors = execute("actors", "--warehouse", tampered.toString());
    assertThat(actors.code).isEqualTo(LiveblogCli.FAILED);
    assertThat(actors.errorLine()).startsWith("liveblog actors: Checks failed, nothing was published: [actor_mentions: ")
        .contains("FAILED").doesNotContain("--verbose");
  }

  private record Outcome(int code, String err) {
    /** The one line that is not a stage's progress; fails unless there is exactly one. */
    String errorLine() {
      List<String> lines = err.lines().filter(line -> !PROGRESS.matcher(line).matches()).toList();
      assertThat(lines).as("stderr:%n%s", err).hasSize(1);
      return lines.get(0);
    }
  }

  private static Outcome execute(String... args) {
    int[] code = new int[1];
    String err = ConsoleCapture.stderr(() -> ConsoleCapture.stdout(() -> code[0] = LiveblogCli.execute(args)));
    return new Outcome(code[0], err);
  }

  private static String entry(String id, String publishedAt, String body) {
    return "{\"outlet\":\"ledger\",\"blog_id\":\"b1\",\"entry_id\":\"" + id + "\",\"published_at\":\"" + publishedAt
        + "\",\"body\":\"" + body + "\"}\n";
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

}
