package org.liveblog.analytics.export;

import java.util.ArrayList;
import java.util.List;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.InvalidConfigException;
import org.liveblog.analytics.warehouse.TableFormat;
import picocli.CommandLine.Option;

/** The options of `export`: which warehouse, which tables, which rows, where to. */
public final class ExportOptions {

  @Option(names = "--warehouse", paramLabel = "DIR", description = "Folder of the published tables.")
  String warehouse;

  @Option(names = "--output", paramLabel = "DIR", description = "Folder to write the CSV files to.")
  String output;

  @Option(names = "--table-format", paramLabel = "FORMAT", defaultValue = "parquet",
      converter = TableFormat.Option.class,
      description = "How the warehouse stores its tables: parquet (the default) or iceberg.")
  TableFormat tableFormat;

  @Option(names = "--tables", paramLabel = "T1,T2", split = ",",
      description = "Tables to export, comma-separated (default: every published table).")
  List<String> tables = new ArrayList<>();

  @Option(names = "--where", paramLabel = "CONDITION",
      description = "Spark SQL filter applied to every table exported, e.g. \"published_date >= '2024-03-01'\".")
  String where;

  public String warehouse() {
    return required(warehouse, "warehouse");
  }

  public String output() {
    return required(output, "output");
  }

  public TableFormat tableFormat() {
    return tableFormat;
  }

  public java.util.Optional<String> where() {
    return java.util.Optional.ofNullable(where).filter(s -> !s.isBlank());
  }

  /** The tables to export, failing before any work on a name that is not a table. */
  public List<TableSchema> chosenTables() {
    if (tables.isEmpty()) {
      return Tables.ALL;
    }
    return tables.stream().map(String::strip)
        .map(name -> Tables.byName(name).orElseThrow(() -> new InvalidConfigException("--tables: '" + name
            + "' is not a table; expected any of " + Tables.ALL.stream().map(TableSchema::name).toList())))
        .toList();
  }

  private static String required(String value, String key) {
    if (value == null || value.isBlank()) {
      throw new InvalidConfigException("--" + key + " is required (on the command line or as '" + key
          + "' in the config file)");
    }
    return value;
  }
}
