package org.liveblog.analytics.warehouse;

import static org.liveblog.analytics.warehouse.DuckDbTypes.identifier;
import static org.liveblog.analytics.warehouse.DuckDbTypes.literal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.liveblog.analytics.schema.ColumnDef;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;

/**
 * The flat view beside each table with list, map or struct columns ({@code <table>_flat}): the same rows, scalar
 * columns only, for BI tools that cannot chart nested values. Derived from the column types, so a table added to
 * {@link Tables#ALL} gets one too:
 * <ul>
 *   <li>a scalar column stays as it is;
 *   <li>a list of scalars becomes its elements joined by {@value #LIST_SEPARATOR} (same name) and {@code <name>_count};
 *   <li>a list of structs becomes {@code <name>_count} and {@code <name>_json};
 *   <li>a struct becomes one column per field, {@code <name>_<field>};
 *   <li>a map becomes one column per known key, {@code <name>_<key>}, and {@code <name>_json} with every key.
 * </ul>
 * A few columns add what a chart of them needs: the role an actor holds today (or held last), a run's failed checks
 * and warnings, the bytes it read.
 */
final class FlatViews {

  static final String SUFFIX = "_flat";
  static final String LIST_SEPARATOR = " | ";

  private FlatViews() {}

  static String name(TableSchema table) {
    return table.name() + SUFFIX;
  }

  static boolean needed(TableSchema table) {
    return table.columns().stream().anyMatch(c -> !DuckDbTypes.isScalar(c.type()));
  }

  /**
   * The flat view's columns, as {@code expression AS name}, in the table's column order.
   *
   * @param mapKeys for a map column (by name), the keys that become columns of their own
   */
  static List<String> columns(TableSchema table, Map<String, List<String>> mapKeys) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (ColumnDef column : table.columns()) {
      flatten(identifier(column.name()), column.name(), column.type(), mapKeys.getOrDefault(column.name(), List.of()),
          columns);
      extras(table, column).forEach(columns::putIfAbsent);
    }
    return columns.entrySet().stream()
        .map(c -> {
          String name = identifier(c.getKey());
          return c.getValue().equals(name) ? name : c.getValue() + " AS " + name;
        })
        .toList();
  }

  /** Adds the scalar columns of one value; a name already taken keeps its first meaning. */
  private static void flatten(String expression, String name, DataType type, List<String> keys,
      Map<String, String> columns) {
    if (DuckDbTypes.isScalar(type)) {
      columns.putIfAbsent(name, expression);
    } else if (type instanceof ArrayType array && DuckDbTypes.isScalar(array.elementType())) {
      columns.putIfAbsent(name, "array_to_string(" + expression + ", " + literal(LIST_SEPARATOR) + ")");
      columns.putIfAbsent(name + "_count", "len(" + expression + ")");
    } else if (type instanceof ArrayType) {
      columns.putIfAbsent(name + "_count", "len(" + expression + ")");
      columns.putIfAbsent(name + "_json", json(expression));
    } else if (type instanceof StructType struct) {
      for (StructField field : struct.fields()) {
        flatten(expression + "." + identifier(field.name()), name + "_" + field.name(), field.dataType(), List.of(),
            columns);
      }
    } else if (type instanceof MapType map) {
      for (String key : keys) {
        flatten(expression + "[" + literal(key) + "]", name + "_" + columnName(key), map.valueType(), List.of(),
            columns);
      }
      columns.putIfAbsent(name + "_json", json(expression));
    } else {
      throw new IllegalArgumentException("Cannot flatten column " + name + " of type " + type.simpleString());
    }
  }

  private static String json(String expression) {
    return "CAST(to_json(" + expression + ") AS VARCHAR)";
  }

  /** A map key as part of a column name: lower case letters, digits, underscores (actors.counts: actors_counts). */
  static String columnName(String key) {
    return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
  }

  /** Field names of the nested types the extras read; a renamed field fails here, when the class loads. */
  private static final String ROLE = field(Tables.ROLE_TYPE, "role");
  private static final String ROLE_OF = field(Tables.ROLE_TYPE, "of");
  private static final String ROLE_FROM = field(Tables.ROLE_TYPE, "from");
  private static final String ROLE_TO = field(Tables.ROLE_TYPE, "to");
  private static final String CHECK_VIOLATIONS = field(Tables.CHECK_TYPE, "violations");
  private static final String CHECK_LEVEL = field(Tables.CHECK_TYPE, "level");
  private static final String FILE_LENGTH = field(Tables.FILE_TYPE, "length");

  private static String field(StructType type, String name) {
    return identifier(type.apply(type.fieldIndex(name)).name());
  }

  private static Map<String, String> extras(TableSchema table, ColumnDef column) {
    Map<String, String> extras = new LinkedHashMap<>();
    String c = identifier(column.name());
    if (table.name().equals(Tables.ACTORS.name()) && column.name().equals("roles")) {
      // The role held today, else the one that started last: sorting (held today, from) puts it at the end.
      String held = "r." + ROLE_FROM + " <= current_date AND (r." + ROLE_TO + " IS NULL OR r." + ROLE_TO
          + " > current_date)";
      String chosen = "(list_sort(list_transform(" + c + ", lambda r: {'held': " + held + ", 'from': r." + ROLE_FROM
          + ", 'value': r}))[-1])";
      extras.put("role", chosen + ".\"value\"." + ROLE);
      extras.put("role_of", chosen + ".\"value\"." + ROLE_OF);
      extras.put("role_from", chosen + ".\"value\"." + ROLE_FROM);
      extras.put("role_to", chosen + ".\"value\"." + ROLE_TO);
      extras.put("role_held_today", "coalesce(" + chosen + ".\"held\", false)");
    } else if (table.name().equals(Tables.RUNS.name()) && column.name().equals("checks")) {
      // Runs recorded before checks had levels count as errors, as they were then.
      extras.put("checks_failed", "len(list_filter(" + c + ", lambda k: k." + CHECK_VIOLATIONS
          + " > 0 AND coalesce(k." + CHECK_LEVEL + ", 'error') = 'error'))");
      extras.put("checks_warnings", "len(list_filter(" + c + ", lambda k: k." + CHECK_VIOLATIONS
          + " > 0 AND k." + CHECK_LEVEL + " = 'warning'))");
    } else if (table.name().equals(Tables.RUNS.name()) && column.name().equals("input_files")) {
      // list_sum of BIGINT is a HUGEINT, which BI drivers read poorly.
      extras.put("input_bytes", "CAST(coalesce(list_sum(list_transform(" + c + ", lambda f: f." + FILE_LENGTH
          + ")), 0) AS BIGINT)");
    }
    return extras;
  }
}
