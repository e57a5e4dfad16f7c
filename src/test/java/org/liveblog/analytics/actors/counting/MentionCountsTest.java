package org.liveblog.analytics.actors.counting;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.actors.registry.Actor;
import org.liveblog.analytics.schema.Tables;

/** {@link MentionCounts} on hand-made mentions whose every number is worked out below. */
class MentionCountsTest {

  static final StructType MENTION = new StructType()
      .add("published_at", DataTypes.TimestampType).add("outlet", DataTypes.StringType)
      .add("actor_id", DataTypes.StringType).add("entry_key", DataTypes.StringType)
      .add("blog_id", DataTypes.StringType);
  static final StructType ENTRY = new StructType()
      .add("published_at", DataTypes.TimestampType).add("outlet", DataTypes.StringType);
  static final StructType ACTOR = new StructType()
      .add("actor_id", DataTypes.StringType).add("name", DataTypes.StringType).add("type", DataTypes.StringType);

  static List<Row> days;
  static List<Row> all;

  /**
   * Actor "a" on the "x" outlet: one entry a day with one mention on 2024-01-01 (a Monday) to 01-07, nothing on 01-08,
   * and on 01-09 five entries in two blogs with two mentions each. Actor "b": one mention on 01-09. Outlet "y": one
   * entry on 01-09 mentioning "a" once. Every day also has one entry that mentions nobody.
   */
  @BeforeAll
  static void compute() {
    SparkSession spark = SparkSessionExtension.session();
    List<Row> mentions = new ArrayList<>();
    List<Row> entries = new ArrayList<>();
    for (int d = 1; d <= 9; d++) {
      entries.add(RowFactory.create(at(d, 23), "x"));
    }
    for (int d = 1; d <= 7; d++) {
      mentions.add(RowFactory.create(at(d, 9), "x", "a", "e" + d, "blog-1"));
      entries.add(RowFactory.create(at(d, 9), "x"));
    }
    for (int e = 0; e < 5; e++) {
      for (int m = 0; m < 2; m++) {
        mentions.add(RowFactory.create(at(9, 10), "x", "a", "n" + e, e < 3 ? "blog-1" : "blog-2"));
      }
      entries.add(RowFactory.create(at(9, 10), "x"));
    }
    mentions.add(RowFactory.create(at(9, 10), "x", "b", "n0", "blog-1"));
    mentions.add(RowFactory.create(at(9, 12), "y", "a", "y1", "blog-y"));
    entries.add(RowFactory.create(at(9, 12), "y"));
    Dataset<Row> actors = spark.createDataFrame(List.of(RowFactory.create("a", "Actor A", "person"),
        RowFactory.create("b", "Actor B", "state"), RowFactory.create("c", "Never Mentioned", "state")), ACTOR);
    Dataset<Row> counts = Tables.ACTOR_MENTION_COUNTS.conform(MentionCounts.compute(
        spark.createDataFrame(mentions, MENTION), spark.createDataFrame(entries, ENTRY), actors, "t"));
    days = counts.filter(col("granularity").equalTo("day").and(col("outlet").equalTo("x")))
        .orderBy("actor_id", "period_start").collectAsList();
    all = counts.filter(col("outlet").equalTo("all").and(col("actor_id").equalTo("a")))
        .orderBy("granularity", "period_start").collectAsList();
  }

  static Timestamp at(int day, int hour) {
    return Timestamp.from(Instant.parse(String.format("2024-01-%02dT%02d:00:00Z", day, hour)));
  }

  private static Row day(String actor, int d) {
    return days.stream().filter(r -> r.getAs("actor_id").equals(actor)
        && r.<Timestamp>getAs("period_start").equals(at(d, 0))).findFirst().orElseThrow();
  }

  @Test
  void countsSharesRanksAndChanges() {
    Row spike = day("a", 9);
    assertThat(spike.<Long>getAs("mentions")).isEqualTo(10);
    assertThat(spike.<Long>getAs("entries")).isEqualTo(5);
    assertThat(spike.<Long>getAs("blogs")).isEqualTo(2);
    assertThat(spike.<Long>getAs("period_entries")).isEqualTo(6);
    assertThat(spike.<Double>getAs("share_of_entries")).isCloseTo(5 / 6.0, within(1e-12));
    assertThat(spike.<Integer>getAs("rank")).isEqualTo(1);
    assertThat(day("b", 9).<Integer>getAs("rank")).isEqualTo(2);
    // 01-08 had no mention: the period before counts as zero, and no row is written for it.
    assertThat(spike.<Long>getAs("previous_mentions")).isZero();
    assertThat(spike.<Long>getAs("change")).isEqualTo(10);
    assertThat(days.stream().filter(r -> r.getAs("actor_id").equals("a"))).hasSize(8);
    assertThat(day("a", 2).<Long>getAs("previous_mentions")).isEqualTo(1);
    assertThat(day("a", 2).<Long>getAs("change")).isZero();
  }

  @Test
  void everyRowNamesItsActorFromTheRegistry() {
    assertThat(days).isNotEmpty().allSatisfy(r -> assertThat(List.of(r.<String>getAs("actor_name"),
        r.<String>getAs("actor_type"))).isEqualTo(r.getAs("actor_id").equals("a") ? List.of("Actor A", "person")
            : List.of("Actor B", "state")));
    assertThat(all).isNotEmpty().allSatisfy(r -> assertThat(r.<String>getAs("actor_name")).isEqualTo("Actor A"));
  }

  @Test
  void theSpikeScoreComparesWithTheTrailingWindowCountingEmptyDaysAsZero() {
    // History of 01-09: eight days (01-01..01-08) with 1,1,1,1,1,1,1,0 mentions: mean 7/8, variance 7/8 - 49/64.
    Row spike = day("a", 9);
    double mean = 7 / 8.0;
    double std = Math.sqrt(7 / 8.0 - mean * mean);
    assertThat(spike.<Integer>getAs("window_periods")).isEqualTo(8);
    assertThat(spike.<Double>getAs("trailing_mean")).isCloseTo(mean, within(1e-12));
    assertThat(spike.<Double>getAs("trailing_std")).isCloseTo(std, within(1e-12));
    assertThat(spike.<Double>getAs("spike_z")).isCloseTo((10 - mean) / Math.max(std, 1.0), within(1e-12));
    // Too little history before 01-08 (seven days is the minimum): no score.
    assertThat(day("a", 7).<Double>getAs("spike_z")).isNull();
    assertThat(day("a", 7).<Integer>getAs("window_periods")).isEqualTo(6);
  }

  @Test
  void allOutletsAddUpAndWeeksStartOnMonday() {
    Row allDay9 = all.stream().filter(r -> r.getAs("granularity").equals("day")
        && r.<Timestamp>getAs("period_start").equals(at(9, 0))).findFirst().orElseThrow();
    assertThat(allDay9.<Long>getAs("mentions")).isEqualTo(11);
    assertThat(allDay9.<Long>getAs("entries")).isEqualTo(6);
    assertThat(allDay9.<Long>getAs("blogs")).isEqualTo(3);
    assertThat(allDay9.<Long>getAs("period_entries")).isEqualTo(7);
    List<Row> weeks = all.stream().filter(r -> r.getAs("granularity").equals("week")).toList();
    assertThat(weeks).extracting(r -> r.<Timestamp>getAs("period_start")).containsExactly(at(1, 0), at(8, 0));
    assertThat(weeks).extracting(r -> r.<Long>getAs("mentions")).containsExactly(7L, 11L);
    assertThat(all.stream().filter(r -> r.getAs("granularity").equals("hour"))).hasSize(9);
  }
}
