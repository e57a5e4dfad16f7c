package org.liveblog.analytics.schema;

/** Renders docs/TABLES.md from the table definitions, so the documentation cannot drift from the schemas. */
public final class TablesDoc {

  private TablesDoc() {}

  public static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# Tables\n\n")
        .append("Generated from `src/main/java/org/liveblog/analytics/schema/Tables.java` by `TablesDocTest`; do not edit\n")
        .append("by hand (regenerate with `REGENERATE_DOCS=1 mvn test -Dtest=TablesDocTest`).\n\n")
        .append("Every table is a folder of Parquet files under the warehouse, named like the table, partitioned by the\n")
        .append("partition column where there is one. Timestamps are UTC.\n");
    for (TableSchema table : Tables.ALL) {
      md.append("\n## ").append(table.name()).append("\n\n")
          .append("Grain: ").append(table.grain()).append("\n\n")
          .append("Key: `").append(String.join("`, `", table.key())).append("`");
      table.partitionColumn().ifPresent(p -> md.append(" · Partitioned by `").append(p).append("`"));
      md.append("\n\n| column | type | nullable | meaning |\n|---|---|---|---|\n");
      for (ColumnDef column : table.columns()) {
        md.append("| ").append(column.name()).append(" | ").append(column.type().simpleString()).append(" | ")
            .append(column.nullable() ? "yes" : "no").append(" | ")
            .append(column.description().replace("|", "\\|")).append(" |\n");
      }
    }
    return md.toString();
  }
}
