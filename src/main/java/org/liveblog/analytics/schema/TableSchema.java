package org.liveblog.analytics.schema;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A published table's contract: its name, grain (what one row is), key, partition column and columns. The writer,
 * the checks and docs/TABLES.md are all derived from these definitions.
 */
public record TableSchema(
    String name,
    String grain,
    List<String> key,
    Optional<String> partitionColumn,
    List<ColumnDef> columns,
    List<RowRule> rowRules,
    List<Reference> references) {

  /** A condition every row must meet before the table is published: a name and a Spark SQL boolean expression. */
  public record RowRule(String name, String condition) {}

  /** Referential integrity: every value of {@code column} appears in {@code table}.{@code targetColumn}. */
  public record Reference(String column, String table, String targetColumn) {}

  /** A table with no rules beyond its key. */
  public TableSchema(String name, String grain, List<String> key, Optional<String> partitionColumn,
      List<ColumnDef> columns) {
    this(name, grain, key, partitionColumn, columns, List.of(), List.of());
  }

  public TableSchema withRules(RowRule... rules) {
    return new TableSchema(name, grain, key, partitionColumn, columns, List.of(rules), references);
  }

  public TableSchema withReferences(Reference... refs) {
    return new TableSchema(name, grain, key, partitionColumn, columns, rowRules, List.of(refs));
  }

  public StructType sparkType() {
    return new StructType(columns.stream().map(ColumnDef::toStructField).toArray(StructField[]::new));
  }

  public List<String> columnNames() {
    return columns.stream().map(ColumnDef::name).toList();
  }

  /** Position of a column in the table's rows; fails naming the table when it has no such column. */
  public int index(String columnName) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(columnName)) {
        return i;
      }
    }
    throw new IllegalArgumentException("Table " + name + " has no column " + columnName);
  }

  public boolean hasColumn(String columnName) {
    return columns.stream().anyMatch(c -> c.name().equals(columnName));
  }

  public ColumnDef column(String columnName) {
    return columns.stream()
        .filter(c -> c.name().equals(columnName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Table " + name + " has no column " + columnName));
  }

  /**
   * Selects exactly this table's columns, in order, cast to their declared types; fails naming the table and the
   * column when the frame lacks one.
   */
  public Dataset<Row> conform(Dataset<Row> frame) {
    List<String> present = List.of(frame.columns());
    Column[] projected = columns.stream()
        .map(c -> {
          if (!present.contains(c.name())) {
            throw new IllegalStateException(
                "Table " + name + ": the computed data does not include column " + c.name() + " (has " + present + ")");
          }
          return functions.col(c.name()).cast(c.type()).as(c.name());
        })
        .toArray(Column[]::new);
    return frame.select(projected);
  }
}
