package org.liveblog.analytics.ingest;

import java.util.Collection;

/** Fails a whole input file whose columns cannot hold the contract, naming the file and the field. */
final class SchemaCheck {

  private SchemaCheck() {}

  /** Every required contract field must have at least one mapped source among {@code columns}. */
  static void requireContractColumns(String file, Collection<String> columns, ColumnMapping mapping) {
    for (String field : InputContract.REQUIRED) {
      boolean found = mapping.sourcesOf(field).stream()
          .anyMatch(source -> columns.contains(ColumnMapping.splitPath(source).get(0)));
      if (!found) {
        String sources = String.join(" or ", mapping.sourcesOf(field));
        throw new InvalidInputException("Input file " + file + " does not include column " + sources
            + (sources.equals(field) ? "" : " (mapped to " + field + ")")
            + "; its columns are " + columns + ". Map another column with --map " + field + "=<column>.");
      }
    }
  }
}
