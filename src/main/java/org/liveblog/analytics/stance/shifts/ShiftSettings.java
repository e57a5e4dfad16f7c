package org.liveblog.analytics.stance.shifts;

import java.io.Serializable;

/**
 * How stance shifts are detected and tested.
 *
 * @param minSupport   statements required on each side of a change
 * @param minDays      days with statements required on each side of a change
 * @param permutations the most random orders of the days per test (an exact test when the days have at most this
 *                     many orders); the smallest p-value is 1 / (permutations + 1), and with m pairs tested a change
 *                     needs p <= fdr × k / m (k its rank), so keep it above m / fdr
 * @param exceedances  a test stops once this many random orders reached the observed statistic (Besag and Clifford
 *                     1991): p = exceedances / orders drawn; null pairs cost a few dozen orders, strong changes the
 *                     full {@code permutations}
 * @param fdr          the false discovery rate controlled across pairs (Benjamini-Hochberg level)
 * @param maxChanges   changes binary segmentation looks for per pair
 * @param evidence     evidence statements reported on each side of a change
 * @param seed         seeds every permutation test (with the pair and segment), so reruns agree
 */
public record ShiftSettings(int minSupport, int minDays, int permutations, int exceedances, double fdr,
    int maxChanges, int evidence, long seed) implements Serializable {

  /** The defaults the stance stage's options show; constants so that an option's declaration can name them. */
  public static final int DEFAULT_MIN_SUPPORT = 10;
  public static final int DEFAULT_MIN_DAYS = 3;
  public static final double DEFAULT_FDR = 0.05;

  public static final ShiftSettings DEFAULTS =
      new ShiftSettings(DEFAULT_MIN_SUPPORT, DEFAULT_MIN_DAYS, 19_999, 20, DEFAULT_FDR, 3, 3, 20240101L);

  /** These settings with other support, days and false discovery rate (what the stance stage's options set). */
  public ShiftSettings withTests(int minSupport, int minDays, double fdr) {
    return new ShiftSettings(minSupport, minDays, permutations, exceedances, fdr, maxChanges, evidence, seed);
  }

  public ShiftSettings {
    require(minSupport >= 1, "stance shift min support must be at least 1, got " + minSupport);
    require(minDays >= 1, "stance shift min days must be at least 1, got " + minDays);
    require(permutations >= 19 && permutations <= 1_000_000,
        "stance shift permutations must be between 19 and 1000000, got " + permutations);
    require(exceedances >= 1 && exceedances <= permutations,
        "stance shift exceedances must be between 1 and the permutations, got " + exceedances);
    require(fdr > 0 && fdr < 1, "stance shift fdr must be between 0 and 1 (exclusive), got " + fdr);
    require(maxChanges >= 1 && maxChanges <= 20,
        "stance shift max changes must be between 1 and 20, got " + maxChanges);
    require(evidence >= 0 && evidence <= 20, "stance shift evidence must be between 0 and 20, got " + evidence);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
