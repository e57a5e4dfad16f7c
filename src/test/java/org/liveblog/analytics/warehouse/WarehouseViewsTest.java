package org.liveblog.analytics.warehouse;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.schema.ColumnDef;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;

/**
 * views.sql as DuckDB loads it, before any table has rows: a view per table with the columns and types DuckDB reads
 * from Spark's files, flat views of scalars only, and the values the flat views derive from nested columns.
 */
class WarehouseViewsTest {

  @TempDir
  Path dir;

  @Test
  void aWarehouseWithoutAnyTableLoadsAsOneScriptWithAnEmptyViewPerTable() throws Exception {
    try (DuckDb duck = new DuckDb().load(writeViews(dir, Map.of()))) {
      for (TableSchema table : Tables.ALL) {
        assertThat(duck.columns(table.name()).keySet()).as(table.name())
            .containsExactlyElementsOf(table.columnNames());
        assertThat(duck.count(table.name())).as(table.name()).isZero();
      }
      List<String> nested = Tables.ALL.stream().filter(FlatViews::needed).map(t -> t.name() + "_flat").toList();
      assertThat(nested).contains("actors_flat", "actor_mentions_flat", "actor_candidates_flat", "runs_flat");
      assertThat(duck.views().stream().filter(v -> v.endsWith("_flat"))).containsExactlyInAnyOrderElementsOf(nested);
      for (String flat : nested) {
        assertThat(duck.columns(flat)).as(flat).isNotEmpty()
            .allSatisfy((column, type) -> assertThat(isNested(type)).as(flat + "." + column + " " + type).isFalse());
        assertThat(duck.count(flat)).isZero();
      }
      assertThat(duck.count("actor_candidate_totals")).isZero();
      assertThat(duck.count("actor_daily_series")).isZero();
    }
  }

  @Test
  void anEmptyViewHasTheTypesDuckDbReadsFromTheFilesSparkWrites() throws Exception {
    SparkSession spark = SparkSessionExtension.session();
    List<TableSchema> tables = new java.util.ArrayList<>(Tables.ALL);
    tables.add(GADGETS);
    for (TableSchema table : tables) {
      spark.createDataFrame(List.of(), table.sparkType()).coalesce(1).write()
          .parquet(dir.resolve("files").resolve(table.name()).toString());
    }
    Path views = Files.writeString(dir.resolve(WarehouseViews.FILE),
        WarehouseViews.script(dir.toString(), false, tables, table -> false, Map.of()));
    try (DuckDb duck = new DuckDb().load(views)) {
      for (TableSchema table : tables) {
        assertThat(duck.columns(table.name())).as(table.name()).isEqualTo(duck.columns(
            "SELECT * FROM read_parquet('" + dir.resolve("files").resolve(table.name()) + "/*.parquet')"));
      }
    }
  }

  /** A table of the future with every kind of column a schema may have. */
  static final TableSchema GADGETS = new TableSchema("gadgets", "One row per gadget.", List.of("gadget_id"),
      Optional.empty(), List.of(
          new ColumnDef("gadget_id", StringType, false, "id"),
          new ColumnDef("size", IntegerType, true, "int"),
          new ColumnDef("weight", LongType, true, "long"),
          new ColumnDef("price", DoubleType, true, "double"),
          new ColumnDef("is_new", BooleanType, true, "boolean"),
          new ColumnDef("made_on", DateType, true, "date"),
          new ColumnDef("seen_at", TimestampType, true, "timestamp"),
          new ColumnDef("tags", createArrayType(StringType), true, "list of text"),
          new ColumnDef("parts", createArrayType(new StructType().add("label", StringType).add("since", DateType)),
              true, "list of structs"),
          new ColumnDef("shape", new StructType().add("sides", IntegerType).add("names", createArrayType(StringType)),
              true, "struct"),
          new ColumnDef("scores", createMapType(StringType, LongType), true, "map")));

  @Test
  void aFlatViewTurnsEveryKindOfNestedColumnIntoScalars() throws Exception {
    Path views = dir.resolve("views.sql");
    Files.writeString(views, WarehouseViews.script(dir.toString(), false, List.of(GADGETS), table -> false,
        Map.of("gadgets", Map.of("scores", List.of("alpha", "Beta.Two")))));
    try (DuckDb duck = new DuckDb().load(views)) {
      assertThat(duck.columns("gadgets_flat").keySet()).containsExactly("gadget_id", "size", "weight", "price",
          "is_new", "made_on", "seen_at", "tags", "tags_count", "parts_count", "parts_json", "shape_sides",
          "shape_names", "shape_names_count", "scores_alpha", "scores_beta_two", "scores_json");
      assertThat(duck.columns("gadgets_flat").values()).noneMatch(WarehouseViewsTest::isNested);
      withRows(duck, "gadgets", "SELECT 'g1' AS gadget_id, ['red', 'small'] AS tags,"
          + " [{'label': 'lid', 'since': DATE '2020-01-02'}] AS parts, {'sides': 4, 'names': ['square']} AS shape,"
          + " MAP {'alpha': 1, 'Beta.Two': 2} AS scores");
      assertThat(duck.rows("SELECT tags, tags_count, parts_count, parts_json, shape_sides, shape_names,"
          + " scores_alpha, scores_beta_two, scores_json FROM gadgets_flat")).containsExactly(List.of("red | small",
              2L, 1L, "[{\"label\":\"lid\",\"since\":\"2020-01-02\"}]", 4, "square", 1L, 2L,
              "{\"alpha\":1,\"Beta.Two\":2}"));
    }
  }

