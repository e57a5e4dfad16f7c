package org.liveblog.analytics.stance.shifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The change-point statistic and its permutation p-value on tiny series worked out by hand. */
class ChangePointSearchTest {

  private static ShiftSettings settings(int minSupport, int minDays, int permutations, int maxChanges) {
    return new ShiftSettings(minSupport, minDays, permutations, 20, 0.05, maxChanges, 3, 7L);
  }

  /** Scores are ±1, so a day's sum of squares is its count. */
  private static ChangePointSearch.Series series(long[] n, double[] sum) {
    double[] squares = new double[n.length];
    for (int d = 0; d < n.length; d++) {
      squares[d] = n[d];
    }
    return new ChangePointSearch.Series(n, sum, squares);
  }

  @Test
  void theStatisticWeighsDaysByTheirStatements() {
    // Days A (1 statement, +1), B (3, all +1), C (2, both -1). n = 6, mean 1/3, variance 6/6 - 1/9 = 8/9.
    // Split A|BC: 1 * 5 / 6 * (1 - 0.2)^2 = 0.5333, / (8/9) = 0.6.  Split AB|C: 4 * 2 / 6 * (1 - (-1))^2 = 5.3333,
    // / (8/9) = 6.0. The best split is before day 2 with T = 6.
    ChangePointSearch.Series s = series(new long[] {1, 3, 2}, new double[] {1, 3, -2});
    ChangePointSearch.Split split = ChangePointSearch.bestSplit(s, 0, 3, 1, 1);
    assertThat(split.at()).isEqualTo(2);
    assertThat(split.statistic()).isCloseTo(6.0, within(1e-12));
    // With 3 statements required on each side only A B | C would do, and C has 2: no split.
    assertThat(ChangePointSearch.bestSplit(s, 0, 3, 3, 1)).isNull();
  }

