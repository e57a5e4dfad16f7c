package org.liveblog.analytics.ingest;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.liveblog.analytics.schema.RowBuilder;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Decides for each candidate whether it is a valid entry, and if not, the first reason in this order: a reader's parse
 * reason, missing required fields, wrong types, unparsable then out-of-range timestamps, a body over the size limit,
 * a body that is empty once cleaned. Valid records leave with their body cleaned and timestamps as epoch micros.
 */
public final class EntryValidator implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  public static final StructType SCHEMA = new StructType(new StructField[] {
      field(Candidate.SOURCE_FILE, StringType), field(Candidate.RECORD_INDEX, StringType),
      field(Candidate.RAW_RECORD, StringType), field("reason", StringType), field("detail", StringType),
      field(InputContract.OUTLET, StringType), field(InputContract.BLOG_ID, StringType),
      field(InputContract.ENTRY_ID, StringType), field(InputContract.HEADLINE, StringType),
      field(InputContract.BLOG_TITLE, StringType), field(InputContract.BLOG_URL, StringType),
      field(InputContract.AUTHOR, StringType), field(InputContract.LANGUAGE, StringType),
      field(InputContract.BODY_FORMAT, StringType), field("text", StringType),
      field("published_micros", LongType), field("updated_micros", LongType), field(InputContract.IS_KEY_EVENT, BooleanType)
  });

  private static final int IN_SOURCE_FILE = Candidate.SCHEMA.fieldIndex(Candidate.SOURCE_FILE);
  private static final int IN_RECORD_INDEX = Candidate.SCHEMA.fieldIndex(Candidate.RECORD_INDEX);
  private static final int IN_RAW_RECORD = Candidate.SCHEMA.fieldIndex(Candidate.RAW_RECORD);
  private static final int IN_PARSE_REASON = Candidate.SCHEMA.fieldIndex(Candidate.PARSE_REASON);
  private static final int IN_PARSE_DETAIL = Candidate.SCHEMA.fieldIndex(Candidate.PARSE_DETAIL);

  private static final int SOURCE_FILE = SCHEMA.fieldIndex(Candidate.SOURCE_FILE);
  private static final int RECORD_INDEX = SCHEMA.fieldIndex(Candidate.RECORD_INDEX);
  private static final int RAW_RECORD = SCHEMA.fieldIndex(Candidate.RAW_RECORD);
  private static final int REASON = SCHEMA.fieldIndex("reason");
  private static final int DETAIL = SCHEMA.fieldIndex("detail");
  private static final int OUTLET = SCHEMA.fieldIndex(InputContract.OUTLET);
  private static final int BLOG_ID = SCHEMA.fieldIndex(InputContract.BLOG_ID);
  private static final int ENTRY_ID = SCHEMA.fieldIndex(InputContract.ENTRY_ID);
  private static final int HEADLINE = SCHEMA.fieldIndex(InputContract.HEADLINE);
  private static final int BLOG_TITLE = SCHEMA.fieldIndex(InputContract.BLOG_TITLE);
  private static final int BLOG_URL = SCHEMA.fieldIndex(InputContract.BLOG_URL);
  private static final int AUTHOR = SCHEMA.fieldIndex(InputContract.AUTHOR);
  private static final int LANGUAGE = SCHEMA.fieldIndex(InputContract.LANGUAGE);
  private static final int BODY_FORMAT = SCHEMA.fieldIndex(InputContract.BODY_FORMAT);
  private static final int TEXT = SCHEMA.fieldIndex("text");
  private static final int PUBLISHED_MICROS = SCHEMA.fieldIndex("published_micros");
  private static final int UPDATED_MICROS = SCHEMA.fieldIndex("updated_micros");
  private static final int IS_KEY_EVENT = SCHEMA.fieldIndex(InputContract.IS_KEY_EVENT);

  private final ValidationRules rules;

  public EntryValidator(ValidationRules rules) {
    this.rules = rules;
  }

  private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
    return new StructField(name, type, true, Metadata.empty());
  }

  @Override
  public Iterator<Row> call(Iterator<Row> candidates) {
    long earliest = rules.earliestMicros();
    long latest = rules.latestMicros();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return candidates.hasNext();
      }

      @Override
      public Row next() {
        return validate(candidates.next(), earliest, latest);
      }
    };
  }

  Row validate(Row c, long earliest, long latest) {
    String parseReason = c.getString(IN_PARSE_REASON);
    if (parseReason != null) {
      return reject(c, parseReason, c.getString(IN_PARSE_DETAIL));
    }
    List<String> missing = new ArrayList<>();
    for (String field : InputContract.REQUIRED) {
      String value = value(c, field);
      if (value == null || value.isBlank()) {
        missing.add(field);
      }
    }
    if (!missing.isEmpty()) {
      return reject(c, RejectReason.MISSING_FIELD.name(), String.join(", ", missing));
    }
    Boolean keyEvent = parseBoolean(value(c, InputContract.IS_KEY_EVENT));
    if (keyEvent == null) {
      return reject(c, RejectReason.WRONG_TYPE.name(),
          "is_key_event: expected true or false, got '" + value(c, InputContract.IS_KEY_EVENT) + "'");
    }
    String format = value(c, InputContract.BODY_FORMAT);
    format = format == null || format.isBlank() ? "text" : format.strip().toLowerCase(Locale.ROOT);
    if (!format.equals("text") && !format.equals("html")) {
      return reject(c, RejectReason.WRONG_TYPE.name(), "body_format: expected text or html, got '" + format + "'");
    }
    Long published = Timestamps.parseMicros(value(c, InputContract.PUBLISHED_AT));
    if (published == null) {
      return reject(c, RejectReason.UNPARSABLE_TIMESTAMP.name(),
          "published_at: '" + value(c, InputContract.PUBLISHED_AT) + "'");
    }
    String updatedText = value(c, InputContract.UPDATED_AT);
    Long updated = null;
    if (updatedText != null && !updatedText.isBlank()) {
      updated = Timestamps.parseMicros(updatedText);
      if (updated == null) {
        return reject(c, RejectReason.UNPARSABLE_TIMESTAMP.name(), "updated_at: '" + updatedText + "'");
      }
    }
    String outOfRange = outOfRange("published_at", published, earliest, latest);
    if (outOfRange == null && updated != null) {
      outOfRange = outOfRange("updated_at", updated, earliest, latest);
    }
    if (outOfRange != null) {
      return reject(c, RejectReason.TIMESTAMP_OUT_OF_RANGE.name(), outOfRange);
    }
    String body = value(c, InputContract.BODY);
    // Characters as every offset of the tables counts them: code points (a UTF-16 length bounds them from above).
    if (body.length() > rules.maxBodyChars() && body.codePointCount(0, body.length()) > rules.maxBodyChars()) {
      return reject(c, RejectReason.BODY_TOO_LARGE.name(), "body has " + body.codePointCount(0, body.length())
          + " characters, the limit is " + rules.maxBodyChars());
    }
    String text = BodyCleaner.clean(body, format.equals("html"));
    if (text.isEmpty()) {
      return reject(c, RejectReason.EMPTY_BODY.name(), "body has no text once " + format + " is cleaned");
    }
    String language = value(c, InputContract.LANGUAGE);
    return RowBuilder.of(SCHEMA)
        .set(SOURCE_FILE, c.getString(IN_SOURCE_FILE))
        .set(RECORD_INDEX, c.getString(IN_RECORD_INDEX))
        .set(RAW_RECORD, c.getString(IN_RAW_RECORD))
        .set(OUTLET, value(c, InputContract.OUTLET).strip())
        .set(BLOG_ID, value(c, InputContract.BLOG_ID).strip())
        .set(ENTRY_ID, value(c, InputContract.ENTRY_ID).strip())
        .set(HEADLINE, blankToNull(value(c, InputContract.HEADLINE)))
        .set(BLOG_TITLE, blankToNull(value(c, InputContract.BLOG_TITLE)))
        .set(BLOG_URL, blankToNull(value(c, InputContract.BLOG_URL)))
        .set(AUTHOR, blankToNull(value(c, InputContract.AUTHOR)))
        .set(LANGUAGE, language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT))
        .set(BODY_FORMAT, format)
        .set(TEXT, text)
        .set(PUBLISHED_MICROS, published)
        .set(UPDATED_MICROS, updated)
        .set(IS_KEY_EVENT, keyEvent)
        .build();
  }

  /** The detail for a timestamp outside the window, or null; it names no run-specific time, so reruns agree. */
  private String outOfRange(String field, long micros, long earliest, long latest) {
    if (micros >= earliest && micros <= latest) {
      return null;
    }
    String when = Instant.EPOCH.plus(micros, ChronoUnit.MICROS).toString();
    return micros < earliest
        ? field + " " + when + " is before the earliest accepted date " + rules.earliestDate()
        : field + " " + when + " is more than " + ValidationRules.FUTURE_SLACK_HOURS + " h after the run started";
  }

  /** A rejection keeps the ids and, when it parses, published_at: rejections are filed under their date too. */
  private static Row reject(Row c, String reason, String detail) {
    String published = value(c, InputContract.PUBLISHED_AT);
    return RowBuilder.of(SCHEMA)
        .set(SOURCE_FILE, c.getString(IN_SOURCE_FILE))
        .set(RECORD_INDEX, c.getString(IN_RECORD_INDEX))
        .set(RAW_RECORD, c.getString(IN_RAW_RECORD))
        .set(REASON, reason)
        .set(DETAIL, detail)
        .set(OUTLET, value(c, InputContract.OUTLET))
        .set(BLOG_ID, value(c, InputContract.BLOG_ID))
        .set(ENTRY_ID, value(c, InputContract.ENTRY_ID))
        .set(PUBLISHED_MICROS, published == null ? null : Timestamps.parseMicros(published))
        .build();
  }

  private static String value(Row c, String field) {
    return c.getString(Candidate.indexOf(field));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static Boolean parseBoolean(String s) {
    if (s == null || s.isBlank()) {
      return Boolean.FALSE;
    }
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "true", "t", "yes", "y", "1" -> Boolean.TRUE;
      case "false", "f", "no", "n", "0" -> Boolean.FALSE;
      default -> null;
    };
  }
}