  @Test
  void actorsFlatHasTheRoleHeldTodayElseTheLatest() throws Exception {
    try (DuckDb duck = new DuckDb().load(writeViews(dir, Map.of()))) {
      String role = "{'role': %s, 'of': 'XYZ', 'from': DATE '%s', 'to': %s}";
      withRows(duck, "actors", "SELECT * FROM (VALUES"
          + " ('now', [" + String.format(role, "'minister'", "2001-01-01", "DATE '2005-01-01'") + ", "
          + String.format(role, "'president'", "2010-01-01", "NULL") + ", "
          + String.format(role, "'envoy'", "2000-01-01", "NULL") + "]),"
          + " ('past', [" + String.format(role, "'deputy'", "2004-01-01", "DATE '2006-01-01'") + ", "
          + String.format(role, "'adviser'", "2001-01-01", "DATE '2003-01-01'") + "]),"
          + " ('none', [])) AS t(actor_id, roles)");
      assertThat(duck.rows("SELECT actor_id, role, role_of, CAST(role_from AS VARCHAR), CAST(role_to AS VARCHAR),"
          + " role_held_today, roles_count FROM actors_flat ORDER BY actor_id")).containsExactly(
              Arrays.asList("none", null, null, null, null, false, 0L),
              Arrays.asList("now", "president", "XYZ", "2010-01-01", null, true, 3L),
              Arrays.asList("past", "deputy", "XYZ", "2004-01-01", "2006-01-01", false, 2L));
    }
  }

  @Test
  void runsFlatHasAColumnPerKnownMapKeyAndCountsFailedChecksAndWarnings() throws Exception {
    Map<String, Map<String, List<String>>> keys = Map.of("runs", Map.of("versions", List.of("code", "registry"),
        "rows_written", List.of("entries"), "stage_seconds", List.of("actors.mentions")));
    try (DuckDb duck = new DuckDb().load(writeViews(dir, keys))) {
      String check = "{'table': 'entries', 'check': 'c', 'violations': %d, 'level': %s}";
      withRows(duck, "runs", "SELECT 'r1' AS run_id, MAP {'code': 'dev', 'registry': 'abc'} AS versions,"
          + " MAP {'entries': 7} AS rows_written, MAP {'actors.mentions': 1.5, 'ingest': 2.0} AS stage_seconds,"
          + " [" + String.format(check, 0, "'error'") + ", " + String.format(check, 2, "'error'") + ", "
          + String.format(check, 3, "'warning'") + ", " + String.format(check, 1, "NULL") + ", "
          + String.format(check, 0, "'warning'") + "] AS checks,"
          + " [{'path': 'a', 'length': 10, 'modified_at': TIMESTAMP '2024-01-01 00:00:00'},"
          + " {'path': 'b', 'length': 5, 'modified_at': TIMESTAMP '2024-01-01 00:00:00'}] AS input_files");
      assertThat(duck.columns("runs_flat")).containsKeys("versions_code", "versions_registry", "versions_json",
          "rows_written_entries", "stage_seconds_actors_mentions", "checks_count", "checks_json", "input_files_count")
          .doesNotContainKey("stage_seconds_ingest")
          .allSatisfy((column, type) -> assertThat(isNested(type)).as(column + " " + type).isFalse());
      assertThat(duck.rows("SELECT versions_registry, rows_written_entries, stage_seconds_actors_mentions,"
          + " checks_count, checks_failed, checks_warnings, input_files_count, input_bytes FROM runs_flat"))
          .containsExactly(List.of("abc", 7L, 1.5, 5L, 2L, 1L, 2L, 15L));
      assertThat((String) duck.rows("SELECT stage_seconds_json FROM runs_flat").get(0).get(0)).contains("\"ingest\":2");
    }
  }

  /** Replaces a table's view by rows given as a query (columns by name; the others null). */
  private static void withRows(DuckDb duck, String table, String rows) throws Exception {
    duck.execute("CREATE TABLE " + table + "_rows AS SELECT * FROM " + table + ";"
        + " INSERT INTO " + table + "_rows BY NAME " + rows + ";"
        + " CREATE OR REPLACE VIEW " + table + " AS SELECT * FROM " + table + "_rows;");
  }

  private static Path writeViews(Path warehouse, Map<String, Map<String, List<String>>> mapKeys) throws Exception {
    Files.createDirectories(warehouse);
    WarehouseViews.write(FileSystem.getLocal(new Configuration()), new org.apache.hadoop.fs.Path(warehouse.toUri()),
        false, mapKeys);
    return warehouse.resolve(WarehouseViews.FILE);
  }

  static boolean isNested(String duckDbType) {
    return duckDbType.endsWith("]") || duckDbType.startsWith("STRUCT") || duckDbType.startsWith("MAP")
        || duckDbType.startsWith("UNION");
  }
}
