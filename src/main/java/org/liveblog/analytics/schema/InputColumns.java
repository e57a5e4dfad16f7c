package org.liveblog.analytics.schema;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;

/** Precondition every stage runs first: its input has the columns it reads, with the types it expects. */
public final class InputColumns {

  private InputColumns() {}

  /** Fails with "<stage>: input does not include column X" (or names the mistyped column) before any work starts. */
  public static void require(String stage, Dataset<?> input, List<ColumnDef> expected) {
    List<String> present = Arrays.asList(input.columns());
    for (ColumnDef column : expected) {
      if (!present.contains(column.name())) {
        throw new IllegalArgumentException(
            stage + ": input does not include column " + column.name() + " (it has " + present + ")");
      }
      DataType actual = fieldType(input, column.name());
      if (!actual.sameType(column.type())) {
        throw new IllegalArgumentException(stage + ": input column " + column.name() + " is "
            + actual.simpleString() + ", expected " + column.type().simpleString());
      }
    }
  }

  /** The same check for the columns a stage reads from a published table. */
  public static void require(String stage, Dataset<?> input, TableSchema table, String... columnNames) {
    require(stage, input, Arrays.stream(columnNames).map(table::column).toList());
  }

  private static DataType fieldType(Dataset<?> input, String name) {
    for (StructField field : input.schema().fields()) {
      if (field.name().equals(name)) {
        return field.dataType();
      }
    }
    throw new IllegalStateException("unreachable: " + name);
  }
}
