package org.liveblog.analytics.topics.cooccurrence;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.commons.math3.special.Erf;

/**
 * Association measures of a pair from its 2×2 table of unit counts: {@code joint} units hold both items, {@code countA}
 * and {@code countB} hold each, {@code total} units in all. Conventions at the edges (stated in the co-occurrence
 * tables' schema): PMI in bits, minus infinity when joint = 0; NPMI -1 when joint = 0 and 1 when the two always occur
 * together, even in every unit; G² with 0 · ln 0 = 0. Pure functions of the counts, checked by hand in the tests.
 */
public final class AssociationStatistics {

  private static final double LN2 = Math.log(2);

  private AssociationStatistics() {}

  /** Fails unless the four counts can be one 2×2 table. */
  static void check(long joint, long countA, long countB, long total) {
    if (total <= 0 || joint < 0 || countA < joint || countB < joint || countA > total || countB > total
        || countA + countB - joint > total) {
      throw new IllegalArgumentException("not a 2x2 table: joint " + joint + ", count_a " + countA + ", count_b "
          + countB + ", total " + total);
    }
  }

  /** countA · countB / total: the joint count expected if the items were independent. */
  public static double expected(long countA, long countB, long total) {
    return (double) countA * countB / total;
  }

  /** joint / expected; 0 when joint = 0 (and when an item never occurs). */
  public static double lift(long joint, long countA, long countB, long total) {
    check(joint, countA, countB, total);
    return joint == 0 ? 0 : (double) joint * total / ((double) countA * countB);
  }

  /** log2(lift): minus infinity when joint = 0. */
  public static double pmi(long joint, long countA, long countB, long total) {
    check(joint, countA, countB, total);
    return joint == 0 ? Double.NEGATIVE_INFINITY : log2((double) joint * total / ((double) countA * countB));
  }

  /**
   * PMI / -log2(joint / total), in [-1, 1]. -1 when joint = 0 (never together); 1 when joint = countA = countB (always
   * together), including joint = total, where PMI and the normaliser are both 0.
   */
  public static double npmi(long joint, long countA, long countB, long total) {
    check(joint, countA, countB, total);
    if (joint == 0) {
      return -1;
    }
    if (joint == countA && joint == countB) {
      return 1;
    }
    double normaliser = -log2((double) joint / total);
    double value = pmi(joint, countA, countB, total) / normaliser;
    // Rounding can step a hair outside the range the measure is defined on.
    return Math.max(-1, Math.min(1, value));
  }

  /** joint / (countA + countB - joint); 0 when neither item occurs. */
  public static double jaccard(long joint, long countA, long countB, long total) {
    check(joint, countA, countB, total);
    long union = countA + countB - joint;
    return union == 0 ? 0 : (double) joint / union;
  }

  /**
   * Dunning's log-likelihood ratio G² = 2 Σ O ln(O / E) over the four cells of the table, with 0 · ln 0 = 0 (a cell
   * whose expectation is 0 is then 0 as well). Never negative.
   */
  public static double g2(long joint, long countA, long countB, long total) {
    check(joint, countA, countB, total);
    long aOnly = countA - joint;
    long bOnly = countB - joint;
    long neither = total - countA - countB + joint;
    double n = total;
    double sum = term(joint, countA * (double) countB / n)
        + term(aOnly, countA * (double) (total - countB) / n)
        + term(bOnly, (total - countA) * (double) countB / n)
        + term(neither, (total - countA) * (double) (total - countB) / n);
    return Math.max(0, 2 * sum);
  }

  private static double term(long observed, double expected) {
    return observed == 0 ? 0 : observed * Math.log(observed / expected);
  }

  /** The smallest expected count of the four cells: the χ² approximation is rough when it is small. */
  public static double smallestExpected(long countA, long countB, long total) {
    double n = total;
    return Math.min(Math.min(countA * (double) countB / n, countA * (double) (total - countB) / n),
        Math.min((total - countA) * (double) countB / n, (total - countA) * (double) (total - countB) / n));
  }

  /**
   * P(χ²₁ ≥ statistic) = erfc(√(statistic / 2)): the p-value of G² (or any χ² statistic with one degree of freedom).
   * Underflows to 0 for statistics above about 1,380.
   */
  public static double chiSquarePValue(double statistic) {
    if (!(statistic >= 0)) {
      throw new IllegalArgumentException("a chi-square statistic is not negative, got " + statistic);
    }
    return Math.min(1, Erf.erfc(Math.sqrt(statistic / 2)));
  }

  /**
   * Benjamini-Hochberg adjusted p-values, in the order given: q_(i) = min over k ≥ i of p_(k) · m / k, at most 1,
   * where p_(k) is the k-th smallest of the m p-values. Equal p-values get equal q-values.
   */
  public static double[] benjaminiHochberg(double[] pValues) {
    int m = pValues.length;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      if (!(pValues[i] >= 0 && pValues[i] <= 1)) {
        throw new IllegalArgumentException("p-value " + pValues[i] + " at " + i + " is not in [0, 1]");
      }
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
    double[] q = new double[m];
    double running = 1;
    for (int rank = m; rank >= 1; rank--) {
      int i = order[rank - 1];
      // p · (m / rank): m / rank >= 1 exactly, so the product never rounds below p, and q >= p holds.
      running = Math.min(running, pValues[i] * ((double) m / rank));
      q[i] = running;
    }
    return q;
  }

  private static double log2(double x) {
    return Math.log(x) / LN2;
  }
}
