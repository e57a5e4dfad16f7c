package org.liveblog.analytics.warehouse;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;

/**
 * The DuckDB type of each Spark type of the tables, as DuckDB reads it from the Parquet files Spark writes (so that an
 * empty view has the columns and types a view over files would have), and SQL quoting for the views.
 */
final class DuckDbTypes {

  private DuckDbTypes() {}

  static String of(DataType type) {
    if (type instanceof StringType) {
      return "VARCHAR";
    } else if (type instanceof IntegerType) {
      return "INTEGER";
    } else if (type instanceof LongType) {
      return "BIGINT";
    } else if (type instanceof ShortType) {
      return "SMALLINT";
    } else if (type instanceof ByteType) {
      return "TINYINT";
    } else if (type instanceof DoubleType) {
      return "DOUBLE";
    } else if (type instanceof FloatType) {
      return "FLOAT";
    } else if (type instanceof BooleanType) {
      return "BOOLEAN";
    } else if (type instanceof DateType) {
      return "DATE";
    } else if (type instanceof TimestampType || type instanceof TimestampNTZType) {
      // Spark writes timestamps as INT96, which DuckDB reads as TIMESTAMP (UTC instants, no zone attached).
      return "TIMESTAMP";
    } else if (type instanceof BinaryType) {
      return "BLOB";
    } else if (type instanceof DecimalType decimal) {
      return "DECIMAL(" + decimal.precision() + ", " + decimal.scale() + ")";
    } else if (type instanceof ArrayType array) {
      return of(array.elementType()) + "[]";
    } else if (type instanceof MapType map) {
      return "MAP(" + of(map.keyType()) + ", " + of(map.valueType()) + ")";
    } else if (type instanceof StructType struct) {
      StringBuilder sql = new StringBuilder("STRUCT(");
      StructField[] fields = struct.fields();
      for (int i = 0; i < fields.length; i++) {
        sql.append(i == 0 ? "" : ", ").append(identifier(fields[i].name())).append(' ')
            .append(of(fields[i].dataType()));
      }
      return sql.append(')').toString();
    }
    throw new IllegalArgumentException("No DuckDB type for Spark type " + type.simpleString());
  }

  /** Whether a BI tool can chart the column as it is: no list, map or struct. */
  static boolean isScalar(DataType type) {
    return !(type instanceof ArrayType || type instanceof MapType || type instanceof StructType);
  }

  /** A quoted identifier: column and field names such as from, to, table and check are SQL keywords. */
  static String identifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
