package org.liveblog.analytics.warehouse;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.ConsoleCapture;
import org.liveblog.analytics.PublishedSample;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.cli.Jobs;
import org.liveblog.analytics.cli.LiveblogCli;
import org.liveblog.analytics.generate.GroundTruth;
import org.liveblog.analytics.ingest.IngestStage;
import org.liveblog.analytics.pipeline.Pipeline;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;

/** The published warehouse as its readers see it: the runs table, DuckDB through views.sql, and concurrent runs. */
class PublishingTest {

  @TempDir
  static Path dir;

  static SparkSession spark;
  static Path warehouse;

  @BeforeAll
  static void publishOnce() {
    spark = SparkSessionExtension.session();
    warehouse = PublishedSample.warehouse();
  }

  @Test
  void theRunsTableRecordsTheRunItsCountsAndChecks() {
    Row run = spark.read().schema(Tables.RUNS.sparkType()).parquet(warehouse.resolve("runs").toString())
        .filter(col("run_id").equalTo(PublishedSample.RUN_ID)).first();
    assertThat(run.<String>getAs("status")).isEqualTo("succeeded");
    assertThat(run.<String>getAs("command")).isEqualTo("run");
    long entries = spark.read().parquet(warehouse.resolve("entries").toString()).count();
    long superseded = spark.read().parquet(warehouse.resolve("rejected_entries").toString())
        .filter(col("reason").equalTo("DUPLICATE_SUPERSEDED")).count();
    assertThat(superseded).isPositive();
    assertThat(run.<Long>getAs("rows_valid")).isEqualTo(entries + superseded);
    assertThat(run.<String>getAs("scope")).isEqualTo("full");
    assertThat(run.getList(run.fieldIndex("input_files"))).isNotEmpty();
    assertThat(run.<Long>getAs("rows_read")).isEqualTo(run.<Long>getAs("rows_valid") + run.<Long>getAs("rows_rejected"));
    assertThat(run.<String>getAs("config")).contains("warehouse=" + warehouse);
    assertThat(run.<String>getAs("config_hash")).hasSize(64);
    assertThat(run.getJavaMap(run.fieldIndex("versions"))).containsEntry("config", run.getAs("config_hash"))
        .containsKeys("code", "registry");
    assertThat(run.getJavaMap(run.fieldIndex("stage_seconds")))
        .containsKeys("ingest", "sentences", "actors", "actors.mentions", "actors.counts", "topics", "topics.tagging",
            "topics.cooccurrence", "checks", "publish");
    List<Row> checks = run.getList(run.fieldIndex("checks"));
    assertThat(checks).isNotEmpty().allSatisfy(c -> assertThat(c.getLong(2)).isZero());
    assertThat(checks).extracting(c -> c.getString(1)).contains("entry_key references entries.entry_key");
  }

