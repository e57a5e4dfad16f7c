package org.liveblog.analytics.warehouse;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.ConsoleCapture;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.TestFiles;
import org.liveblog.analytics.cli.LiveblogCli;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;

/**
 * views.sql after a run on clean input (no rejects; lower-cased text, so no candidate phrases): every view loads as
 * one script, the empty tables included, the flat views have their tables' rows, the daily series fills silent days
 * with zeros, and a copy of the warehouse is read where the root variable points.
 */
class CleanRunViewsTest {

  @TempDir
  static Path dir;

  static SparkSession spark;
  static Path warehouse;

  /** Two outlets over 2024-03-01..05; nothing on 03-03; nato only on 03-01. */
  static final List<String> ENTRIES = List.of(
      entry("ledger", "e1", "2024-03-01T09:00:00Z", "russia and ukraine resumed talks in geneva on monday ."),
      entry("ledger", "e2", "2024-03-01T11:00:00Z", "nato ministers met to discuss support for ukraine ."),
      entry("herald", "h1", "2024-03-01T12:00:00Z", "the talks between russia and ukraine went on late ."),
      entry("ledger", "e3", "2024-03-02T08:00:00Z", "ukraine asked its partners for more air defence ."),
      entry("herald", "h2", "2024-03-02T10:00:00Z", "the weather in the capital turned cold overnight ."),
      entry("ledger", "e4", "2024-03-04T09:30:00Z", "russia moved more troops towards the border ."),
      entry("herald", "h3", "2024-03-05T14:00:00Z", "ukraine and russia exchanged prisoners at dawn ."));

  static String entry(String outlet, String id, String publishedAt, String body) {
    return "{\"outlet\":\"" + outlet + "\",\"blog_id\":\"" + outlet + "-live\",\"entry_id\":\"" + id
        + "\",\"published_at\":\"" + publishedAt + "\",\"body\":\"" + body + "\"}";
  }

