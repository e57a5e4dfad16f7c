package org.liveblog.analytics.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.ConsoleCapture;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.TableAssertions;
import org.liveblog.analytics.cli.LiveblogCli;
import org.liveblog.analytics.schema.StanceTables;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;

/**
 * `stance`: the stage alone over the published entries, sentences and actor tables; a backfill with another lexicon
 * is refused, one with other shift settings is not (stance_series and stance_shifts are recomputed whole).
 */
class StanceCommandTest {

  private final SparkSession spark = SparkSessionExtension.session();

  @TempDir
  Path dir;

  private static String entry(String id, String published, String body) {
    return "{\"outlet\":\"ledger\",\"blog_id\":\"live\",\"entry_id\":\"" + id + "\",\"published_at\":\"" + published
        + "\",\"body\":\"" + body + "\"}\n";
  }

  private static final String ENTRIES =
      entry("s1", "2024-02-01T09:00:00Z", "Erdogan praised Putin for the grain deal.")
          + entry("s2", "2024-02-01T12:00:00Z", "Nato condemned Russia over the strikes on Kharkiv.")
          + entry("s3", "2024-02-02T09:00:00Z", "Erdogan welcomed Putin in Ankara. Zelenskyy thanked Macron.")
          + entry("s4", "2024-02-03T09:00:00Z", "Erdogan accused Putin of breaking the deal.")
          + entry("s5", "2024-02-03T10:00:00Z", "The weather in Kyiv was cold.");

  @Test
  void republishesTheStanceTablesAloneAndGuardsItsDatedStatements() throws Exception {
    Path input = Files.createDirectories(dir.resolve("input"));
    Files.writeString(input.resolve("a.jsonl"), ENTRIES);
    String warehouse = dir.resolve("w").toString();
    ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("run", "--input=" + input, "--format=jsonl",
        "--warehouse=" + warehouse, "--run-id=r1")).isZero());
    Dataset<Row> statementsBefore = snapshot(read(StanceTables.STANCE_STATEMENTS));
    Dataset<Row> mentionsBefore = snapshot(read(Tables.ACTOR_MENTIONS));
    assertThat(statementsBefore.count()).as("statements of the run").isGreaterThanOrEqualTo(4);
    assertThat(statementsBefore.filter(col("source_actor_id").equalTo("NATO")
        .and(col("target_actor_id").equalTo("RUS"))).first().<String>getAs("label")).isEqualTo("negative");

    // Alone, over every date: the stance tables are republished by this run, nothing else changes.
    String out = ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("stance", "--warehouse=" + warehouse,
        "--run-id=r2")).isZero());
    assertThat(out).contains("liveblog stance: run r2").contains("stance statements: ");
    for (TableSchema table : StanceTables.ALL) {
      Dataset<Row> rows = read(table);
      assertThat(rows.filter(col(Tables.RUN_ID).notEqual("r2")).count()).as(table.name() + " rows of another run")
          .isZero();
    }
    TableAssertions.assertSameRows("stance_statements", read(StanceTables.STANCE_STATEMENTS), statementsBefore);
    TableAssertions.assertSameRows("actor_mentions", read(Tables.ACTOR_MENTIONS), mentionsBefore);
    assertThat(read(Tables.ACTOR_MENTIONS).filter(col(Tables.RUN_ID).equalTo("r1")).count()).isPositive();
    Row run = runRow(warehouse, "r2");
    assertThat(run.<String>getAs("command")).isEqualTo("stance");
    assertThat(run.getJavaMap(run.fieldIndex("versions")))
        .containsEntry("stance_lexicon", StanceLexicon.defaultLexicon().contentHash())
        .containsEntry("stance_method", "lexicon").containsKey("stance_shifts");
    assertThat(run.getJavaMap(run.fieldIndex("stage_seconds")))
        .containsKeys("stance", "stance.statements", "stance.series", "stance.shifts");

    // Another lexicon for one date would mix two lexicons in stance_statements: refused before any work.
    Path lexicon = copyOfTheShippedLexicon(dir.resolve("lexicon"));
    Files.writeString(lexicon.resolve("vader.tsv"), "# one more line: another lexicon\n",
        java.nio.file.StandardOpenOption.APPEND);
    String err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("stance", "--warehouse=" + warehouse,
        "--stance-lexicon=" + lexicon, "--date=2024-02-03")).isEqualTo(2));
    assertThat(err).contains("this run's stance_lexicon").contains("run r2")
        .contains("Republish every date first: `liveblog stance --warehouse ")
        .contains(warehouse + " --stance-lexicon " + lexicon + "`");
    assertThat(read(StanceTables.STANCE_STATEMENTS).filter(col(Tables.RUN_ID).notEqual("r2")).count()).isZero();

    // Other shift settings for one date are fine: series and shifts are recomputed over every date anyway.
    ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("stance", "--warehouse=" + warehouse,
        "--date=2024-02-03", "--shift-fdr=0.1", "--shift-min-days=1", "--run-id=r3")).isZero());
    List<Row> byRun = read(StanceTables.STANCE_STATEMENTS).groupBy("published_date", Tables.RUN_ID).count()
        .orderBy("published_date").collectAsList();
    assertThat(byRun).extracting(r -> r.get(0).toString() + " " + r.getString(1))
        .containsExactly("2024-02-01 r2", "2024-02-02 r2", "2024-02-03 r3");
    TableAssertions.assertSameRows("stance_statements", read(StanceTables.STANCE_STATEMENTS), statementsBefore);
    assertThat(read(StanceTables.STANCE_SERIES).filter(col(Tables.RUN_ID).notEqual("r3")).count()).isZero();
    assertThat(runRow(warehouse, "r3").<scala.collection.Map<String, String>>getAs("versions").apply("stance_shifts"))
        .contains("min_days=1").contains("fdr=0.1");
  }

  @Test
  void aBrokenLexiconFailsBeforeAnyWorkNamingFileAndLine() throws Exception {
    Path lexicon = copyOfTheShippedLexicon(dir.resolve("broken"));
    Files.writeString(lexicon.resolve("vader.tsv"), "condemn\tvery\n");
    String err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("stance",
        "--warehouse=" + dir.resolve("w"), "--stance-lexicon=" + lexicon)).isEqualTo(2));
    assertThat(err).contains("stance-lexicon").contains("vader.tsv:1").contains("expected a number");
    err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("stance", "--warehouse=" + dir.resolve("w"),
        "--shift-fdr=1.5")).isEqualTo(2));
    assertThat(err).contains("--shift-fdr").contains("between 0 and 1");
  }

  private static Path copyOfTheShippedLexicon(Path target) throws Exception {
    Files.createDirectories(target);
    for (String name : StanceLexicon.FILES) {
      try (InputStream in = StanceLexicon.class.getResourceAsStream(StanceLexicon.RESOURCE_DIR + name)) {
        Files.copy(in, target.resolve(name));
      }
    }
    return target;
  }

  private Row runRow(String warehouse, String runId) {
    return spark.read().parquet(warehouse + "/runs").filter(col("run_id").equalTo(runId)).first();
  }

  /** The rows as they are now (a cached read of the same folder would be served stale after a publish). */
  private Dataset<Row> snapshot(Dataset<Row> rows) {
    return spark.createDataFrame(rows.collectAsList(), rows.schema());
  }

  private Dataset<Row> read(TableSchema table) {
    return spark.read().schema(table.sparkType()).parquet(dir.resolve("w").resolve(table.name()).toString());
  }
}
