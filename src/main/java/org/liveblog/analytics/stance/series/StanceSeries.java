package org.liveblog.analytics.stance.series;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.liveblog.analytics.schema.InputColumns;
import org.liveblog.analytics.schema.StanceTables;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stance.score.StanceScore;

/**
 * Rows of {@link StanceTables#STANCE_SERIES}: per day and ISO week, scoring method and (source, target) pair, the
 * number of statements, their mean score and the shares labelled negative and positive with {@link WilsonInterval}s.
 * One aggregation over the statements (each statement counted once per granularity); periods are numbered from
 * epoch days, so the result does not depend on the session time zone. Pure: no reads, writes or actions.
 */
public final class StanceSeries {

  public static final String STAGE = "stance series";

  private static final long DAY_SECONDS = 86_400;
  /** 1970-01-01 was a Thursday: ISO weeks are counted from Monday 1969-12-29, three days earlier. */
  private static final int WEEK_OFFSET_DAYS = 3;

  private StanceSeries() {}

  /**
   * The series of {@code statements} (rows of {@link StanceTables#STANCE_STATEMENTS}); a period with fewer than
   * {@code minSupport} statements is flagged {@code low_support}.
   */
  public static Dataset<Row> series(Dataset<Row> statements, int minSupport, String runId) {
    if (minSupport < 1) {
      throw new IllegalArgumentException("the series' minimum support must be at least 1, got " + minSupport);
    }
    InputColumns.require(STAGE, statements, StanceTables.STANCE_STATEMENTS, "published_date", "method",
        "source_actor_id", "target_actor_id", "score", "label");
    Column epochDay = expr("unix_date(published_date)");
    Column dayStart = timestamp_seconds(epochDay.cast("long").multiply(DAY_SECONDS));
    Column week = floor(epochDay.plus(WEEK_OFFSET_DAYS).divide(7));
    Column weekStart = timestamp_seconds(week.multiply(7).minus(WEEK_OFFSET_DAYS).multiply(DAY_SECONDS));
    Dataset<Row> narrow = statements.select(col("method"), col("source_actor_id"), col("target_actor_id"),
        col("score"), when(col("label").equalTo(StanceScore.NEGATIVE), 1).otherwise(0).as("negative"),
        when(col("label").equalTo(StanceScore.POSITIVE), 1).otherwise(0).as("positive"),
        dayStart.as("day_start"), weekStart.as("week_start"));
    Dataset<Row> byPeriod = narrow.select(col("method"), col("source_actor_id"), col("target_actor_id"),
            col("score"), col("negative"), col("positive"), lit("day").as("granularity"),
            col("day_start").as("period_start"))
        .unionByName(narrow.select(col("method"), col("source_actor_id"), col("target_actor_id"), col("score"),
            col("negative"), col("positive"), lit("week").as("granularity"), col("week_start").as("period_start")));
    Dataset<Row> counted = byPeriod
        .groupBy("granularity", "period_start", "method", "source_actor_id", "target_actor_id")
        .agg(count(lit(1)).as("n"), avg(col("score")).as("mean_score"), sum(col("negative")).as("negatives"),
            sum(col("positive")).as("positives"));
    Column n = col("n");
    return StanceTables.STANCE_SERIES.conform(counted
        .withColumn("negative_share", col("negatives").divide(n))
        .withColumn("negative_share_low", WilsonInterval.lower(col("negatives"), n))
        .withColumn("negative_share_high", WilsonInterval.upper(col("negatives"), n))
        .withColumn("positive_share", col("positives").divide(n))
        .withColumn("positive_share_low", WilsonInterval.lower(col("positives"), n))
        .withColumn("positive_share_high", WilsonInterval.upper(col("positives"), n))
        .withColumn("low_support", n.lt(minSupport))
        .withColumn(Tables.RUN_ID, lit(runId)));
  }
}
