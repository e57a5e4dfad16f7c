package org.liveblog.analytics.actors.counting;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.apache.spark.sql.functions.unix_seconds;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.liveblog.analytics.schema.Tables;

/**
 * {@link Tables#ACTOR_MENTION_COUNTS}: resolved mentions per hour, day and week, per outlet and for all outlets, with
 * the actor's name and type, the share of the period's entries, rank, change against the period before, and a spike
 * z-score against a trailing window. Periods are numbered (hours, days or weeks since the epoch), so that the trailing windows are range windows
 * in which periods without mentions count as zero without being materialised.
 */
public final class MentionCounts {

  /** One granularity: how to number a period, where it starts, its trailing window and the history a z-score needs. */
  record Granularity(String name, long seconds, long offsetSeconds, int window, int minHistory) {

    /** Period number of a timestamp column. */
    Column index(Column timestamp) {
      return floor(unix_seconds(timestamp).plus(offsetSeconds).divide(seconds));
    }

    Column start(Column index) {
      return timestamp_seconds(index.multiply(seconds).minus(offsetSeconds));
    }
  }

  private static final long DAY = 86_400;

  /** ISO weeks start on Monday; 1970-01-01 was a Thursday, so weeks are counted from Monday 1969-12-29. */
  static final List<Granularity> GRANULARITIES = List.of(
      new Granularity("hour", 3_600, 0, 48, 12),
      new Granularity("day", DAY, 0, 28, 7),
      new Granularity("week", 7 * DAY, 3 * DAY, 12, 4));

  public static final String ALL_OUTLETS = "all";

  private MentionCounts() {}

  /**
   * The counts over {@code mentions} (rows of {@link Tables#ACTOR_MENTIONS}, the whole published corpus) and
   * {@code entries} (rows of {@link Tables#ENTRIES}, the same corpus) for the period totals, named from {@code actors}
   * (rows of {@link Tables#ACTORS}: the registry, a few thousand rows, broadcast) so that a chart needs no join.
   *
   * <p>Mentions are shuffled once, by (actor, outlet): that partitioning serves every grouping of one outlet's series
   * (each groups by those columns and more). They are first counted per entry (an entry falls in one period of each
   * granularity), then per blog, then per period; the 'all' series add up the outlets' series (entries and blogs
   * belong to one outlet). Only the series, which are small, meet the trailing windows; the period totals and each
   * outlet's first period are broadcast.
   */
  public static Dataset<Row> compute(Dataset<Row> mentions, Dataset<Row> entries, Dataset<Row> actors,
      String runId) {
    Dataset<Row> perEntry = mentions.filter(col("actor_id").isNotNull())
        .repartition(col("actor_id"), col("outlet"))
        .groupBy("actor_id", "outlet", "blog_id", "entry_key", "published_at")
        .agg(count(lit(1)).as("mentions"));
    Dataset<Row> perOutlet = periods(perEntry)
        .groupBy("granularity", "outlet", "actor_id", "period", "blog_id")
        .agg(sum(col("mentions")).as("mentions"), count(lit(1)).as("entries"))
        .groupBy("granularity", "outlet", "actor_id", "period")
        .agg(sum(col("mentions")).as("mentions"), sum(col("entries")).as("entries"), count(lit(1)).as("blogs"));
    Dataset<Row> allOutlets = perOutlet.groupBy("granularity", "actor_id", "period")
        .agg(sum(col("mentions")).as("mentions"), sum(col("entries")).as("entries"), sum(col("blogs")).as("blogs"))
        .withColumn("outlet", lit(ALL_OUTLETS));
    Dataset<Row> series = perOutlet.unionByName(allOutlets);
    Dataset<Row> periodEntries = periods(entries.select("published_at", "outlet")
            .withColumn("outlet", explode(array(col("outlet"), lit(ALL_OUTLETS)))))
        .groupBy("granularity", "outlet", "period")
        .agg(count(lit(1)).as("period_entries"));
    Dataset<Row> firstPeriod = periodEntries.groupBy("granularity", "outlet").agg(min(col("period")).as("first_period"));
    WindowSpec byPeriod = Window.partitionBy("granularity", "outlet", "actor_id").orderBy("period");
    Column trailingSum = lit(null);
    Column trailingSquares = lit(null);
    Column window = lit(null);
    Column minHistory = lit(null);
    // A range frame is fixed per window expression: one per granularity, the row's own chosen by when().
    for (Granularity g : GRANULARITIES) {
      WindowSpec trailing = byPeriod.rangeBetween(-g.window(), -1);
      Column isG = col("granularity").equalTo(g.name());
      trailingSum = when(isG, sum(col("mentions")).over(trailing)).otherwise(trailingSum);
      trailingSquares = when(isG, sum(col("mentions").multiply(col("mentions"))).over(trailing))
          .otherwise(trailingSquares);
      window = when(isG, lit(g.window())).otherwise(window);
      minHistory = when(isG, lit(g.minHistory())).otherwise(minHistory);
    }
    Column history = least(window, col("period").minus(col("first_period"))).cast("int");
    Column variance = col("trailing_squares").divide(col("window_periods"))
        .minus(col("trailing_mean").multiply(col("trailing_mean")));
    return series
        .join(broadcast(periodEntries), new String[] {"granularity", "outlet", "period"})
        .join(broadcast(firstPeriod), new String[] {"granularity", "outlet"})
        .withColumn("window_periods", history)
        .withColumn("trailing_sum", coalesce(trailingSum, lit(0L)))
        .withColumn("trailing_squares", coalesce(trailingSquares, lit(0L)))
        .withColumn("previous_mentions", coalesce(sum(col("mentions")).over(byPeriod.rangeBetween(-1, -1)), lit(0L)))
        .withColumn("trailing_mean",
            when(col("window_periods").gt(0), col("trailing_sum").divide(col("window_periods"))))
        .withColumn("trailing_std", when(col("window_periods").gt(0), sqrt(greatest(variance, lit(0.0)))))
        .withColumn("spike_z", when(col("window_periods").geq(minHistory),
            col("mentions").minus(col("trailing_mean")).divide(greatest(col("trailing_std"), lit(1.0)))))
        .withColumn("period_start", periodStart(col("granularity"), col("period")))
        .withColumn("share_of_entries", col("entries").divide(col("period_entries")))
        .withColumn("rank", rank().over(
            Window.partitionBy("granularity", "outlet", "period").orderBy(col("mentions").desc())))
        .withColumn("change", col("mentions").minus(col("previous_mentions")))
        // A left join: an actor missing from the registry keeps its counts and fails the reference check by name.
        .join(broadcast(actors.select(col("actor_id"), col("name").as("actor_name"), col("type").as("actor_type"))),
            new String[] {"actor_id"}, "left")
        .withColumn(Tables.RUN_ID, lit(runId));
  }

  /** Each row once per granularity, with its period number. */
  private static Dataset<Row> periods(Dataset<Row> rows) {
    Column[] perGranularity = GRANULARITIES.stream()
        .map(g -> struct(lit(g.name()).as("granularity"), g.index(col("published_at")).as("period")))
        .toArray(Column[]::new);
    return rows
        .withColumn("p", explode(array(perGranularity)))
        .withColumn("granularity", col("p.granularity"))
        .withColumn("period", col("p.period"))
        .drop("p");
  }

  private static Column periodStart(Column granularity, Column period) {
    Column start = lit(null);
    for (Granularity g : GRANULARITIES) {
      start = when(granularity.equalTo(g.name()), g.start(period)).otherwise(start);
    }
    return start;
  }
}