  @BeforeAll
  static void runOnCleanInput() throws IOException {
    spark = SparkSessionExtension.session();
    Path input = Files.write(Files.createDirectories(dir.resolve("input")).resolve("entries.jsonl"), ENTRIES);
    warehouse = dir.resolve("warehouse");
    ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("run", "--input", input.toString(),
        "--warehouse", warehouse.toString(), "--run-id", "clean-1")).isZero());
  }

  @Test
  void everyViewLoadsAsOneScriptThoughTwoTablesHaveNoRows() throws Exception {
    String views = Files.readString(warehouse.resolve(WarehouseViews.FILE));
    assertThat(views).as("the tables without files get empty typed views")
        .contains("VIEW rejected_entries AS SELECT CAST(NULL AS VARCHAR) AS \"reason\"")
        .contains("VIEW actor_candidates AS SELECT CAST(NULL AS VARCHAR) AS \"phrase\"");
    try (DuckDb duck = new DuckDb().load(warehouse.resolve(WarehouseViews.FILE))) {
      for (TableSchema table : Tables.ALL) {
        assertThat(duck.columns(table.name()).keySet()).as(table.name())
            .containsExactlyElementsOf(table.columnNames());
        assertThat(duck.count(table.name())).as(table.name() + " rows").isEqualTo(sparkCount(table));
      }
      assertThat(duck.count("entries")).isEqualTo(ENTRIES.size());
      assertThat(duck.count("actor_mentions")).isPositive();
      assertThat(duck.count("rejected_entries")).isZero();
      assertThat(duck.count("actor_candidates")).isZero();
      assertThat(duck.count("actor_candidate_totals")).isZero();
      assertThat(duck.rows("SELECT DISTINCT record_kind, typeof(record_index) FROM entries"))
          .containsExactly(List.of("byte", "BIGINT"));
    }
  }

  @Test
  void flatViewsHaveTheirTablesRowsAndScalarColumnsOnly() throws Exception {
    try (DuckDb duck = new DuckDb().load(warehouse.resolve(WarehouseViews.FILE))) {
      for (TableSchema table : Tables.ALL.stream().filter(FlatViews::needed).toList()) {
        String flat = table.name() + "_flat";
        assertThat(duck.count(flat)).as(flat + " rows").isEqualTo(duck.count(table.name()));
        assertThat(duck.columns(flat)).as(flat).allSatisfy((column, type) ->
            assertThat(WarehouseViewsTest.isNested(type)).as(column + " " + type).isFalse());
      }
      Row run = spark.read().schema(Tables.RUNS.sparkType()).parquet(warehouse.resolve("runs").toString()).first();
      assertThat(duck.rows("SELECT run_id, versions_registry, versions_code, rows_written_entries,"
          + " rows_written_actor_mentions, checks_failed, input_files_count FROM runs_flat")).containsExactly(List.of(
              "clean-1", run.getJavaMap(run.fieldIndex("versions")).get("registry"), "dev", (long) ENTRIES.size(),
              duck.count("actor_mentions"), 0L, 1L));
      assertThat(duck.columns("runs_flat")).containsKeys("versions_metonym_model", "versions_metonym_threshold",
          "stage_seconds_ingest", "stage_seconds_actors_mentions", "stage_seconds_publish", "checks_warnings",
          "input_bytes");
      assertThat(duck.rows("SELECT count(*) FROM runs_flat WHERE stage_seconds_ingest >= 0"
          + " AND stage_seconds_actors IS NOT NULL")).containsExactly(List.of(1L));

      assertThat(duck.rows("SELECT role, role_of, CAST(role_from AS VARCHAR), role_to, role_held_today,"
          + " aliases LIKE '%Vladimir Putin%' FROM actors_flat WHERE actor_id = 'putin'"))
          .containsExactly(java.util.Arrays.asList("president", "RUS", "2012-05-07", null, true, true));
      assertThat(heldToday(duck)).isEqualTo(heldTodayBySpark()).isNotEmpty();
      assertThat(duck.rows("SELECT count(*) FROM actor_mentions_flat f JOIN actor_mentions m"
          + " USING (entry_key, char_start) WHERE f.candidates <> array_to_string(m.candidates, ' | ')"))
          .containsExactly(List.of(0L));
    }
  }

  @Test
  void theDailySeriesHasARowPerDayOutletAndTopActorWithZerosOnSilentDays() throws Exception {
    Map<String, Long> counted = new HashMap<>();
    for (Row r : spark.read().parquet(warehouse.resolve("actor_mention_counts").toString())
        .filter(col("granularity").equalTo("day"))
        .select(date_format(col("period_start"), "yyyy-MM-dd"), col("outlet"), col("actor_id"), col("mentions"))
        .collectAsList()) {
      counted.put(r.getString(0) + " " + r.getString(1) + " " + r.getString(2), r.getLong(3));
    }
    long actors = counted.keySet().stream().map(k -> k.split(" ")[2]).distinct().count();
    assertThat(actors).as("actors mentioned").isBetween(3L, (long) WarehouseViews.TOP_ACTORS);
    try (DuckDb duck = new DuckDb().load(warehouse.resolve(WarehouseViews.FILE))) {
      List<List<Object>> series = duck.rows("SELECT CAST(published_date AS VARCHAR), outlet, actor_id, mentions,"
          + " day_entries FROM actor_daily_series");
      assertThat(series).hasSize((int) (5 * 3 * actors));
      for (List<Object> row : series) {
        assertThat(row.get(3)).as("mentions of %s", row)
            .isEqualTo(counted.getOrDefault(row.get(0) + " " + row.get(1) + " " + row.get(2), 0L));
      }
      assertThat(series).filteredOn(r -> r.get(0).equals("2024-03-03"))
          .hasSize((int) (3 * actors)).allSatisfy(r -> assertThat(r.subList(3, 5)).containsExactly(0L, 0L));
      assertThat(series).filteredOn(r -> r.get(2).equals("NATO") && !r.get(0).equals("2024-03-01"))
          .isNotEmpty().allSatisfy(r -> assertThat(r.get(3)).isEqualTo(0L));
      assertThat(duck.rows("SELECT DISTINCT outlet FROM actor_daily_series ORDER BY outlet"))
          .containsExactly(List.of("all"), List.of("herald"), List.of("ledger"));

      duck.execute("SET VARIABLE " + WarehouseViews.TOP_ACTORS_VARIABLE + " = 1");
      assertThat(duck.rows("SELECT DISTINCT actor_id, actor_name, actor_rank FROM actor_daily_series"))
          .containsExactly(List.of("UKR", "Ukraine", 1L));
      assertThat(duck.count("actor_daily_series")).isEqualTo(5 * 3);
    }
  }

  @Test
  void aCopyOfTheWarehouseIsReadWhereTheRootVariablePoints() throws Exception {
    Path copy = dir.resolve("elsewhere/copy-of-warehouse");
    TestFiles.copyFolder(warehouse, copy);
    // The copy gains a second runs file, so that its runs view tells which warehouse it read.
    Files.copy(copy.resolve("runs/clean-1.parquet"), copy.resolve("runs/clean-2.parquet"));
    try (DuckDb duck = new DuckDb()) {
      duck.execute("SET VARIABLE " + WarehouseViews.ROOT_VARIABLE + " = '" + copy + "/'");
      duck.load(copy.resolve(WarehouseViews.FILE));
      assertThat(duck.count("runs")).isEqualTo(2);
      for (TableSchema table : Tables.ALL.stream().filter(t -> t != Tables.RUNS).toList()) {
        assertThat(duck.count(table.name())).as(table.name()).isEqualTo(sparkCount(table));
      }
      assertThat(duck.count("actor_daily_series")).isPositive();
    }
    try (DuckDb duck = new DuckDb().load(copy.resolve(WarehouseViews.FILE))) {
      assertThat(duck.count("runs")).as("without the variable: the warehouse it was written for").isEqualTo(1);
    }
  }

  private static Map<String, Boolean> heldToday(DuckDb duck) throws Exception {
    Map<String, Boolean> held = new HashMap<>();
    for (List<Object> row : duck.rows("SELECT actor_id, role_held_today FROM actors_flat WHERE roles_count > 0")) {
      held.put((String) row.get(0), (Boolean) row.get(1));
    }
    return held;
  }

  private static Map<String, Boolean> heldTodayBySpark() {
    LocalDate today = LocalDate.now();
    Map<String, Boolean> held = new HashMap<>();
    for (Row actor : spark.read().parquet(warehouse.resolve("actors").toString()).collectAsList()) {
      List<Row> roles = actor.getList(actor.fieldIndex("roles"));
      if (!roles.isEmpty()) {
        held.put(actor.getAs("actor_id"), roles.stream().anyMatch(r ->
            !r.getDate(r.fieldIndex("from")).toLocalDate().isAfter(today)
                && (r.isNullAt(r.fieldIndex("to")) || r.getDate(r.fieldIndex("to")).toLocalDate().isAfter(today))));
      }
    }
    return held;
  }

  private static long sparkCount(TableSchema table) {
    Path folder = warehouse.resolve(table.name());
    if (!Files.exists(folder)) {
      return 0;
    }
    Dataset<Row> rows = spark.read().schema(table.sparkType()).parquet(folder.toString());
    return rows.count();
  }

}
