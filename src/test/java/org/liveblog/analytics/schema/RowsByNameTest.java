package org.liveblog.analytics.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.SparkSessionExtension;

/**
 * Rows are built and conformed by column name: a table whose columns are declared in another order gets the same
 * values in the same named columns, and a builder that leaves a column declared not null empty fails instead of
 * shifting values.
 */
class RowsByNameTest {

  @Test
  void aBuilderPutsEveryValueInItsNamedColumnWhateverTheDeclaredOrder() {
    for (TableSchema table : Tables.ALL) {
      TableSchema reversed = reversed(table);
      RowBuilder builder = RowBuilder.of(reversed);
      for (ColumnDef column : table.columns()) {
        builder.set(reversed.index(column.name()), marker(column));
      }
      Row row = builder.build();
      for (ColumnDef column : table.columns()) {
        assertThat(row.get(reversed.index(column.name()))).as(table.name() + "." + column.name())
            .isEqualTo(marker(column));
      }
    }
  }

  @Test
  void conformingSelectsByNameSoAFrameInAnotherOrderKeepsItsValues() {
    SparkSession spark = SparkSessionExtension.session();
    TableSchema table = Tables.SENTENCES;
    TableSchema reversed = reversed(table);
    RowBuilder builder = RowBuilder.of(reversed);
    for (ColumnDef column : table.columns()) {
      builder.set(reversed.index(column.name()), marker(column));
    }
    Dataset<Row> frame = spark.createDataFrame(List.of(builder.build()), reversed.sparkType());
    Row conformed = table.conform(frame).first();
    assertThat(conformed.schema()).isEqualTo(table.sparkType());
    for (ColumnDef column : table.columns()) {
      assertThat(conformed.<Object>getAs(column.name())).as(column.name()).isEqualTo(marker(column));
    }
  }

  @Test
  void aColumnDeclaredNotNullLeftWithoutAValueFailsNamingIt() {
    RowBuilder builder = RowBuilder.of(Tables.SENTENCES);
    builder.set(Tables.SENTENCES.index("entry_key"), "k1");
    assertThatThrownBy(builder::build).hasMessageContaining("column outlet is declared not null");
    assertThatThrownBy(() -> Tables.SENTENCES.index("entry_id"))
        .hasMessageContaining("Table sentences has no column entry_id");
  }

  private static TableSchema reversed(TableSchema table) {
    List<ColumnDef> columns = new ArrayList<>(table.columns());
    Collections.reverse(columns);
    return new TableSchema(table.name(), table.grain(), table.key(), table.partitionColumn(), columns);
  }

  /** A value of the column's type that differs between columns of one table (derived from the name). */
  private static Object marker(ColumnDef column) {
    DataType type = column.type();
    int n = Math.abs(column.name().hashCode() % 1000);
    if (type.equals(DataTypes.StringType)) {
      return "value of " + column.name();
    } else if (type.equals(DataTypes.IntegerType)) {
      return n;
    } else if (type.equals(DataTypes.LongType)) {
      return 1_000_000L + n;
    } else if (type.equals(DataTypes.DoubleType)) {
      return n / 7.0;
    } else if (type.equals(DataTypes.BooleanType)) {
      return n % 2 == 0;
    } else if (type.equals(DataTypes.DateType)) {
      return Date.valueOf(java.time.LocalDate.of(2024, 1, 1).plusDays(n));
    } else if (type.equals(DataTypes.TimestampType)) {
      return new Timestamp(1_700_000_000_000L + n * 1000L);
    } else if (type instanceof org.apache.spark.sql.types.ArrayType) {
      return scala.jdk.javaapi.CollectionConverters.asScala(List.of(column.name())).toSeq();
    } else if (type instanceof org.apache.spark.sql.types.MapType) {
      return scala.jdk.javaapi.CollectionConverters.asScala(java.util.Map.of(column.name(), n));
    }
    throw new IllegalArgumentException("no marker for " + type);
  }
}
