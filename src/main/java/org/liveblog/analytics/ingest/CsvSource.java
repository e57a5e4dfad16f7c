package org.liveblog.analytics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads CSV with a header row (RFC 4180 quoting, bodies may span lines). All files must share one header that names
 * the required columns. A row that does not split into the header's columns is an INVALID_CSV_ROW; text that the
 * UTF-8 decoder had to replace (U+FFFD) is INVALID_UTF8.
 */
public final class CsvSource implements EntrySource {

  private static final String CORRUPT = "_corrupt_record";
  private static final String FILE = "_source_file";

  @Override
  public Dataset<Row> candidates(SparkSession spark, List<Path> files, ColumnMapping mapping) throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> header = null;
    for (Path file : files) {
      List<String> fileHeader = header(file, conf);
      SchemaCheck.requireContractColumns(file.toString(), fileHeader, mapping);
      if (header != null && !header.equals(fileHeader)) {
        throw new InvalidInputException("Input file " + file + " has header " + fileHeader
            + ", unlike the other CSV files' " + header);
      }
      header = fileHeader;
    }
    StructType schema = new StructType();
    for (String column : header) {
      schema = schema.add(column, DataTypes.StringType);
    }
    Dataset<Row> raw = spark.read()
        .schema(schema.add(CORRUPT, DataTypes.StringType))
        .option("header", "true")
        .option("multiLine", "true")
        .option("escape", "\"")
        .option("mode", "PERMISSIVE")
        .option("columnNameOfCorruptRecord", CORRUPT)
        .csv(files.stream().map(Path::toString).toArray(String[]::new))
        .withColumn(FILE, col("_metadata.file_path"));
    // Multi-line CSV files are never split, so reading order within a partition is the file's row order.
    Column rowNumber = row_number().over(Window.partitionBy(col(FILE)).orderBy(monotonically_increasing_id()));
    Column reason = when(col(CORRUPT).isNotNull(), lit(RejectReason.INVALID_CSV_ROW.name()));
    Column detail = when(col(CORRUPT).isNotNull(), lit("the row does not match the header's " + header.size()
        + " columns (unbalanced quotes or a wrong number of fields)"));
    for (String column : header) {
      Column replaced = col("`" + column + "`").contains("\uFFFD");
      reason = reason.when(replaced, lit(RejectReason.INVALID_UTF8.name()));
      detail = detail.when(replaced, lit("column " + column + " is not valid UTF-8"));
    }
    // 0-based, as Parquet's row index: the first data row (after the header) is row 0.
    return ColumnarCandidates.of(raw, header, mapping, col(FILE), RecordKind.ROW, rowNumber.minus(1),
        col(CORRUPT), reason, detail);
  }

  private static List<String> header(Path file, Configuration conf) throws IOException {
    FileSystem fs = file.getFileSystem(conf);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(file);
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        codec == null ? fs.open(file) : codec.createInputStream(fs.open(file)), StandardCharsets.UTF_8))) {
      String line = reader.readLine();
      if (line == null) {
        throw new InvalidInputException("Input file " + file + " is empty: a CSV input needs a header row");
      }
      List<String> columns = new ArrayList<>();
      for (String name : line.replace("\uFEFF", "").split(",", -1)) {
        columns.add(name.strip().replaceAll("^\"|\"$", ""));
      }
      return columns;
    }
  }
}