  @Test
  void duckDbReadsEveryPublishedTableThroughViewsSql() throws Exception {
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      sql.execute(Files.readString(warehouse.resolve("views.sql")));
      // Every table `run` writes (the stages of Pipeline.run) and the runs table.
      List<TableSchema> published = new java.util.ArrayList<>();
      Pipeline.run(new IngestStage(), Pipeline.analyses()).forEach(stage -> published.addAll(stage.writes()));
      published.add(Tables.RUNS);
      for (TableSchema table : published) {
        Dataset<Row> spark = PublishingTest.spark.read().schema(table.sparkType())
            .parquet(warehouse.resolve(table.name()).toString());
        String key = String.join(", ", table.key());
        try (ResultSet rs = sql.executeQuery("SELECT count(*), count(DISTINCT (" + key + ")) FROM " + table.name())) {
          rs.next();
          assertThat(rs.getLong(1)).as(table.name() + " rows").isEqualTo(spark.count()).isPositive();
          assertThat(rs.getLong(2)).as(table.name() + " distinct keys").isEqualTo(rs.getLong(1));
        }
        if (FlatViews.needed(table)) {
          try (ResultSet rs = sql.executeQuery("SELECT count(*) FROM " + FlatViews.name(table))) {
            rs.next();
            assertThat(rs.getLong(1)).as(FlatViews.name(table) + " rows").isEqualTo(spark.count());
          }
        }
      }
      try (ResultSet rs = sql.executeQuery("SELECT count(*) FROM sentences s JOIN entries e USING (entry_key)"
          + " WHERE s.text <> substr(e.text, s.char_start + 1, s.char_end - s.char_start)")) {
        rs.next();
        assertThat(rs.getLong(1)).as("sentences whose offsets DuckDB reads differently").isZero();
      }
      try (ResultSet rs = sql.executeQuery("SELECT count(*) FROM actor_mentions m JOIN entries e USING (entry_key)"
          + " WHERE m.surface <> substr(e.text, m.char_start + 1, m.char_end - m.char_start)")) {
        rs.next();
        assertThat(rs.getLong(1)).as("mentions whose offsets DuckDB reads differently").isZero();
      }
      try (ResultSet rs = sql.executeQuery("SELECT (SELECT sum(mentions) FROM actor_candidate_totals),"
          + " (SELECT sum(mentions) FROM actor_candidates)")) {
        rs.next();
        assertThat(rs.getLong(1)).as("candidate totals over dates").isEqualTo(rs.getLong(2)).isPositive();
      }
    }
  }

  @Test
  void exportWritesOneCsvFilePerTableWithTheFilterApplied() throws Exception {
    Path out = dir.resolve("export");
    String where = "published_date >= '2024-01-10'";
    ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("export", "--warehouse", warehouse.toString(),
        "--output", out.toString(), "--tables", "entries,runs")).isZero());
    ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("export", "--warehouse", warehouse.toString(),
        "--output", out.resolve("recent").toString(), "--tables", "sentences", "--where", where)).isZero());

    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("entries.csv", "runs.csv",
          "recent");
    }
    Dataset<Row> entries = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
        .csv(out.resolve("entries.csv").toString());
    Dataset<Row> published = spark.read().parquet(warehouse.resolve("entries").toString());
    assertThat(entries.count()).isEqualTo(published.count());
    assertThat(entries.columns()).containsExactlyElementsOf(Tables.ENTRIES.columnNames());
    assertThat(entries.select("entry_key", "text").exceptAll(published.select("entry_key", "text")).count()).isZero();
    Dataset<Row> recent = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
        .csv(out.resolve("recent/sentences.csv").toString());
    assertThat(recent.count()).isPositive()
        .isEqualTo(spark.read().parquet(warehouse.resolve("sentences").toString()).filter(where).count());
    assertThat(Files.readString(out.resolve("runs.csv"))).contains("\"{\"\"ingest\"\":");

    String err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("export", "--warehouse",
        warehouse.toString(), "--output", out.toString(), "--tables", "entriez")).isEqualTo(2));
    assertThat(err).contains("'entriez' is not a table");
  }

  @Test
  void twoRunsAtOnceOnOneWarehouseDoNotCorruptIt() throws Exception {
    Path shared = dir.resolve("contended");
    Path corpus = dir.resolve("small-corpus");
    ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("generate", "--entries", "150", "--seed", "5",
        "--days", "5", "--output", corpus.toString())).isZero());
    String[] failFast = {"run", "--input", corpus.resolve("entries").toString(), "--warehouse", shared.toString(),
        "--lock-wait-seconds", "0"};
    String[] patient = {"run", "--input", corpus.resolve("entries").toString(), "--warehouse", shared.toString(),
        "--lock-wait-seconds", "300"};
    CompletableFuture<?> first = CompletableFuture.supplyAsync(() -> Jobs.run(spark, patient));
    waitForLock(shared);
    assertThatThrownBy(() -> Jobs.run(spark, failFast))
        .isInstanceOf(WarehouseLock.LockedException.class)
        .hasMessageContaining("is locked by another run");
    CompletableFuture<?> waiting = CompletableFuture.supplyAsync(() -> Jobs.run(spark, patient));
    first.get();
    waiting.get();

    assertThat(shared.resolve("_lock")).doesNotExist();
    Dataset<Row> runs = spark.read().parquet(shared.resolve("runs").toString());
    assertThat(runs.filter(col("status").equalTo("succeeded")).count()).isEqualTo(2);
    GroundTruth manifest = GroundTruth.read(corpus.resolve("manifest.json").toString(),
        spark.sparkContext().hadoopConfiguration());
    assertThat(spark.read().parquet(shared.resolve("entries").toString()).count())
        .isEqualTo(manifest.counts().validEntries());
  }

  private static void waitForLock(Path warehouse) throws InterruptedException {
    for (int i = 0; i < 600 && !Files.exists(warehouse.resolve("_lock")); i++) {
      Thread.sleep(50);
    }
    assertThat(warehouse.resolve("_lock")).exists();
  }

}
