package org.liveblog.analytics.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each contract field comes from in a source layout. {@code published_at=time_iso} reads the field from
 * {@code time_iso}; {@code published_at=time_iso|block_id_ts_utc} takes the first of the two that is present;
 * dotted names ({@code meta.author}) reach into nested objects. Unmapped fields are read under their own name.
 */
public final class ColumnMapping implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, List<String>> sources;

  private ColumnMapping(Map<String, List<String>> sources) {
    this.sources = sources;
  }

  public static ColumnMapping identity() {
    return parse(List.of());
  }

  /** Parses {@code field=source[|source...]} pairs, failing on unknown contract fields and malformed pairs. */
  public static ColumnMapping parse(Collection<String> pairs) {
    Map<String, List<String>> sources = new LinkedHashMap<>();
    for (String field : InputContract.FIELDS) {
      sources.put(field, List.of(field));
    }
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new IllegalArgumentException(
            "map: expected contract_field=source_field (e.g. published_at=time_iso), got '" + pair + "'");
      }
      String field = pair.substring(0, eq).strip();
      if (!InputContract.FIELDS.contains(field)) {
        throw new IllegalArgumentException(
            "map: '" + field + "' is not a contract field; expected one of " + InputContract.FIELDS);
      }
      List<String> alternatives = new ArrayList<>();
      for (String source : pair.substring(eq + 1).split("\\|")) {
        if (source.isBlank()) {
          throw new IllegalArgumentException("map: empty source field in '" + pair + "'");
        }
        alternatives.add(source.strip());
      }
      sources.put(field, List.copyOf(alternatives));
    }
    return new ColumnMapping(sources);
  }

  /** The source fields for a contract field, first choice first. */
  public List<String> sourcesOf(String contractField) {
    return sources.get(contractField);
  }

  /** Each contract field with its sources, as {@code field=source|fallback}, for messages and run records. */
  public List<String> describe() {
    return sources.entrySet().stream().map(e -> e.getKey() + "=" + String.join("|", e.getValue())).toList();
  }

  @Override
  public String toString() {
    return String.join(", ", describe());
  }

  static List<String> splitPath(String source) {
    return Arrays.asList(source.split("\\."));
  }
}
