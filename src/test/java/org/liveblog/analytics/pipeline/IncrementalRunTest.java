package org.liveblog.analytics.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.ConsoleCapture;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.TableAssertions;
import org.liveblog.analytics.TestFiles;
import org.liveblog.analytics.cli.LiveblogCli;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;

/** Backfills and incremental runs publish exactly what one full run over the same input publishes. */
class IncrementalRunTest {

  static final List<TableSchema> TABLES = List.of(Tables.ENTRIES, Tables.REJECTED_ENTRIES, Tables.SENTENCES,
      Tables.ACTORS, Tables.ACTOR_MENTIONS, Tables.ACTOR_MENTION_COUNTS, Tables.ACTOR_CANDIDATES);

  private final SparkSession spark = SparkSessionExtension.session();

  @TempDir
  Path dir;

  @Test
  void incrementalRunsAfterAFullRunEqualOneFullRun() throws Exception {
    Path input = Files.createDirectories(dir.resolve("input"));
    write(input.resolve("a.jsonl"), BATCH_A);
    run("inc", input, "--run-id", "r1");

    write(input.resolve("b.jsonl"), BATCH_B);
    String out = run("inc", input, "--incremental", "--run-id", "r2");
    assertThat(out).contains("records read 7 = valid 5 + rejected 2");
    run("full-1", input);
    assertSameTables("inc", "full-1");
    assertThat(entryIds("inc")).containsExactly("e1", "e2", "e3", "e4", "e5", "e6");

    // A changed file is read again whole: e2 disappears, e7 arrives.
    write(input.resolve("a.jsonl"), BATCH_A.replace("\"e2\"", "\"e7\""));
    Files.setLastModifiedTime(input.resolve("a.jsonl"), FileTime.from(Instant.now().plusSeconds(60)));
    run("inc", input, "--incremental", "--run-id", "r3");
    run("full-2", input);
    assertSameTables("inc", "full-2");
    assertThat(entryIds("inc")).containsExactly("e1", "e3", "e4", "e5", "e6", "e7");

    // Nothing new: nothing changes, and the run is still recorded.
    run("inc", input, "--incremental", "--run-id", "r4");
    assertSameTables("inc", "full-2");
    Row last = spark.read().parquet(dir.resolve("inc/runs").toString()).filter(col("run_id").equalTo("r4")).first();
    assertThat(last.<String>getAs("scope")).isEqualTo("incremental: no new input");
    assertThat(last.<String>getAs("status")).isEqualTo("succeeded");
  }

  @Test
  void aBackfillReplacesOnlyItsDates() throws Exception {
    Path input = Files.createDirectories(dir.resolve("input"));
    write(input.resolve("a.jsonl"), BATCH_A);
    run("dates", input);
    TestFiles.copyFolder(dir.resolve("dates"), dir.resolve("a-only"));
    write(input.resolve("b.jsonl"), BATCH_B);
    run("full", input);

    run("dates", input, "--from", "2024-01-01", "--to", "2024-01-02");

    Column inRange = col("published_date").between("2024-01-01", "2024-01-02");
    Column outside = inRange.unary_$bang().or(col("published_date").isNull());
    for (TableSchema table : TABLES.stream().filter(t -> t.partitionColumn().isPresent()).toList()) {
      TableAssertions.assertSameRows(table.name(), read("dates", table).filter(inRange),
          read("full", table).filter(inRange));
      TableAssertions.assertSameRows(table.name(), read("dates", table).filter(outside),
          read("a-only", table).filter(outside));
    }
    assertThat(entryIds("dates")).containsExactly("e1", "e2", "e4", "e6");

    // A backfill does not count as having read its files: the next incremental run publishes the other dates of b.
    run("dates", input, "--incremental");
    assertSameTables("dates", "full");
  }

  private String run(String warehouse, Path input, String... options) {
    String[] args = new String[4 + options.length];
    args[0] = "run";
    args[1] = "--input=" + input;
    args[2] = "--warehouse=" + dir.resolve(warehouse);
    args[3] = "--format=jsonl";
    System.arraycopy(options, 0, args, 4, options.length);
    return ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute(args)).as(Arrays.toString(args)).isZero());
  }

  private List<String> entryIds(String warehouse) {
    return read(warehouse, Tables.ENTRIES).orderBy("entry_id").select("entry_id").collectAsList().stream()
        .map(r -> r.getString(0)).toList();
  }

  private Dataset<Row> read(String warehouse, TableSchema table) {
    return spark.read().schema(table.sparkType()).parquet(dir.resolve(warehouse).resolve(table.name()).toString());
  }

  private void assertSameTables(String a, String b) {
    for (TableSchema table : TABLES) {
      TableAssertions.assertSameRows(table.name(), read(a, table), read(b, table));
    }
  }

  private static void write(Path file, String content) throws Exception {
    Files.writeString(file, content);
  }

  private static String entry(String id, String published, String updated, String body) {
    return "{\"outlet\":\"ledger\",\"blog_id\":\"live\",\"entry_id\":\"" + id + "\",\"published_at\":\"" + published
        + "\",\"updated_at\":\"" + updated + "\",\"body\":\"" + body + "\"}\n";
  }

  static final String BATCH_A =
      entry("e1", "2024-01-01T09:00:00Z", "2024-01-01T10:00:00Z", "The first version. Peskov said:\\n\\nWe wait.")
          + entry("e2", "2024-01-01T11:00:00Z", "2024-01-01T11:00:00Z", "Reuters reports talks resumed.")
          + entry("e3", "2024-01-02T09:00:00Z", "2024-01-02T09:00:00Z", "Vladimir Putin was quiet this morning, said Dmitry Peskov.")
          + "{\"outlet\":\"ledger\",\"entry_id\":\n"
          + entry("e4", "2024-01-03T09:00:00Z", "2024-01-03T12:00:00Z", "The latest e4.");

  static final String BATCH_B =
      entry("e1", "2024-01-01T09:00:00Z", "2024-01-01T11:00:00Z", "The second version, according to officials.")
          + entry("e4", "2024-01-03T09:00:00Z", "2024-01-03T09:30:00Z", "An older e4 that must lose.")
          + entry("e5", "2024-01-05T08:00:00Z", "2024-01-05T08:00:00Z", "Putin spoke again on a new day.")
          + entry("e6", "2024-01-02T15:00:00Z", "2024-01-02T15:00:00Z", "Late on the second day, Mark Rutte met Volodymyr Zelenskyy in Kyiv.")
          + entry("e3", "2024-01-04T09:00:00Z", "2024-01-04T09:00:00Z", "e3 was re-dated to the fourth; Putin stayed in the Kremlin.")
          + "{\"outlet\":\"ledger\",\"blog_id\":\"live\",\"entry_id\":\"e8\",\"published_at\":\"2024-01-05T09:00:00Z\"}\n"
          + "not json at all\n";
}
