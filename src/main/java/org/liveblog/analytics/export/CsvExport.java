package org.liveblog.analytics.export;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructType;
import org.liveblog.analytics.warehouse.FileSystems;

/**
 * Writes one table as one CSV file with a header (RFC 4180 quoting, UTF-8), for spreadsheet and BI users. Nested
 * columns (maps, lists) become JSON text. One file means one writing task: filter big tables first.
 */
public final class CsvExport {

  private CsvExport() {}

  /** Writes {@code rows} to {@code target} (a .csv file path) and returns the number of rows written. */
  public static long write(Dataset<Row> rows, Path target) {
    Column[] flat = Arrays.stream(rows.schema().fields())
        .map(f -> f.dataType() instanceof MapType || f.dataType() instanceof ArrayType
            || f.dataType() instanceof StructType
            ? to_json(col(f.name())).as(f.name()) : col(f.name()))
        .toArray(Column[]::new);
    Dataset<Row> table = rows.select(flat);
    Path temporary = new Path(target.getParent(), "_" + target.getName() + ".parts");
    table.coalesce(1).write().mode(SaveMode.Overwrite)
        .option("header", "true").option("escape", "\"").option("quoteAll", "false")
        .option("timestampFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")
        .csv(temporary.toString());
    try {
      FileSystem fs = FileSystems.withoutChecksumFiles(
          target.getFileSystem(rows.sparkSession().sparkContext().hadoopConfiguration()));
      FileStatus[] parts = fs.listStatus(temporary, p -> p.getName().startsWith("part-"));
      fs.delete(target, false);
      if (parts.length != 1 || !fs.rename(parts[0].getPath(), target)) {
        throw new IOException("expected one part file in " + temporary + ", found " + parts.length);
      }
      fs.delete(temporary, true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target, e);
    }
    return rows.sparkSession().read().option("header", "true").option("multiLine", "true").option("escape", "\"")
        .csv(target.toString()).count();
  }
}
