package org.liveblog.analytics.topics;

import java.io.Serializable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;

/**
 * Builds rows of one struct type by field name: each field's index is resolved once from the type, so that no code
 * depends on the order of a struct's fields.
 */
public final class NamedRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final StructType type;

  public NamedRow(StructType type) {
    this.type = type;
  }

  public StructType type() {
    return type;
  }

  /** The position of {@code field}, to resolve once and reuse in a hot loop. */
  public int index(String field) {
    return type.fieldIndex(field);
  }

  /** A new, empty set of values for {@link #row}. */
  public Object[] values() {
    return new Object[type.size()];
  }

  public Row row(Object[] values) {
    return new GenericRowWithSchema(values, type);
  }

  /** One-off rows (driver-side, small): alternating field names and values. */
  public Row of(Object... namesAndValues) {
    if (namesAndValues.length != 2 * type.size()) {
      throw new IllegalArgumentException("a row of " + type.simpleString() + " needs " + type.size()
          + " name-value pairs, got " + namesAndValues.length / 2);
    }
    Object[] values = values();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values[index((String) namesAndValues[i])] = namesAndValues[i + 1];
    }
    return row(values);
  }
}
