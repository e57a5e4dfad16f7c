package org.liveblog.analytics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.is_valid_utf8;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads Parquet in the contract's layout (or any layout, through the mapping). Every file's footer is checked before
 * the scan: a file without a required column, or with a body that is not text, fails the run naming the file.
 * Records keep their file and row index.
 */
public final class ParquetSource implements EntrySource {

  @Override
  public Dataset<Row> candidates(SparkSession spark, List<Path> files, ColumnMapping mapping) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    // Footers are metadata only; reading them in parallel keeps the check cheap on object stores.
    files.parallelStream().forEach(file -> checkFooter(file, conf, mapping));
    Dataset<Row> frame = spark.read().parquet(files.stream().map(Path::toString).toArray(String[]::new));
    List<String> textColumns = ColumnarCandidates.stringColumns(frame);
    Column reason = lit(null).cast("string");
    Column detail = lit(null).cast("string");
    for (int i = textColumns.size() - 1; i >= 0; i--) {
      String column = textColumns.get(i);
      Column invalid = col("`" + column + "`").isNotNull().and(is_valid_utf8(col("`" + column + "`")).unary_$bang());
      reason = when(invalid, lit(RejectReason.INVALID_UTF8.name())).otherwise(reason);
      detail = when(invalid, lit("column " + column + " is not valid UTF-8")).otherwise(detail);
    }
    return ColumnarCandidates.of(frame, ColumnarCandidates.columns(frame), mapping, col("_metadata.file_path"),
        RecordKind.ROW, col("_metadata.row_index"), null, reason, detail);
  }

  private static void checkFooter(Path file, Configuration conf, ColumnMapping mapping) {
    MessageType schema;
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(file, conf))) {
      schema = reader.getFooter().getFileMetaData().getSchema();
    } catch (IOException | RuntimeException e) {
      throw new InvalidInputException("Cannot read Parquet file " + file + ": " + e.getMessage(), e);
    }
    List<String> columns = schema.getFields().stream().map(Type::getName).toList();
    SchemaCheck.requireContractColumns(file.toString(), columns, mapping);
    for (String source : mapping.sourcesOf(InputContract.BODY)) {
      if (schema.containsField(source)) {
        Type body = schema.getType(source);
        if (!body.isPrimitive()
            || body.asPrimitiveType().getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.BINARY) {
          throw new InvalidInputException("Input file " + file + ": column " + source + " (body) is "
              + body.toString().strip() + ", expected a string (BINARY) column");
        }
      }
    }
  }

}
