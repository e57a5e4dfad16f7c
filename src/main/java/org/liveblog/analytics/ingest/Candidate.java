package org.liveblog.analytics.ingest;

import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A record as a reader found it, before validation: where it came from, its raw text, a reason if it could not even
 * be parsed, and every contract field as text (null when absent). Every reader produces this one shape, so that one
 * validator decides for all formats.
 */
public final class Candidate {

  private Candidate() {}

  public static final String SOURCE_FILE = "source_file";
  public static final String RECORD_INDEX = "record_index";
  public static final String RAW_RECORD = "raw_record";
  public static final String PARSE_REASON = "parse_reason";
  public static final String PARSE_DETAIL = "parse_detail";

  public static final StructType SCHEMA = schema();

  private static final int SOURCE_FILE_INDEX = SCHEMA.fieldIndex(SOURCE_FILE);
  private static final int RECORD_INDEX_INDEX = SCHEMA.fieldIndex(RECORD_INDEX);
  private static final int RAW_RECORD_INDEX = SCHEMA.fieldIndex(RAW_RECORD);
  private static final int PARSE_REASON_INDEX = SCHEMA.fieldIndex(PARSE_REASON);
  private static final int PARSE_DETAIL_INDEX = SCHEMA.fieldIndex(PARSE_DETAIL);
  /** The contract fields follow the five fields above, in {@link InputContract#FIELDS} order. */
  private static final int FIELD_OFFSET = SCHEMA.fieldIndex(InputContract.FIELDS.get(0));

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    for (String name : List.of(SOURCE_FILE, RECORD_INDEX, RAW_RECORD, PARSE_REASON, PARSE_DETAIL)) {
      fields.add(new StructField(name, StringType, true, Metadata.empty()));
    }
    for (String field : InputContract.FIELDS) {
      fields.add(new StructField(field, StringType, true, Metadata.empty()));
    }
    return new StructType(fields.toArray(StructField[]::new));
  }

  /** Position of a contract field in a candidate row. */
  static int indexOf(String contractField) {
    return FIELD_OFFSET + InputContract.FIELDS.indexOf(contractField);
  }

  /** A record that was parsed; {@code values} holds the contract fields in {@link InputContract#FIELDS} order. */
  static Row parsed(String sourceFile, String recordIndex, String raw, String[] values) {
    Object[] row = new Object[SCHEMA.size()];
    row[SOURCE_FILE_INDEX] = sourceFile;
    row[RECORD_INDEX_INDEX] = recordIndex;
    row[RAW_RECORD_INDEX] = raw;
    System.arraycopy(values, 0, row, FIELD_OFFSET, values.length);
    return RowFactory.create(row);
  }

  /** A record that could not be parsed; the fields that could be read may still be given. */
  static Row unparsed(String sourceFile, String recordIndex, String raw, RejectReason reason, String detail,
      String[] valuesOrNull) {
    Object[] row = new Object[SCHEMA.size()];
    row[SOURCE_FILE_INDEX] = sourceFile;
    row[RECORD_INDEX_INDEX] = recordIndex;
    row[RAW_RECORD_INDEX] = raw;
    row[PARSE_REASON_INDEX] = reason.name();
    row[PARSE_DETAIL_INDEX] = detail;
    if (valuesOrNull != null) {
      System.arraycopy(valuesOrNull, 0, row, FIELD_OFFSET, valuesOrNull.length);
    }
    return RowFactory.create(row);
  }
}
