package org.liveblog.analytics.generate;

/** The ways a planted reject is broken, each with the reason code ingest is expected to give it. */
enum PlantedDefect {
  NULL_BODY("MISSING_FIELD", "body is null"),
  NULL_ENTRY_ID("MISSING_FIELD", "entry_id is null"),
  PUBLISHED_BEFORE_1990("TIMESTAMP_OUT_OF_RANGE",
      "published_at is 1970-01-01T00:00:00Z or 1989-12-31T12:00:00Z (updated_at null)"),
  WHITESPACE_BODY("MISSING_FIELD", "body (body_format text) is blank: only spaces, tabs and newlines"),
  TAGS_ONLY_BODY("EMPTY_BODY", "body (body_format html) is only HTML tags and whitespace");

  private final String reason;
  private final String description;

  PlantedDefect(String reason, String description) {
    this.reason = reason;
    this.description = description;
  }

  String reason() {
    return reason;
  }

  String description() {
    return description;
  }
}
