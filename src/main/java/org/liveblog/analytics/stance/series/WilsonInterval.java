package org.liveblog.analytics.stance.series;

import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;

import org.apache.spark.sql.Column;

/**
 * The Wilson score interval of a binomial share k / n (Wilson 1927), at 95%: center (p + z²/2n) / (1 + z²/n), half
 * width z / (1 + z²/n) × sqrt(p(1 - p)/n + z²/4n²). Unlike the normal approximation it stays inside [0, 1] and is
 * not empty at k = 0 or k = n, which matters for the small daily counts of a pair. As plain doubles (for kernels and
 * tests) and as Spark columns (so the series compute it in the aggregation's projection), from the same formula.
 * The interval always holds p; in doubles center - half at k = 0 can come out as 3e-17 and center + half at k = n as
 * 1 - 1e-16, so each bound is clamped to p as well as to [0, 1] (the tables' row rules check low <= share <= high).
 */
public final class WilsonInterval {

  /** The standard normal quantile of 0.975. */
  public static final double Z95 = 1.959963984540054;

  private WilsonInterval() {}

  /** {lower, upper} of the 95% interval of {@code k} successes in {@code n} trials (n > 0). */
  public static double[] of(long k, long n) {
    if (n <= 0 || k < 0 || k > n) {
      throw new IllegalArgumentException("need 0 <= k <= n and n > 0, got k=" + k + ", n=" + n);
    }
    double p = (double) k / n;
    double z2 = Z95 * Z95;
    double denominator = 1 + z2 / n;
    double center = (p + z2 / (2.0 * n)) / denominator;
    double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new double[] {Math.min(p, Math.max(0, center - half)), Math.max(p, Math.min(1, center + half))};
  }

  public static Column lower(Column k, Column n) {
    return bound(k, n, -1);
  }

  public static Column upper(Column k, Column n) {
    return bound(k, n, 1);
  }

  private static Column bound(Column k, Column n, int side) {
    double z2 = Z95 * Z95;
    Column nd = n.cast("double");
    Column p = k.cast("double").divide(nd);
    Column denominator = lit(1.0).plus(lit(z2).divide(nd));
    Column center = p.plus(lit(z2).divide(nd.multiply(2))).divide(denominator);
    Column half = lit(Z95).divide(denominator).multiply(sqrt(p.multiply(lit(1.0).minus(p)).divide(nd)
        .plus(lit(z2).divide(nd.multiply(nd).multiply(4)))));
    return side < 0 ? least(p, greatest(lit(0.0), center.minus(half)))
        : greatest(p, least(lit(1.0), center.plus(half)));
  }
}
