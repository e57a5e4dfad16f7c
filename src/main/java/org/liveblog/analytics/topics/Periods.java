package org.liveblog.analytics.topics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.dayofweek;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * The periods the topic tables count over: the UTC day, the ISO week (Monday to Sunday) and all time. A row is
 * exploded into one copy per granularity with its {@code granularity} and {@code period_key} (the period's first day;
 * a fixed placeholder for all time, whose real bounds come from the data).
 */
public final class Periods {

  public static final String DAY = "day";
  public static final String WEEK = "week";
  public static final String ALL = "all";

  /** The key of the single all-time period: any fixed date does; the real first and last days are computed. */
  static final Date ALL_TIME_KEY = Date.valueOf("1970-01-01");

  private Periods() {}

  /** The Monday on or before {@code date} (dayofweek: Sunday 1 … Saturday 7). */
  public static Column weekStart(Column date) {
    return date_sub(date, dayofweek(date).plus(5).mod(7));
  }

  /** An array of (granularity, period_key) structs for {@code date}, to explode. */
  public static Column periods(Column date, boolean withAllTime) {
    List<Column> periods = new ArrayList<>();
    periods.add(struct(lit(DAY).as("granularity"), date.as("period_key")));
    periods.add(struct(lit(WEEK).as("granularity"), weekStart(date).as("period_key")));
    if (withAllTime) {
      periods.add(struct(lit(ALL).as("granularity"), lit(ALL_TIME_KEY).as("period_key")));
    }
    return array(periods.toArray(Column[]::new));
  }

  /** explode({@link #periods}) as "period": select period.granularity and period.period_key after it. */
  public static Column explodePeriods(Column date, boolean withAllTime) {
    return explode(periods(date, withAllTime)).as("period");
  }

  /** The first day of a period: its key, or for all time the first date that has data. */
  public static Column periodStart(Column granularity, Column key, Column firstDateInData) {
    return when(granularity.equalTo(ALL), firstDateInData).otherwise(key);
  }

  /** The last day of a period: the day itself, the week's Sunday, or for all time the last date that has data. */
  public static Column periodEnd(Column granularity, Column key, Column lastDateInData) {
    return when(granularity.equalTo(DAY), key)
        .when(granularity.equalTo(WEEK), date_add(key, 6))
        .otherwise(lastDateInData);
  }
}
