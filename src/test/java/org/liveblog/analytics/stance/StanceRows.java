package org.liveblog.analytics.stance;

import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** Literal rows for the stance tests, written as JSON objects so that every value is given by column name. */
public final class StanceRows {

  private StanceRows() {}

  /** A frame of {@code schema} from JSON objects; columns a row leaves out are null. */
  public static Dataset<Row> of(SparkSession spark, StructType schema, String... jsonRows) {
    Dataset<String> json = spark.createDataset(Arrays.asList(jsonRows), Encoders.STRING());
    return spark.read().schema(schema).option("mode", "FAILFAST").json(json);
  }
}
