package org.liveblog.analytics.ingest;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The input contract: the fields of one live-blog entry as a source must provide them (see README). */
public final class InputContract {

  private InputContract() {}

  public static final String OUTLET = "outlet";
  public static final String BLOG_ID = "blog_id";
  public static final String ENTRY_ID = "entry_id";
  public static final String PUBLISHED_AT = "published_at";
  public static final String BODY = "body";
  public static final String BODY_FORMAT = "body_format";
  public static final String BLOG_TITLE = "blog_title";
  public static final String BLOG_URL = "blog_url";
  public static final String HEADLINE = "headline";
  public static final String AUTHOR = "author";
  public static final String UPDATED_AT = "updated_at";
  public static final String IS_KEY_EVENT = "is_key_event";
  public static final String LANGUAGE = "language";

  /** Fields without which a record is rejected as MISSING_FIELD. */
  public static final List<String> REQUIRED = List.of(OUTLET, BLOG_ID, ENTRY_ID, PUBLISHED_AT, BODY);

  /** Every contract field, required first, in the order of the native Parquet layout. */
  public static final List<String> FIELDS = List.of(
      OUTLET, BLOG_ID, ENTRY_ID, PUBLISHED_AT, BODY, BODY_FORMAT, BLOG_TITLE, BLOG_URL, HEADLINE, AUTHOR,
      UPDATED_AT, IS_KEY_EVENT, LANGUAGE);

  public static DataType nativeType(String field) {
    return switch (field) {
      case PUBLISHED_AT, UPDATED_AT -> TimestampType;
      case IS_KEY_EVENT -> BooleanType;
      default -> StringType;
    };
  }

  /** The native Parquet layout of the contract (what `generate` writes). */
  public static StructType nativeSchema() {
    return new StructType(FIELDS.stream()
        .map(f -> new StructField(f, nativeType(f), !REQUIRED.contains(f), Metadata.empty()))
        .toArray(StructField[]::new));
  }
}
