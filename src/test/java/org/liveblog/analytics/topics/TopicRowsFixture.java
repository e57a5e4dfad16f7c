package org.liveblog.analytics.topics;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.liveblog.analytics.schema.RowBuilder;

/** Builds the input tables of the topics functions, with only the columns they read, by column name. */
public final class TopicRowsFixture {

  private TopicRowsFixture() {}

  public static final StructType ENTRIES = new StructType()
      .add("entry_key", DataTypes.StringType, false).add("outlet", DataTypes.StringType, false)
      .add("blog_id", DataTypes.StringType, false).add("published_at", DataTypes.TimestampType, false)
      .add("published_date", DataTypes.DateType, false).add("text", DataTypes.StringType, false);

  public static final StructType ENTRY_TOPICS = new StructType()
      .add("entry_key", DataTypes.StringType, false).add("method", DataTypes.StringType, false)
      .add("topic_id", DataTypes.StringType, false).add("weight", DataTypes.DoubleType, false)
      .add("published_date", DataTypes.DateType, false);

  public static final StructType MENTIONS = new StructType()
      .add("entry_key", DataTypes.StringType, false).add("sentence_index", DataTypes.IntegerType, false)
      .add("actor_id", DataTypes.StringType, true).add("published_date", DataTypes.DateType, false);

  public static final StructType SENTENCES = new StructType()
      .add("entry_key", DataTypes.StringType, false).add("sentence_index", DataTypes.IntegerType, false)
      .add("published_date", DataTypes.DateType, false);

  /** Builder of one table's rows. */
  public static final class Rows {
    private final StructType type;
    private final RowBuilder row;
    private final List<Row> rows = new ArrayList<>();

    public Rows(StructType type) {
      this.type = type;
      this.row = RowBuilder.of(type);
    }

    /** One row: alternating column names and values; every column of the type must be named. */
    public Rows add(Object... namesAndValues) {
      if (namesAndValues.length != 2 * type.size()) {
        throw new IllegalArgumentException("a row of " + type.simpleString() + " needs " + type.size()
            + " name-value pairs, got " + namesAndValues.length / 2);
      }
      for (int i = 0; i < namesAndValues.length; i += 2) {
        row.set(RowBuilder.index(type, (String) namesAndValues[i]), namesAndValues[i + 1]);
      }
      rows.add(row.build());
      return this;
    }

    public Dataset<Row> frame(SparkSession spark) {
      return spark.createDataFrame(rows, type);
    }
  }

  /** An entry at {@code at} (ISO instant) with this text. */
  public static Rows entry(Rows rows, String key, String blog, String at, String text) {
    Instant instant = Instant.parse(at);
    return rows.add("entry_key", key, "outlet", "guardian", "blog_id", blog, "published_at", Timestamp.from(instant),
        "published_date", Date.valueOf(at.substring(0, 10)), "text", text);
  }
}
