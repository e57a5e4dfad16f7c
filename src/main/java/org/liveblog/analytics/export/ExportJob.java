package org.liveblog.analytics.export;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.cli.JobConfig.InvalidConfigException;
import org.liveblog.analytics.cli.JobConfig;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.warehouse.Warehouse;

/** `export`: chosen published tables (optionally filtered) as one CSV file each. */
public final class ExportJob {

  private ExportJob() {}

  /** Rows written per file. */
  public record Summary(Map<String, Long> rowsPerFile) {
    public void print(PrintStream out) {
      out.println("liveblog export:");
      rowsPerFile.forEach((file, n) -> out.printf(Locale.ROOT, "  %,12d rows  %s%n", n, file));
    }
  }

  /** The tables to export, failing before any work on a name that is not a table. */
  public static List<TableSchema> chosenTables(JobConfig config) {
    if (config.tables().isEmpty()) {
      return Tables.ALL;
    }
    return config.tables().stream()
        .map(name -> Tables.byName(name).orElseThrow(() -> new InvalidConfigException("tables: '" + name
            + "' is not a table; expected any of " + Tables.ALL.stream().map(TableSchema::name).toList())))
        .toList();
  }

  public static Summary run(SparkSession spark, JobConfig config) {
    Warehouse warehouse = new Warehouse(spark, JobConfig.required(config.warehouse(), "warehouse"), "export",
        config.tableFormat());
    Path output = new Path(JobConfig.required(config.output(), "output"));
    Map<String, Long> written = new LinkedHashMap<>();
    for (TableSchema table : chosenTables(config)) {
      Dataset<Row> rows = warehouse.read(table);
      if (config.where().isPresent()) {
        rows = rows.filter(config.where().get());
      }
      Path target = new Path(output, table.name() + ".csv");
      written.put(target.toString(), CsvExport.write(rows, target));
    }
    return new Summary(written);
  }
}
