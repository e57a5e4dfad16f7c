package org.liveblog.analytics.stance.shifts;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Finds changes in the mean of one pair's daily stance series by <b>binary segmentation</b> with a <b>permutation
 * test</b> on every split.
 *
 * <p>Why binary segmentation. A pair's series is short (one point per day with statements, at most a few hundred) and
 * its days carry very different numbers of statements, so the test must weigh days by their statements and must not
 * assume a noise model the scores do not follow (they are bounded, lumpy, often bimodal). Binary segmentation
 * proposes one split at a time, the split with the largest likelihood-ratio statistic of its segment, which is
 * exactly the hypothesis a permutation test can check without a model: "the days of this segment are exchangeable".
 * PELT finds the optimal set of changes for a penalised cost, but its penalty is a model-based choice and the set has
 * no p-value per change; Bayesian online change-point detection gives run-length posteriors under a chosen hazard
 * rate and likelihood, again no frequentist p-value to correct across pairs. With a handful of changes per pair the
 * greedy order of binary segmentation costs nothing in accuracy, and each test is O(days) per permutation with prefix
 * sums.
 *
 * <p>The statistic of splitting a segment before day τ: {@code T(τ) = n_L n_R / n × (mean_L - mean_R)² / s²}, where
 * n, mean are statement counts and mean scores of the two sides and s² the variance of the segment's scores: the
 * Gaussian likelihood-ratio statistic of one mean shift, weighted by statements. A split needs {@code minSupport}
 * statements and {@code minDays} days on each side. The segment's statistic is the largest T over its splits.
 *
 * <p>The p-value: the days of the segment (each with its count and score sum) are shuffled and the largest T
 * recomputed; s² does not change under shuffling, so this is a test of exchangeability of the days. With at most
 * {@code permutations} distinct orders every order is enumerated and p is the exact share of orders whose statistic
 * reaches the observed one. Otherwise seeded random orders are drawn, sequentially (Besag and Clifford 1991): once
 * {@code exceedances} of them reached the observed statistic, p = exceedances / orders drawn (a pair without a change
 * costs a few dozen orders); else, after {@code permutations} orders, p = (1 + reaching) / (1 + permutations). The
 * same seed gives the same orders, so reruns agree. Binary segmentation then splits the segment and goes on with the segment of the largest statistic, up to
 * {@code maxChanges} changes; which of them are reported is decided across pairs ({@link StanceShifts}).
 */
public final class ChangePointSearch {

  /** Relative slack when comparing a shuffled statistic with the observed one, for ties lost to rounding. */
  private static final double TIE = 1e-9;

  private ChangePointSearch() {}

  /**
   * One pair's daily series, days ascending: statements per day, their score sum and sum of squared scores (indices
   * are day positions, not dates).
   */
  public record Series(long[] n, double[] sum, double[] squares) {

    public Series {
      if (n.length != sum.length || n.length != squares.length) {
        throw new IllegalArgumentException("n, sum and squares must have one value per day");
      }
    }

    public int days() {
      return n.length;
    }
  }

  /**
   * A change found in segment {@code [start, end)} (day positions): the new level starts at day position
   * {@code split}.
   */
  public record Change(int rank, int start, int split, int end, long nBefore, long nAfter, double meanBefore,
      double meanAfter, double statistic, double pValue) {}

  /** The largest statistic of a segment and where it splits. */
  public record Split(int at, double statistic) {}

  /** Up to {@code settings.maxChanges()} changes, in the order binary segmentation finds them. */
  public static List<Change> search(Series series, ShiftSettings settings, long seed) {
    List<int[]> segments = new ArrayList<>();
    List<Split> splits = new ArrayList<>();
    segments.add(new int[] {0, series.days()});
    splits.add(bestSplit(series, 0, series.days(), settings.minSupport(), settings.minDays()));
    List<Change> changes = new ArrayList<>();
    for (int rank = 1; rank <= settings.maxChanges(); rank++) {
      int chosen = -1;
      for (int s = 0; s < segments.size(); s++) {
        if (splits.get(s) != null && (chosen < 0 || splits.get(s).statistic() > splits.get(chosen).statistic())) {
          chosen = s;
        }
      }
      if (chosen < 0) {
        break;
      }
      int a = segments.get(chosen)[0];
      int b = segments.get(chosen)[1];
      Split split = splits.get(chosen);
      double p = pValue(series, a, b, split.statistic(), settings, new SplittableRandom(mix(seed, a, b)));
      long nBefore = 0;
      double sumBefore = 0;
      long nAll = 0;
      double sumAll = 0;
      for (int d = a; d < b; d++) {
        if (d < split.at()) {
          nBefore += series.n()[d];
          sumBefore += series.sum()[d];
        }
        nAll += series.n()[d];
        sumAll += series.sum()[d];
      }
      long nAfter = nAll - nBefore;
      changes.add(new Change(rank, a, split.at(), b, nBefore, nAfter, sumBefore / nBefore,
          (sumAll - sumBefore) / nAfter, split.statistic(), p));
      segments.set(chosen, new int[] {a, split.at()});
      splits.set(chosen, bestSplit(series, a, split.at(), settings.minSupport(), settings.minDays()));
      segments.add(new int[] {split.at(), b});
      splits.add(bestSplit(series, split.at(), b, settings.minSupport(), settings.minDays()));
    }
    return changes;
  }

