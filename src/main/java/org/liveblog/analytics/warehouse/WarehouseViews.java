package org.liveblog.analytics.warehouse;

import static org.liveblog.analytics.warehouse.DuckDbTypes.identifier;
import static org.liveblog.analytics.warehouse.DuckDbTypes.literal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.liveblog.analytics.schema.ColumnDef;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;

/**
 * Writes {@code views.sql} at the warehouse root: one DuckDB view per table of {@link Tables#ALL} (over its Parquet
 * files, or an empty view of the same columns and types while it has none, so that the file always loads as one
 * script), a flat view beside each table with nested columns ({@link FlatViews}), the candidate totals and a dense
 * daily series of the top actors. Paths are built from a DuckDB variable, {@value #ROOT_VARIABLE}, that defaults to
 * the warehouse as published, so a copy of the warehouse is read by setting it (README, "Reading the tables").
 */
final class WarehouseViews {

  public static final String FILE = "views.sql";

  /** DuckDB variable that points the views at another copy of the warehouse. */
  static final String ROOT_VARIABLE = "liveblog_warehouse";

  /** DuckDB variable for the number of actors in {@link #DAILY_SERIES}. */
  static final String TOP_ACTORS_VARIABLE = "liveblog_top_actors";

  /**
   * Actors in the daily series by default: a line chart stays legible with about twenty series (BI tools' palettes
   * repeat after 10 to 20 colours), and 20 actors × days × outlets stays a small result even over years.
   */
  static final int TOP_ACTORS = 20;

  static final String CANDIDATE_TOTALS = "actor_candidate_totals";
  static final String DAILY_SERIES = "actor_daily_series";

  private WarehouseViews() {}

  /** actor_candidates is per date (so that backfills replace dates); curating the registry wants the totals. */
  private static final String CANDIDATE_TOTALS_SQL = "CREATE OR REPLACE VIEW " + CANDIDATE_TOTALS + " AS SELECT"
      + " phrase, sum(mentions) AS mentions, sum(entries) AS entries, sum(as_speaker) AS as_speaker,"
      + " count(*) AS days, min(published_date) AS first_seen, max(published_date) AS last_seen,"
      + " min_by(example_sentence, published_date) AS example_sentence"
      + " FROM actor_candidates GROUP BY phrase;\n";

  /**
   * actor_mention_counts has rows only where an actor was mentioned; a chart of a series needs the silent days too.
   * Every day from the first to the last published entry × every outlet and 'all' × the top actors by mentions over
   * the whole corpus (ties broken by actor_id), with zeros on days without a mention.
   */
  private static final String DAILY_SERIES_SQL = "CREATE OR REPLACE VIEW " + DAILY_SERIES + " AS\n"
      + "WITH daily AS (\n"
      + "  SELECT CAST(period_start AS DATE) AS published_date, outlet, actor_id, mentions, entries, blogs\n"
      + "  FROM actor_mention_counts WHERE granularity = 'day'),\n"
      + "top_actors AS (\n"
      + "  SELECT actor_id, any_value(actor_name) AS actor_name, any_value(actor_type) AS actor_type,\n"
      + "    sum(mentions) AS total_mentions, row_number() OVER (ORDER BY sum(mentions) DESC, actor_id) AS actor_rank\n"
      + "  FROM actor_mention_counts WHERE granularity = 'day' AND outlet = 'all' GROUP BY actor_id\n"
      + "  QUALIFY actor_rank <= coalesce(getvariable('" + TOP_ACTORS_VARIABLE + "'), " + TOP_ACTORS + ")),\n"
      + "days AS (\n"
      + "  SELECT CAST(unnest(generate_series(min(published_date), max(published_date), INTERVAL 1 DAY)) AS DATE)\n"
      + "    AS published_date FROM entries),\n"
      + "day_entries AS (\n"
      + "  SELECT published_date, outlet, count(*) AS day_entries FROM entries GROUP BY ALL\n"
      + "  UNION ALL SELECT published_date, 'all', count(*) FROM entries GROUP BY ALL),\n"
      + "outlets AS (SELECT DISTINCT outlet FROM day_entries)\n"
      + "SELECT d.published_date, o.outlet, t.actor_rank, t.actor_id, t.actor_name, t.actor_type,\n"
      + "  coalesce(c.mentions, 0) AS mentions, coalesce(c.entries, 0) AS entries, coalesce(c.blogs, 0) AS blogs,\n"
      + "  coalesce(e.day_entries, 0) AS day_entries\n"
      + "FROM days d CROSS JOIN outlets o CROSS JOIN top_actors t\n"
      + "LEFT JOIN daily c ON c.published_date = d.published_date AND c.outlet = o.outlet AND c.actor_id = t.actor_id\n"
      + "LEFT JOIN day_entries e ON e.published_date = d.published_date AND e.outlet = o.outlet;\n";

