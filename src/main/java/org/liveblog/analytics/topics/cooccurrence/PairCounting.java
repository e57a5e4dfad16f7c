package org.liveblog.analytics.topics.cooccurrence;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.liveblog.analytics.topics.Periods;

/**
 * Counts the pairs of items within units and turns the counts into association statistics, for every period (day,
 * week, all time). The shape shared by the three co-occurrence tables:
 *
 * <ol>
 *   <li>the records of the units' kept items and pairs ({@link EntryItems}), dated by their unit, are counted once
 *       per period with one aggregation (joint counts and single counts together), and each pair row takes its two
 *       single counts from that same aggregation;
 *   <li>the units of each scope are counted per period (the totals) from their counts per day, broadcast to the pairs
 *       with the period's first and last day;
 *   <li>the statistics come from {@link AssociationStatistics}, the same code the hand-checked tests run; the
 *       Benjamini-Hochberg q-values from two windows over each scope and period, ordered by p-value.
 * </ol>
 *
 * Every scope is its own family of tests and its own totals, so one call counts several tables' pairs at once.
 * Inputs: the records, and the units (scope, published_date, units: how many that day). Output: scope, granularity,
 * period_start, period_end, item_a, item_b and the counts and statistics columns of the co-occurrence tables. Pure: no
 * reads, writes or actions.
 */
final class PairCounting {

  private PairCounting() {}

  static Dataset<Row> pairsWithStatistics(Dataset<EntryItems.Record> records, Dataset<Row> unitsPerDay,
      CooccurrenceSettings settings) {
    Dataset<Row> counts = records.toDF()
        .select(col("scope"), col("side"), col("itemA").as("item_a"), col("itemB").as("item_b"),
            Periods.explodePeriods(col("publishedDate"), true))
        .select(col("scope"), col("period.granularity").as("granularity"), col("period.period_key").as("period_key"),
            col("side"), col("item_a"), col("item_b"))
        .groupBy("scope", "granularity", "period_key", "side", "item_a", "item_b")
        .agg(count(lit(1)).as("n"));
    String[] period = {"scope", "granularity", "period_key"};
    // Each pair takes its items' single counts from rows of the same aggregation, through two windows rather than two
    // joins: a join would read the counts twice more, and each read would run the per-entry pairing again. Item b's
    // count is its side-1 single in a two-sided scope (always there: a pair's items are kept items) and its side-0
    // single in a one-sided scope, which has no side 1.
    Column isPair = col("side").equalTo(EntryItems.Record.PAIR);
    WindowSpec itemB = Window.partitionBy(col(period[0]), col(period[1]), col(period[2]), col("key_b"));
    Dataset<Row> pairs = counts
        .withColumn("count_a", max(when(col("side").equalTo(0), col("n")))
            .over(Window.partitionBy(period[0], period[1], period[2], "item_a")))
        .withColumn("key_b", when(isPair, col("item_b")).otherwise(col("item_a")))
        .withColumn("count_b", coalesce(max(when(col("side").equalTo(1), col("n"))).over(itemB),
            max(when(col("side").equalTo(0), col("n"))).over(itemB)))
        .filter(isPair)
        .select(col("scope"), col("granularity"), col("period_key"), col("item_a"), col("item_b"),
            col("n").as("joint_count"), col("count_a"), col("count_b"));
    Dataset<Row> totals = unitsPerDay
        .select(col("scope"), col("published_date"), col("units"),
            Periods.explodePeriods(col("published_date"), true))
        .select(col("scope"), col("period.granularity").as("granularity"), col("period.period_key").as("period_key"),
            col("published_date"), col("units"))
        .groupBy(period[0], period[1], period[2])
        .agg(sum("units").as("total_count"), min("published_date").as("first_date"),
            max("published_date").as("last_date"));

    Dataset<Row> joined = pairs.join(broadcast(totals), period);
    return withStatistics(joined, settings)
        .select(col("scope"), col("granularity"),
            Periods.periodStart(col("granularity"), col("period_key"), col("first_date")).as("period_start"),
            Periods.periodEnd(col("granularity"), col("period_key"), col("last_date")).as("period_end"),
            col("item_a"), col("item_b"), col("joint_count"), col("count_a"), col("count_b"), col("total_count"),
            col("expected_count"), col("pmi"), col("npmi"), col("lift"), col("jaccard"), col("g2"), col("p_value"),
            col("q_value"), col("is_low_support"));
  }

  /** The statistics of each pair row (columns joint_count, count_a, count_b, total_count) and its q-value. */
  static Dataset<Row> withStatistics(Dataset<Row> counted, CooccurrenceSettings settings) {
    Column joint = col("joint_count");
    Column a = col("count_a");
    Column b = col("count_b");
    Column total = col("total_count");
    Dataset<Row> measured = counted
        .withColumn("expected_count", margins(AssociationStatistics::expected).apply(a, b, total))
        .withColumn("pmi", finite(statistic(AssociationStatistics::pmi).apply(joint, a, b, total)))
        .withColumn("npmi", statistic(AssociationStatistics::npmi).apply(joint, a, b, total))
        .withColumn("lift", statistic(AssociationStatistics::lift).apply(joint, a, b, total))
        .withColumn("jaccard", statistic(AssociationStatistics::jaccard).apply(joint, a, b, total))
        .withColumn("g2", statistic(AssociationStatistics::g2).apply(joint, a, b, total))
        .withColumn("p_value", udf((UDF1<Double, Double>) AssociationStatistics::chiSquarePValue,
            DataTypes.DoubleType).apply(col("g2")))
        .withColumn("is_low_support", joint.lt(settings.minJointCount())
            .or(margins(AssociationStatistics::smallestExpected).apply(a, b, total)
                .lt(settings.minExpectedCount())));
    // q_(i) = min over ranks k >= i of p_(k) · m / k: a running minimum from the largest p-value down.
    WindowSpec family = Window.partitionBy("scope", "granularity", "period_key");
    WindowSpec ascending = family.orderBy(col("p_value"), col("item_a"), col("item_b"));
    WindowSpec fromTheTop = family.orderBy(col("p_value").desc(), col("item_a").desc(), col("item_b").desc())
        .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    return measured
        .withColumn("bh_rank", row_number().over(ascending))
        .withColumn("bh_tests", count(lit(1)).over(family))
        // p · (m / k), not p · m / k: m / k >= 1 exactly, so the product never rounds below p (q >= p holds).
        .withColumn("bh_raw", least(lit(1.0), col("p_value").multiply(col("bh_tests").divide(col("bh_rank")))))
        .withColumn("q_value", min(col("bh_raw")).over(fromTheTop))
        .drop("bh_rank", "bh_tests", "bh_raw");
  }

  /** The kernel's minus infinity (PMI of a pair that never co-occurs) is a null in the tables. */
  private static Column finite(Column value) {
    return when(value.isin(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY).or(value.isNaN()), lit(null))
        .otherwise(value);
  }

  /** A statistic of the four counts (joint, count_a, count_b, total_count) as a Spark function. */
  private static UserDefinedFunction statistic(UDF4<Long, Long, Long, Long, Double> f) {
    return udf(f, DataTypes.DoubleType);
  }

  /** A statistic of the margins alone (count_a, count_b, total_count) as a Spark function. */
  private static UserDefinedFunction margins(UDF3<Long, Long, Long, Double> f) {
    return udf(f, DataTypes.DoubleType);
  }
}
