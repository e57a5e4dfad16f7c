package org.liveblog.analytics.schema;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.Metadata;

/** One column of a published table: name, Spark type, nullability and what it means. */
public record ColumnDef(String name, DataType type, boolean nullable, String description) {

  /** The run_id column every table carries. */
  public static ColumnDef runId() {
    return new ColumnDef(Tables.RUN_ID, org.apache.spark.sql.types.DataTypes.StringType, false,
        "Id of the run that published this row.");
  }

  public StructField toStructField() {
    return new StructField(name, type, nullable, Metadata.empty());
  }
}