  /**
   * Rewrites views.sql for the tables as published now.
   *
   * @param mapKeys per table name, per map column, the keys that its flat view makes columns of
   */
  static void write(FileSystem warehouseFs, Path warehouse, boolean iceberg,
      Map<String, Map<String, List<String>>> mapKeys) {
    FileSystem fs = FileSystems.withoutChecksumFiles(warehouseFs);
    Path tablesRoot = iceberg ? new Path(warehouse, IcebergTableStore.NAMESPACE) : warehouse;
    String sql = script(duckDbPath(warehouse), iceberg, Tables.ALL,
        table -> hasData(fs, new Path(tablesRoot, table.name()), iceberg), mapKeys);
    Path target = new Path(warehouse, FILE);
    Path temporary = new Path(warehouse, "_" + FILE + ".tmp");
    try {
      try (OutputStream out = fs.create(temporary, true)) {
        out.write(sql.getBytes(StandardCharsets.UTF_8));
      }
      fs.delete(target, false);
      if (!fs.rename(temporary, target)) {
        throw new IOException("could not move " + temporary + " to " + target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + FILE + " in " + warehouse, e);
    }
  }

  /** A Parquet table has data once its folder holds a Parquet file; an Iceberg table, once it has metadata. */
  private static boolean hasData(FileSystem fs, Path table, boolean iceberg) {
    try {
      if (iceberg) {
        return fs.exists(new Path(table, "metadata"));
      }
      if (!fs.exists(table)) {
        return false;
      }
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(table, true);
      while (files.hasNext()) {
        if (files.next().getPath().getName().endsWith(".parquet")) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list table " + table, e);
    }
  }

  /**
   * The script: a view per table (over its files when {@code hasData} says it has some, else empty and typed), the
   * flat views, and the derived views whose tables are among {@code tables}.
   *
   * @param root the warehouse as DuckDB addresses it, the default of {@value #ROOT_VARIABLE}
   */
  static String script(String root, boolean iceberg, List<TableSchema> tables, Predicate<TableSchema> hasData,
      Map<String, Map<String, List<String>>> mapKeys) {
    StringBuilder sql = new StringBuilder()
        .append("-- Generated by liveblog-analytics at every publish: DuckDB views over the warehouse's tables.\n")
        .append("-- Use: duckdb -c \".read ").append(FILE).append("\" (or execute the file as one script), then query"
            + " the views by name.\n")
        .append("-- The files are read from ").append(root).append(" unless the variable ").append(ROOT_VARIABLE)
        .append(" names another\n-- copy of this warehouse: SET VARIABLE ").append(ROOT_VARIABLE)
        .append(" = '/path/to/copy'; before reading this file (a view reads its\n-- files when it is created"
            + " and at every query).\n")
        .append("-- ").append(DAILY_SERIES).append(" has the top ").append(TOP_ACTORS).append(" actors; SET VARIABLE ")
        .append(TOP_ACTORS_VARIABLE).append(" = 50; for more. Tested with DuckDB 1.5.\n");
    if (iceberg) {
      sql.append("-- Iceberg tables: DuckDB reads them with its iceberg extension (INSTALL iceberg; LOAD iceberg;);\n"
          + "-- their metadata holds absolute paths, so a copy of an Iceberg warehouse is read where it was\n"
          + "-- written.\n");
    }
    if (root.startsWith("s3://")) {
      sql.append("-- S3: INSTALL httpfs; LOAD httpfs; and a CREATE SECRET (TYPE s3, ...) for the bucket first.\n");
    }
    String rootExpression = "rtrim(coalesce(getvariable('" + ROOT_VARIABLE + "'), " + literal(root) + "), '/')";
    for (TableSchema table : tables) {
      sql.append("CREATE OR REPLACE VIEW ").append(table.name()).append(" AS SELECT ");
      if (hasData.test(table)) {
        sql.append(String.join(", ", table.columnNames().stream().map(DuckDbTypes::identifier).toList()))
            .append(" FROM ").append(source(table, rootExpression, iceberg)).append(";\n");
      } else {
        sql.append(emptyColumns(table)).append(" WHERE false;\n");
      }
    }
    for (TableSchema table : tables) {
      if (FlatViews.needed(table)) {
        sql.append("CREATE OR REPLACE VIEW ").append(FlatViews.name(table)).append(" AS SELECT\n  ")
            .append(String.join(",\n  ", FlatViews.columns(table, mapKeys.getOrDefault(table.name(), Map.of()))))
            .append("\nFROM ").append(table.name()).append(";\n");
      }
    }
    List<String> names = tables.stream().map(TableSchema::name).toList();
    if (names.contains(Tables.ACTOR_CANDIDATES.name())) {
      sql.append(CANDIDATE_TOTALS_SQL);
    }
    if (names.containsAll(List.of(Tables.ACTOR_MENTION_COUNTS.name(), Tables.ENTRIES.name()))) {
      sql.append(DAILY_SERIES_SQL);
    }
    return sql.toString();
  }

  /** Where DuckDB reads a table: its Parquet files (date folders as a typed hive column), or its Iceberg table. */
  private static String source(TableSchema table, String rootExpression, boolean iceberg) {
    if (iceberg) {
      return "iceberg_scan(" + rootExpression + " || " + literal("/" + IcebergTableStore.NAMESPACE + "/" + table.name())
          + ")";
    }
    String files = rootExpression + " || " + literal("/" + table.name() + "/**/*.parquet");
    // Explicit either way: a folder named like k=v in the warehouse's own path must not become a column.
    return table.partitionColumn()
        .map(p -> "read_parquet(" + files + ", hive_partitioning = true, hive_types = {" + literal(p) + ": "
            + DuckDbTypes.of(table.column(p).type()) + "})")
        .orElse("read_parquet(" + files + ", hive_partitioning = false)");
  }

  /** The table's columns as typed nulls: the view of a table without rows yet. */
  private static String emptyColumns(TableSchema table) {
    return String.join(", ", table.columns().stream()
        .map((ColumnDef c) -> "CAST(NULL AS " + DuckDbTypes.of(c.type()) + ") AS " + identifier(c.name()))
        .toList());
  }

  /** DuckDB reads local paths without a scheme and S3 as s3://. */
  static String duckDbPath(Path path) {
    String uri = path.toUri().toString();
    if (uri.startsWith("file:")) {
      return path.toUri().getPath();
    }
    return uri.replaceFirst("^s3a://", "s3://");
  }
}
