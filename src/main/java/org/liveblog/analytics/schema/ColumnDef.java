package org.liveblog.analytics.schema;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.Metadata;

/** One column of a published table: name, Spark type, nullability and what it means. */
public record ColumnDef(String name, DataType type, boolean nullable, String description) {

  public StructField toStructField() {
    return new StructField(name, type, nullable, Metadata.empty());
  }
}
