package org.liveblog.analytics.export;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.stage.InvalidConfigException;
import org.liveblog.analytics.warehouse.FileSystems;
import org.liveblog.analytics.warehouse.Warehouse;

/**
 * `export`: chosen published tables (optionally filtered) as one CSV file each, all or nothing. The filter is analysed
 * against every chosen table before anything is written, so a column one of them lacks fails naming both; the files
 * are written to a temporary folder inside the output folder and moved into place once all are written, so a failure
 * leaves the output folder as it was.
 */
public final class ExportJob {

  private ExportJob() {}

  /** Rows written per file. */
  public record Summary(Map<String, Long> rowsPerFile) {
    public void print(PrintStream out) {
      out.println("liveblog export:");
      rowsPerFile.forEach((file, n) -> out.printf(Locale.ROOT, "  %,12d rows  %s%n", n, file));
    }
  }

  public static Summary run(SparkSession spark, ExportOptions options) {
    Warehouse warehouse = new Warehouse(spark, options.warehouse(), "export", options.tableFormat());
    Map<TableSchema, Dataset<Row>> exports = filtered(warehouse, tables(warehouse, options), options);
    Path output = new Path(options.output());
    FileSystem fs;
    boolean existed;
    try {
      fs = FileSystems.withoutChecksumFiles(output.getFileSystem(spark.sparkContext().hadoopConfiguration()));
      output = fs.makeQualified(output);
      existed = fs.exists(output);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the output folder " + output, e);
    }
    // Inside the output folder, so that the final moves are renames on one file system; '_' keeps readers out.
    Path temporary = new Path(output, "_export-" + UUID.randomUUID());
    Map<String, Long> written = new LinkedHashMap<>();
    boolean done = false;
    try {
      for (Map.Entry<TableSchema, Dataset<Row>> export : exports.entrySet()) {
        String file = export.getKey().name() + ".csv";
        written.put(new Path(output, file).toString(), CsvExport.write(export.getValue(), new Path(temporary, file)));
      }
      moveIntoPlace(fs, temporary, output, exports.keySet().stream().map(t -> t.name() + ".csv").toList());
      done = true;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot move the exported files into " + output + "; it is as it was", e);
    } finally {
      try {
        fs.delete(temporary, true);
        if (!done && !existed) {
          fs.delete(output, true);
        }
      } catch (IOException e) {
        // The export's outcome stands; a leftover '_export-…' folder is ignored by readers and the next export.
      }
    }
    return new Summary(written);
  }

  /**
   * The tables to export: those given (each must be published), or every published table; fails when the warehouse
   * has none.
   */
  private static List<TableSchema> tables(Warehouse warehouse, ExportOptions options) {
    List<TableSchema> chosen = options.chosenTables();
    if (options.everyTable()) {
      List<TableSchema> published = chosen.stream().filter(warehouse::exists).toList();
      if (published.isEmpty()) {
        throw new InvalidConfigException("--warehouse: " + warehouse.root() + " holds no published tables");
      }
      return published;
    }
    List<String> missing = chosen.stream().filter(t -> !warehouse.exists(t)).map(TableSchema::name).toList();
    if (!missing.isEmpty()) {
      throw new InvalidConfigException("--tables: " + warehouse.root() + " has no published " + String.join(", ", missing)
          + (missing.size() == 1 ? " table" : " tables"));
    }
    return chosen;
  }

  /**
   * Each table with the --where filter applied, analysed now: a condition that does not parse, or a column one of the
   * tables lacks, fails here (naming every table it fails on) rather than after other files were written.
   */
  private static Map<TableSchema, Dataset<Row>> filtered(Warehouse warehouse, List<TableSchema> tables,
      ExportOptions options) {
    Map<TableSchema, Dataset<Row>> exports = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    List<TableSchema> failing = new ArrayList<>();
    for (TableSchema table : tables) {
      Dataset<Row> rows = warehouse.read(table);
      try {
        // Classic Datasets are analysed as they are built, so this throws for a column the table lacks.
        exports.put(table, options.where().map(rows::filter).orElse(rows));
      } catch (Exception e) {
        if (!(e instanceof AnalysisException analysis)) {
          throw e;
        }
        if (analysis instanceof ParseException) {
          throw new InvalidConfigException("--where \"" + options.where().orElseThrow()
              + "\" is not a Spark SQL condition: " + firstLine(analysis));
        }
        problems.add(problem(table, analysis));
        failing.add(table);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigException("--where \"" + options.where().orElseThrow() + "\": " + String.join("; ", problems)
          + (failing.size() == 1 ? " (its columns: " + String.join(", ", failing.get(0).columnNames()) + ")" : "")
          + (options.everyTable() ? "; name the tables it applies to with --tables" : "; leave "
              + (failing.size() == 1 ? "it" : "them") + " out of --tables"));
    }
    return exports;
  }

  private static String problem(TableSchema table, AnalysisException e) {
    if (e.getCondition() != null && e.getCondition().startsWith("UNRESOLVED_COLUMN")) {
      String column = e.getMessageParameters().getOrDefault("objectName", "?").replace("`", "");
      return "table " + table.name() + " has no column " + column;
    }
    return "on table " + table.name() + ": " + firstLine(e);
  }

  /** Spark's message without the plan it appends. */
  private static String firstLine(AnalysisException e) {
    String message = e.getSimpleMessage() != null ? e.getSimpleMessage() : String.valueOf(e.getMessage());
    return message.lines().findFirst().orElse("").strip();
  }

  /**
   * Moves each written file over its target, keeping the files it replaces until all are in and putting them back if
   * a move fails, so that the output folder holds either every new file or none.
   */
  private static void moveIntoPlace(FileSystem fs, Path temporary, Path output, List<String> files)
      throws IOException {
    Path previous = new Path(temporary, "_previous");
    List<String> moved = new ArrayList<>();
    try {
      for (String file : files) {
        Path target = new Path(output, file);
        if (fs.exists(target)) {
          fs.mkdirs(previous);
          rename(fs, target, new Path(previous, file));
        }
        moved.add(file);
        rename(fs, new Path(temporary, file), target);
      }
    } catch (IOException | RuntimeException e) {
      for (int i = moved.size() - 1; i >= 0; i--) {
        Path target = new Path(output, moved.get(i));
        Path old = new Path(previous, moved.get(i));
        try {
          fs.delete(target, false);
          if (fs.exists(old)) {
            fs.rename(old, target);
          }
        } catch (IOException restore) {
          e.addSuppressed(restore);
        }
      }
      throw e;
    }
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("could not move " + from + " to " + to);
    }
  }
}
