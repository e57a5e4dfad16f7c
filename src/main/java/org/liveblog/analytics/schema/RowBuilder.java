package org.liveblog.analytics.schema;

import java.util.Arrays;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Builds rows of one schema by column name. A function looks each column's position up once ({@link #index}, usually
 * into a static final), sets values through those positions, and {@link #build} refuses a row that leaves a column
 * declared not null without a value. Moving a column in {@link Tables} moves it here too; renaming or dropping one
 * fails at the lookup, so a change of the schema shows up as an error, never as values in the wrong columns.
 *
 * <p>One builder per partition (it reuses nothing across rows, but it is not thread-safe).
 */
public final class RowBuilder {

  private final StructType schema;
  private final int[] required;
  private Object[] values;

  private RowBuilder(StructType schema) {
    this.schema = schema;
    this.required = requiredColumns(schema);
    this.values = new Object[schema.size()];
  }

  public static RowBuilder of(StructType schema) {
    return new RowBuilder(schema);
  }

  public static RowBuilder of(TableSchema table) {
    return new RowBuilder(table.sparkType());
  }

  /** Position of a column of {@code schema}, failing with the schema's column names when it has none of that name. */
  public static int index(StructType schema, String column) {
    for (int i = 0; i < schema.size(); i++) {
      if (schema.fields()[i].name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + column + " in " + Arrays.toString(schema.fieldNames()));
  }

  public RowBuilder set(int index, Object value) {
    values[index] = value;
    return this;
  }

  /** The row of the values set since the last build; fails naming a not-null column left without a value. */
  public Row build() {
    for (int i : required) {
      if (values[i] == null) {
        throw new IllegalStateException("column " + schema.fields()[i].name() + " is declared not null but has no value"
            + " in " + Arrays.toString(values));
      }
    }
    Row row = RowFactory.create(values);
    values = new Object[values.length];
    return row;
  }

  private static int[] requiredColumns(StructType schema) {
    StructField[] fields = schema.fields();
    return java.util.stream.IntStream.range(0, fields.length).filter(i -> !fields[i].nullable()).toArray();
  }
}
