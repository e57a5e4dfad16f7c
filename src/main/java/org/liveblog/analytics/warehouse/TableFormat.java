package org.liveblog.analytics.warehouse;


/** How the warehouse stores published tables. */
public enum TableFormat {
  /** Folders of Parquet files, published by folder swaps; readable by any Parquet reader (views.sql for DuckDB). */
  PARQUET,
  /** Iceberg tables in a Hadoop catalog under the warehouse ({@code <warehouse>/tables/<table>}): one atomic snapshot per table per run. */
  ICEBERG;

  public static TableFormat parse(String name) {
    for (TableFormat format : values()) {
      if (format.name().equalsIgnoreCase(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException("table-format: expected parquet or iceberg, got '" + name + "'");
  }
}
