package org.liveblog.analytics.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.unix_micros;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/** Turns a typed frame (Parquet, CSV) into candidates with column expressions: the mapping, text casts, raw JSON. */
final class ColumnarCandidates {

  private ColumnarCandidates() {}

  /**
   * @param frame the source rows: the original columns and any helper columns the expressions below use
   * @param originalColumns the columns read from the source, which make up the raw record
   * @param rawOverride the raw record where the reader has better (e.g. the unparsable CSV text), else null
   * @param sourceFile the column holding the file path
   * @param recordKind what the position counts
   * @param recordIndex the column holding the record's position in its file
   * @param parseReason a column that is a reason code for records broken before mapping, else null
   */
  static Dataset<Row> of(Dataset<Row> frame, List<String> originalColumns, ColumnMapping mapping, Column sourceFile,
      RecordKind recordKind, Column recordIndex, Column rawOverride, Column parseReason, Column parseDetail) {
    Set<String> present = Set.copyOf(originalColumns);
    List<Column> columns = new ArrayList<>();
    columns.add(sourceFile.cast("string").as(Candidate.SOURCE_FILE));
    columns.add(lit(recordKind.value()).as(Candidate.RECORD_KIND));
    columns.add(recordIndex.cast("long").as(Candidate.RECORD_INDEX));
    Column raw = to_json(struct(originalColumns.stream().map(c -> col("`" + c + "`")).toArray(Column[]::new)));
    columns.add((rawOverride == null ? raw : coalesce(rawOverride, raw)).as(Candidate.RAW_RECORD));
    columns.add(parseReason.as(Candidate.PARSE_REASON));
    columns.add(parseDetail.as(Candidate.PARSE_DETAIL));
    for (String field : InputContract.FIELDS) {
      List<Column> alternatives = new ArrayList<>();
      for (String source : mapping.sourcesOf(field)) {
        if (present.contains(ColumnMapping.splitPath(source).get(0))) {
          alternatives.add(asText(frame, source));
        }
      }
      Column value = alternatives.isEmpty() ? lit(null).cast("string")
          : alternatives.size() == 1 ? alternatives.get(0) : coalesce(alternatives.toArray(Column[]::new));
      columns.add(value.as(field));
    }
    return frame.select(columns.toArray(Column[]::new));
  }

  /** Text of a source column; timestamps become epoch microseconds so that no time zone is involved. */
  private static Column asText(Dataset<Row> frame, String source) {
    Column column = frame.col(source.contains(".") ? source : "`" + source + "`");
    DataType type = frame.select(column).schema().fields()[0].dataType();
    if (type instanceof TimestampType || type instanceof TimestampNTZType) {
      return unix_micros(column.cast("timestamp")).cast("string");
    }
    if (type instanceof DateType) {
      return column.cast("string");
    }
    if (type instanceof StringType) {
      // Blank strings count as absent so that a fallback source can fill them.
      return when(org.apache.spark.sql.functions.trim(column).notEqual(""), column);
    }
    return column.cast("string");
  }

  /** The names of the frame's string columns, for per-record text checks. */
  static List<String> stringColumns(Dataset<Row> frame) {
    return Arrays.stream(frame.schema().fields())
        .filter(f -> f.dataType() instanceof StringType)
        .map(StructField::name)
        .toList();
  }

  static List<String> columns(Dataset<Row> frame) {
    return Arrays.asList(frame.columns());
  }
}
