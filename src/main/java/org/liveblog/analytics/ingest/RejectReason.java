package org.liveblog.analytics.ingest;

/** Why an input record did not become an entry; stored in rejected_entries.reason. */
public enum RejectReason {
  /** A JSON Lines line or a Guardian file that is not a JSON object. */
  INVALID_JSON,
  /** A CSV row the parser could not split into the header's columns. */
  INVALID_CSV_ROW,
  /** The record's bytes are not valid UTF-8. */
  INVALID_UTF8,
  /** A required field (outlet, blog_id, entry_id, published_at, body) is absent, null or blank. */
  MISSING_FIELD,
  /** A field holds a value of the wrong kind (an object where text was expected, "maybe" for a boolean). */
  WRONG_TYPE,
  /** A timestamp that no supported format parses. */
  UNPARSABLE_TIMESTAMP,
  /** A timestamp before the configured earliest date or too far in the future. */
  TIMESTAMP_OUT_OF_RANGE,
  /** The body is empty once markup and whitespace are removed. */
  EMPTY_BODY,
  /** The body is longer than the configured limit. */
  BODY_TOO_LARGE,
  /** An older version of an entry whose (outlet, blog_id, entry_id) was seen again with a later update. */
  DUPLICATE_SUPERSEDED,
  /** A valid entry that a stage could not process (its code threw, or a row it produced broke a row rule). */
  PROCESSING_ERROR
}
