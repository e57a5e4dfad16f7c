package org.liveblog.analytics.warehouse;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How the warehouse stores published tables. */
public enum TableFormat {
  /** Folders of Parquet files, published by folder swaps; readable by any Parquet reader (views.sql for DuckDB). */
  PARQUET,
  /** Iceberg tables in a Hadoop catalog under the warehouse ({@code <warehouse>/tables/<table>}): one atomic snapshot per table per run. */
  ICEBERG;

  public static TableFormat parse(String name) {
    for (TableFormat format : values()) {
      if (format.name().equalsIgnoreCase(name.strip())) {
        return format;
      }
    }
    throw new IllegalArgumentException("expected parquet or iceberg, got '" + name + "'");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The option value, in any case. */
  public static final class Option implements ITypeConverter<TableFormat> {
    @Override
    public TableFormat convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