  /** The best split of day positions {@code [a, b)} in their own order, or null when no split is allowed. */
  public static Split bestSplit(Series series, int a, int b, int minSupport, int minDays) {
    int[] order = identity(a, b);
    double variance = variance(series, a, b);
    if (!(variance > 0)) {
      return null;
    }
    int[] at = new int[1];
    double best = maxStatistic(series, order, total(series, a, b), sum(series, a, b), variance, minSupport, minDays,
        at);
    return best > 0 ? new Split(a + at[0], best) : null;
  }

  /**
   * The permutation p-value of a segment whose largest statistic is {@code observed}: exact over every order of its
   * days when there are at most {@code settings.permutations()} orders, else over that many random orders.
   */
  public static double pValue(Series series, int a, int b, double observed, ShiftSettings settings,
      SplittableRandom random) {
    int k = b - a;
    long total = total(series, a, b);
    double sum = sum(series, a, b);
    double variance = variance(series, a, b);
    int[] order = identity(a, b);
    int[] ignored = new int[1];
    double threshold = observed * (1 - TIE);
    long orders = factorial(k, settings.permutations());
    if (orders > 0) {
      // Heap's algorithm: each of the k! orders once, the first being the identity.
      int[] c = new int[k];
      long reaching = maxStatistic(series, order, total, sum, variance, settings.minSupport(), settings.minDays(),
          ignored) >= threshold ? 1 : 0;
      int i = 1;
      while (i < k) {
        if (c[i] < i) {
          swap(order, i % 2 == 0 ? 0 : c[i], i);
          if (maxStatistic(series, order, total, sum, variance, settings.minSupport(), settings.minDays(), ignored)
              >= threshold) {
            reaching++;
          }
          c[i]++;
          i = 1;
        } else {
          c[i] = 0;
          i++;
        }
      }
      return (double) reaching / orders;
    }
    long reaching = 0;
    for (int r = 1; r <= settings.permutations(); r++) {
      for (int i = k - 1; i > 0; i--) {
        swap(order, i, random.nextInt(i + 1));
      }
      if (maxStatistic(series, order, total, sum, variance, settings.minSupport(), settings.minDays(), ignored)
          >= threshold && ++reaching == settings.exceedances()) {
        return (double) reaching / r;
      }
    }
    return (1.0 + reaching) / (1.0 + settings.permutations());
  }

  /**
   * The largest statistic over the allowed splits of the days in {@code order} (day positions), or -1 when no split
   * is allowed; {@code at[0]} receives the number of days before the best split.
   */
  static double maxStatistic(Series series, int[] order, long total, double totalSum, double variance,
      int minSupport, int minDays, int[] at) {
    long[] n = series.n();
    double[] s = series.sum();
    long left = 0;
    double leftSum = 0;
    double best = -1;
    int k = order.length;
    for (int pos = 0; pos < k - 1; pos++) {
      left += n[order[pos]];
      leftSum += s[order[pos]];
      long right = total - left;
      if (pos + 1 < minDays || k - pos - 1 < minDays || left < minSupport || right < minSupport) {
        continue;
      }
      double diff = leftSum / left - (totalSum - leftSum) / right;
      double t = (double) left * right / total * diff * diff / variance;
      if (t > best) {
        best = t;
        at[0] = pos + 1;
      }
    }
    return best;
  }

  /** The population variance of the statements' scores in day positions {@code [a, b)}. */
  static double variance(Series series, int a, int b) {
    long n = total(series, a, b);
    if (n == 0) {
      return 0;
    }
    double mean = sum(series, a, b) / n;
    double squares = 0;
    for (int d = a; d < b; d++) {
      squares += series.squares()[d];
    }
    return squares / n - mean * mean;
  }

  private static long total(Series series, int a, int b) {
    long n = 0;
    for (int d = a; d < b; d++) {
      n += series.n()[d];
    }
    return n;
  }

  private static double sum(Series series, int a, int b) {
    double s = 0;
    for (int d = a; d < b; d++) {
      s += series.sum()[d];
    }
    return s;
  }

  /** k! when it is at most {@code limit}, else 0. */
  static long factorial(int k, long limit) {
    long f = 1;
    for (int i = 2; i <= k; i++) {
      f *= i;
      if (f > limit) {
        return 0;
      }
    }
    return f;
  }

  private static int[] identity(int a, int b) {
    int[] order = new int[b - a];
    for (int i = 0; i < order.length; i++) {
      order[i] = a + i;
    }
    return order;
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }

  /** A seed per segment test: the same pair, segment and settings seed give the same permutations on any cluster. */
  static long mix(long seed, int a, int b) {
    long h = seed ^ 0x9E3779B97F4A7C15L * (a + 1) ^ 0xC2B2AE3D27D4EB4FL * (b + 1);
    h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
    return h ^ (h >>> 33);
  }
}
