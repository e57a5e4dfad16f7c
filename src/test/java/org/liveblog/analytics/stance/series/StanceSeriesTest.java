package org.liveblog.analytics.stance.series;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.schema.StanceTables;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.stance.StanceRows;

/** Wilson intervals against hand-computed values, and the day and week series of a few literal statements. */
class StanceSeriesTest {

  static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SparkSessionExtension.session();
  }

  @Test
  void wilsonIntervalsMatchTheHandComputedValues() {
    // 3 of 10: p = 0.3, z² = 3.841459; center = (0.3 + 0.192073) / 1.384146 = 0.355507,
    // half = 1.959964 / 1.384146 * sqrt(0.021 + 0.009604) = 0.247715
    double[] interval = WilsonInterval.of(3, 10);
    assertThat(interval[0]).isCloseTo(0.107791267406, within(1e-9));
    assertThat(interval[1]).isCloseTo(0.603221852539, within(1e-9));
    // At the edges the interval is not empty and stays in [0, 1].
    assertThat(WilsonInterval.of(0, 4)).containsExactly(new double[] {0.0, 0.489890836455}, within(1e-9));
    assertThat(WilsonInterval.of(2, 2)[1]).isEqualTo(1.0);
    assertThatThrownBy(() -> WilsonInterval.of(3, 2)).hasMessageContaining("k=3, n=2");
    // Rounding put 0 of 7 at 2.8e-17 and 10 of 10 at 1 - 1e-16 before the bounds were clamped to the share.
    for (long n = 1; n <= 40; n++) {
      assertThat(WilsonInterval.of(0, n)[0]).as("lower of 0 of %d", n).isEqualTo(0.0);
      assertThat(WilsonInterval.of(n, n)[1]).as("upper of %d of %d", n, n).isEqualTo(1.0);
    }
    for (Row edges : spark.range(1, 41).select(col("id"), WilsonInterval.lower(lit(0L), col("id")),
        WilsonInterval.upper(col("id"), col("id"))).collectAsList()) {
      assertThat(edges.getDouble(1)).as("lower column of 0 of %d", edges.getLong(0)).isEqualTo(0.0);
      assertThat(edges.getDouble(2)).as("upper column of %d of %d", edges.getLong(0), edges.getLong(0)).isEqualTo(1.0);
    }
    Row columns = spark.range(1)
        .select(WilsonInterval.lower(lit(3L), lit(10L)), WilsonInterval.upper(lit(3L), lit(10L))).first();
    assertThat(columns.getDouble(0)).isCloseTo(interval[0], within(1e-12));
    assertThat(columns.getDouble(1)).isCloseTo(interval[1], within(1e-12));
  }

  private static String statement(String date, String source, String target, double score, String label, int i) {
    return "{\"entry_key\":\"k" + i + "\",\"entry_id\":\"e" + i + "\",\"sentence_index\":0,\"method\":\"lexicon\","
        + "\"source_actor_id\":\"" + source + "\",\"target_actor_id\":\"" + target + "\",\"score\":" + score
        + ",\"label\":\"" + label + "\",\"confidence\":0.5,\"published_date\":\"" + date + "\"}";
  }

  static Dataset<Row> statements() {
    return StanceRows.of(spark, StanceTables.STANCE_STATEMENTS.sparkType(),
        // Monday 2024-01-01: two negative, one neutral, one positive.
        statement("2024-01-01", "RUS", "NATO", -0.5, "negative", 1),
        statement("2024-01-01", "RUS", "NATO", -0.2, "negative", 2),
        statement("2024-01-01", "RUS", "NATO", 0.0, "neutral", 3),
        statement("2024-01-01", "RUS", "NATO", 0.3, "positive", 4),
        // Wednesday of the same ISO week: two positive.
        statement("2024-01-03", "RUS", "NATO", 0.4, "positive", 5),
        statement("2024-01-03", "RUS", "NATO", 0.6, "positive", 6),
        // Monday of the next week, and another pair.
        statement("2024-01-08", "RUS", "NATO", -0.6, "negative", 7),
        statement("2024-01-08", "NATO", "RUS", 0.2, "positive", 8));
  }

  private static Row row(List<Row> rows, String granularity, String start, String source) {
    return rows.stream().filter(r -> r.<String>getAs("granularity").equals(granularity)
            && r.<java.sql.Timestamp>getAs("period_start").toInstant().toString().equals(start + "T00:00:00Z")
            && r.<String>getAs("source_actor_id").equals(source))
        .findFirst().orElseThrow(() -> new AssertionError("no " + granularity + " row for " + start + " " + source));
  }

  @Test
  void daysAndIsoWeeksCountSharesWithIntervals() {
    List<Row> rows = StanceSeries.series(statements(), 5, "run-1").collectAsList();
    assertThat(rows).hasSize(7);
    Row monday = row(rows, "day", "2024-01-01", "RUS");
    assertThat(monday.<Long>getAs("n")).isEqualTo(4L);
    assertThat(monday.<Double>getAs("mean_score")).isCloseTo(-0.1, within(1e-12));
    assertThat(monday.<Double>getAs("negative_share")).isEqualTo(0.5);
    // Wilson 2 of 4 and 1 of 4, computed by hand as above.
    assertThat(monday.<Double>getAs("negative_share_low")).isCloseTo(0.150038989152, within(1e-9));
    assertThat(monday.<Double>getAs("negative_share_high")).isCloseTo(0.849961010848, within(1e-9));
    assertThat(monday.<Double>getAs("positive_share")).isEqualTo(0.25);
    assertThat(monday.<Double>getAs("positive_share_low")).isCloseTo(0.045587260810, within(1e-9));
    assertThat(monday.<Double>getAs("positive_share_high")).isCloseTo(0.699358157418, within(1e-9));
    assertThat(monday.<Boolean>getAs("low_support")).isTrue();
    // The week of Monday 1 January holds Wednesday's statements too: n = 6, 2 negative, 3 positive.
    Row week = row(rows, "week", "2024-01-01", "RUS");
    assertThat(week.<Long>getAs("n")).isEqualTo(6L);
    assertThat(week.<Double>getAs("mean_score")).isCloseTo(0.1, within(1e-12));
    assertThat(week.<Double>getAs("positive_share_low")).isCloseTo(0.187616306483, within(1e-9));
    assertThat(week.<Boolean>getAs("low_support")).isFalse();
    Row next = row(rows, "week", "2024-01-08", "RUS");
    assertThat(next.<Double>getAs("negative_share_low")).isCloseTo(0.206549314377, within(1e-9));
    assertThat(next.<Double>getAs("negative_share_high")).isEqualTo(1.0);
    assertThat(rows).allSatisfy(r -> assertThat(r.<String>getAs("run_id")).isEqualTo("run-1"));
  }

  @Test
  void theSeriesKeepsItsRowRulesAndKey() {
    Dataset<Row> series = StanceSeries.series(statements(), 5, "run-1");
    TableSchema table = StanceTables.STANCE_SERIES;
    assertThat(series.schema().fieldNames()).containsExactlyElementsOf(table.columnNames());
    for (TableSchema.RowRule rule : table.rowRules()) {
      assertThat(series.filter("NOT (" + rule.condition() + ")").count()).as(rule.name()).isZero();
    }
    assertThat(series.select(table.key().stream().map(org.apache.spark.sql.functions::col).toArray(
        org.apache.spark.sql.Column[]::new)).distinct().count()).isEqualTo(series.count());
  }

  @Test
  void emptyAndMalformedInput() {
    assertThat(StanceSeries.series(statements().filter(col("score").gt(1)), 5, "r").count()).isZero();
    assertThatThrownBy(() -> StanceSeries.series(statements().drop("label"), 5, "r"))
        .hasMessageContaining("stance series: input does not include column label");
    assertThatThrownBy(() -> StanceSeries.series(statements(), 0, "r")).hasMessageContaining("at least 1, got 0");
  }
}
