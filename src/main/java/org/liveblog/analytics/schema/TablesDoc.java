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
        .append("partition column where there is one (with `--table-format iceberg`: an Iceberg table `tables.<name>` of\n")
        .append("a Hadoop catalog at the warehouse, same columns and partitioning). Timestamps are UTC. Each table's row\n")
        .append("rules and references below are checked before every publish.\n\n")
        .append("**Offsets count Unicode code points**, as Spark SQL's `substring` and `length`, DuckDB's `substr` and\n")
        .append("`length` and Python's `str` do (not UTF-16 units as Java's `String`, nor bytes): for every sentence,\n")
        .append("`substring(entries.text, char_start + 1, char_end - char_start) = sentences.text` in Spark SQL and\n")
        .append("DuckDB alike, and the same holds for `actor_mentions.surface`. A character outside the Basic\n")
        .append("Multilingual Plane (an emoji, a flag, some CJK) counts as one; a flag or a ZWJ emoji sequence, which a\n")
        .append("reader sees as one symbol, counts as the code points it is made of.\n");
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
      if (!table.rowRules().isEmpty() || !table.references().isEmpty()) {
        md.append("\nChecked before publishing: key not null and unique");
        table.rowRules().forEach(r -> md.append("; ").append(r.name()).append(" (`").append(r.condition()).append("`)"));
        table.references().forEach(r -> md.append("; `").append(r.column()).append("` references `")
            .append(r.table()).append(".").append(r.targetColumn()).append("`"));
        md.append(".\n");
      }
    }
    return md.toString();
  }
}