  @Test
  void theExactPermutationPValueCountsEveryOrderOfTheDays() {
    // The 6 orders of A, B, C and their largest statistic (by hand as above):
    // ABC 6, ACB 3, BAC 6, BCA 3, CAB 6, CBA 6 (e.g. ACB: AC|B = 3 * 3 / 6 * (-1/3 - 1)^2 / (8/9) = 3).
    // 4 of 6 reach the observed 6: p = 2/3.
    ChangePointSearch.Series s = series(new long[] {1, 3, 2}, new double[] {1, 3, -2});
    double p = ChangePointSearch.pValue(s, 0, 3, 6.0, settings(1, 1, 999, 1), new SplittableRandom(1));
    assertThat(p).isCloseTo(2.0 / 3, within(1e-12));
    // Four days of two statements, +1 +1 -1 -1 per day: T = 4 * 4 / 8 * 2^2 / 1 = 8 at the middle. Of the 24 orders,
    // the 8 that put both + days on one side reach 8 (the others reach 8/3 at most): p = 1/3.
    ChangePointSearch.Series four = series(new long[] {2, 2, 2, 2}, new double[] {2, 2, -2, -2});
    assertThat(ChangePointSearch.bestSplit(four, 0, 4, 1, 1).statistic()).isCloseTo(8.0, within(1e-12));
    assertThat(ChangePointSearch.pValue(four, 0, 4, 8.0, settings(1, 1, 999, 1), new SplittableRandom(1)))
        .isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void longerSeriesUseSeededRandomOrders() {
    // Ten days, five of +1 then five of -1 (three statements a day): only 2 of the 252 ways to place the + days
    // reach the observed statistic, so p is about (1 + 999 * 2/252) / 1000.
    long[] n = new long[10];
    double[] sum = new double[10];
    for (int d = 0; d < 10; d++) {
      n[d] = 3;
      sum[d] = d < 5 ? 3 : -3;
    }
    ChangePointSearch.Series s = series(n, sum);
    double observed = ChangePointSearch.bestSplit(s, 0, 10, 1, 1).statistic();
    double p = ChangePointSearch.pValue(s, 0, 10, observed, settings(1, 1, 999, 1), new SplittableRandom(42));
    assertThat(p).isBetween(0.001, 0.03);
    assertThat(ChangePointSearch.pValue(s, 0, 10, observed, settings(1, 1, 999, 1), new SplittableRandom(42)))
        .isEqualTo(p);
  }

  @Test
  void aTestWithoutAChangeStopsEarly() {
    // Ten days alternating +1 and -1: most random orders split it as well as the observed one, so the sequential
    // test stops at its 20th exceedance, long before 9,999 orders: p = 20 / orders drawn.
    long[] n = new long[10];
    double[] sum = new double[10];
    for (int d = 0; d < 10; d++) {
      n[d] = 2;
      sum[d] = d % 2 == 0 ? 2 : -2;
    }
    ChangePointSearch.Series s = series(n, sum);
    double observed = ChangePointSearch.bestSplit(s, 0, 10, 1, 1).statistic();
    double p = ChangePointSearch.pValue(s, 0, 10, observed, settings(1, 1, 9_999, 1), new SplittableRandom(3));
    double drawn = 20 / p;
    assertThat(drawn).isCloseTo(Math.rint(drawn), within(1e-6)).isLessThan(200);
    assertThat(p).isGreaterThan(0.1);
  }

  @Test
  void binarySegmentationFindsTheStrongestChangeFirst() {
    // 0.8 for 8 days, then -0.8 for 8 days, then -0.2 for 8 days (two statements a day, scores ±0.2 around it).
    int days = 24;
    long[] n = new long[days];
    double[] sum = new double[days];
    double[] squares = new double[days];
    for (int d = 0; d < days; d++) {
      double level = d < 8 ? 0.8 : d < 16 ? -0.8 : -0.2;
      n[d] = 2;
      sum[d] = 2 * level;
      squares[d] = (level + 0.2) * (level + 0.2) + (level - 0.2) * (level - 0.2);
    }
    List<ChangePointSearch.Change> changes = ChangePointSearch.search(
        new ChangePointSearch.Series(n, sum, squares), settings(4, 2, 199, 2), 11L);
    assertThat(changes).hasSize(2);
    ChangePointSearch.Change first = changes.get(0);
    assertThat(first.rank()).isEqualTo(1);
    assertThat(first.split()).isEqualTo(8);
    assertThat(first.meanBefore()).isCloseTo(0.8, within(1e-12));
    assertThat(first.meanAfter()).isCloseTo(-0.5, within(1e-12));
    assertThat(first.nBefore()).isEqualTo(16);
    assertThat(first.pValue()).isEqualTo(1.0 / 200);
    ChangePointSearch.Change second = changes.get(1);
    assertThat(second.start()).isEqualTo(8);
    assertThat(second.split()).isEqualTo(16);
    assertThat(second.end()).isEqualTo(24);
    assertThat(changes).isEqualTo(ChangePointSearch.search(new ChangePointSearch.Series(n, sum, squares),
        settings(4, 2, 199, 2), 11L));
  }

  @Test
  void aFlatSeriesHasNoSplitAndBadSettingsFailNamingTheSetting() {
    ChangePointSearch.Series flat = series(new long[] {2, 2, 2}, new double[] {2, 2, 2});
    assertThat(ChangePointSearch.search(flat, settings(1, 1, 99, 3), 1L)).isEmpty();
    assertThatThrownBy(() -> new ShiftSettings(0, 1, 99, 20, 0.05, 1, 3, 1L)).hasMessageContaining("min support");
    assertThatThrownBy(() -> new ShiftSettings(1, 1, 99, 20, 1.5, 1, 3, 1L)).hasMessageContaining("fdr");
    assertThatThrownBy(() -> new ShiftSettings(1, 1, 5, 2, 0.05, 1, 3, 1L)).hasMessageContaining("permutations");
    assertThatThrownBy(() -> new ShiftSettings(1, 1, 99, 100, 0.05, 1, 3, 1L)).hasMessageContaining("exceedances");
  }
}
