package org.liveblog.analytics.ingest;

import java.util.Locale;

/**
 * What a record's position counts (entries.record_kind, rejected_entries.record_kind), so that record_index can be a
 * number a reader can sort and seek by.
 */
public enum RecordKind {
  /** JSON Lines: byte offset of the line's first byte in the (decompressed) file. */
  BYTE,
  /** Parquet and CSV: 0-based row of the file (Parquet's row index; CSV data rows, the header not counted). */
  ROW,
  /** Guardian Content API: 0-based block of the document, counted across all its items. */
  BLOCK,
  /** Guardian Content API: a whole document that could not be read (index 0). */
  DOCUMENT;

  /** The value stored in the tables. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
