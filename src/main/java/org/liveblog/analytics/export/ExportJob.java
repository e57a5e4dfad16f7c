package org.liveblog.analytics.export;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.schema.TableSchema;
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

  public static Summary run(SparkSession spark, ExportOptions options) {
    Warehouse warehouse = new Warehouse(spark, options.warehouse(), "export", options.tableFormat());
    Path output = new Path(options.output());
    Map<String, Long> written = new LinkedHashMap<>();
    for (TableSchema table : options.chosenTables()) {
      Dataset<Row> rows = warehouse.read(table);
      if (options.where().isPresent()) {
        rows = rows.filter(options.where().get());
      }
      Path target = new Path(output, table.name() + ".csv");
      written.put(target.toString(), CsvExport.write(rows, target));
    }
    return new Summary(written);
  }
}
