package org.liveblog.analytics.topics.cooccurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.liveblog.analytics.topics.cooccurrence.AssociationStatistics.benjaminiHochberg;
import static org.liveblog.analytics.topics.cooccurrence.AssociationStatistics.chiSquarePValue;
import static org.liveblog.analytics.topics.cooccurrence.AssociationStatistics.g2;
import static org.liveblog.analytics.topics.cooccurrence.AssociationStatistics.jaccard;
import static org.liveblog.analytics.topics.cooccurrence.AssociationStatistics.lift;
import static org.liveblog.analytics.topics.cooccurrence.AssociationStatistics.npmi;
import static org.liveblog.analytics.topics.cooccurrence.AssociationStatistics.pmi;
import static org.liveblog.analytics.topics.cooccurrence.AssociationStatistics.smallestExpected;

import org.junit.jupiter.api.Test;

/**
 * Every statistic against values worked out by hand (the arithmetic is in the comments; ln 2 = 0.693147,
 * ln(2/3) = -0.405465, ln(1/3) = -1.098612, ln(11/9) = 0.200671, ln(10/7) = 0.356675, ln(40/49) = -0.202941).
 */
class AssociationStatisticsTest {

  private static final double EPS = 1e-6;

  @Test
  void aPairThatCoOccursTwiceAsOftenAsChance() {
    // 20 units, a in 8, b in 5, both in 4: expected 8·5/20 = 2, so lift 2 and PMI log2 2 = 1 bit.
    assertThat(lift(4, 8, 5, 20)).isEqualTo(2.0);
    assertThat(pmi(4, 8, 5, 20)).isCloseTo(1.0, within(1e-12));
    // NPMI = 1 / -log2(4/20) = 1 / 2.321928 = 0.430677.
    assertThat(npmi(4, 8, 5, 20)).isCloseTo(0.430677, within(EPS));
    // Jaccard = 4 / (8 + 5 - 4) = 4/9.
    assertThat(jaccard(4, 8, 5, 20)).isCloseTo(4.0 / 9, within(1e-12));
    // Cells O = 4, 4, 1, 11 against E = 2, 6, 3, 9:
    // G² = 2 (4 ln 2 + 4 ln(2/3) + 1 ln(1/3) + 11 ln(11/9)) = 2 (2.772589 - 1.621860 - 1.098612 + 2.207378) = 4.518987.
    assertThat(g2(4, 8, 5, 20)).isCloseTo(4.518987, within(EPS));
    // p = erfc(√(4.518987 / 2)) = erfc(1.503161) = 0.033521.
    assertThat(chiSquarePValue(4.518987302445354)).isCloseTo(0.033521, within(EPS));
    assertThat(smallestExpected(8, 5, 20)).isEqualTo(2.0);
  }

  @Test
  void aPairThatAlwaysCoOccursHasNpmiOne() {
    // 10 units, both items in the same 3: PMI = log2(3·10 / 9) = 1.736966 = -log2(3/10), so NPMI = 1.
    assertThat(pmi(3, 3, 3, 10)).isCloseTo(1.736966, within(EPS));
    assertThat(npmi(3, 3, 3, 10)).isEqualTo(1.0);
    assertThat(jaccard(3, 3, 3, 10)).isEqualTo(1.0);
    assertThat(lift(3, 3, 3, 10)).isCloseTo(10.0 / 3, within(1e-12));
    // Cells O = 3, 0, 0, 7 against E = 0.9, 2.1, 2.1, 4.9: G² = 2 (3 ln(10/3) + 7 ln(10/7)) = 12.217286.
    assertThat(g2(3, 3, 3, 10)).isCloseTo(12.217286, within(EPS));
    // Both in every unit: PMI 0 and the normaliser 0; by convention still NPMI 1, and no evidence (G² 0, p 1).
    assertThat(npmi(5, 5, 5, 5)).isEqualTo(1.0);
    assertThat(pmi(5, 5, 5, 5)).isEqualTo(0.0);
    assertThat(g2(5, 5, 5, 5)).isEqualTo(0.0);
    assertThat(chiSquarePValue(0)).isEqualTo(1.0);
  }

  @Test
  void aPairThatNeverCoOccursHasNpmiMinusOne() {
    // 10 units, a in 3, b in 3, never together.
    assertThat(npmi(0, 3, 3, 10)).isEqualTo(-1.0);
    assertThat(pmi(0, 3, 3, 10)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(lift(0, 3, 3, 10)).isEqualTo(0.0);
    assertThat(jaccard(0, 3, 3, 10)).isEqualTo(0.0);
    // Cells O = 0, 3, 3, 4 against E = 0.9, 2.1, 2.1, 4.9:
    // G² = 2 (0 + 2 · 3 ln(10/7) + 4 ln(40/49)) = 2 (2.140050 - 0.811764) = 2.656572: avoidance is evidence too.
    assertThat(g2(0, 3, 3, 10)).isCloseTo(2.656572, within(EPS));
    // Zero counts everywhere: nothing occurs, nothing is measured.
    assertThat(jaccard(0, 0, 0, 10)).isEqualTo(0.0);
    assertThat(g2(0, 0, 0, 10)).isEqualTo(0.0);
    assertThat(npmi(0, 0, 4, 10)).isEqualTo(-1.0);
  }

  @Test
  void independenceAndAnItemInEveryUnitGiveNoEvidence() {
    // 20 units, a in 10, b in 4, both in 2 = 10·4/20: PMI 0, NPMI 0, lift 1, G² 0, p 1.
    assertThat(pmi(2, 10, 4, 20)).isCloseTo(0.0, within(1e-12));
    assertThat(npmi(2, 10, 4, 20)).isCloseTo(0.0, within(1e-12));
    assertThat(lift(2, 10, 4, 20)).isCloseTo(1.0, within(1e-12));
    assertThat(g2(2, 10, 4, 20)).isCloseTo(0.0, within(1e-12));
    assertThat(chiSquarePValue(g2(2, 10, 4, 20))).isCloseTo(1.0, within(1e-12));
    // a in all 10 units (count_a = total), b in 4: PMI log2(4·10/(10·4)) = 0; NPMI 0 / -log2(0.4) = 0; the cells of
    // "not a" are empty with expectation 0, so G² = 0.
    assertThat(npmi(4, 10, 4, 10)).isEqualTo(0.0);
    assertThat(g2(4, 10, 4, 10)).isEqualTo(0.0);
    assertThat(smallestExpected(10, 4, 10)).isEqualTo(0.0);
  }

  @Test
  void theChiSquareTailMatchesKnownQuantiles() {
    // 3.841459 is the 95% quantile of χ² with one degree of freedom, 6.634897 the 99%, 10.827566 the 99.9%.
    assertThat(chiSquarePValue(3.841459)).isCloseTo(0.05, within(1e-7));
    assertThat(chiSquarePValue(6.634897)).isCloseTo(0.01, within(1e-7));
    assertThat(chiSquarePValue(10.827566)).isCloseTo(0.001, within(1e-8));
    assertThat(chiSquarePValue(5000)).isEqualTo(0.0);
  }

  @Test
  void benjaminiHochbergByHand() {
    // Sorted: 0.005, 0.01, 0.03, 0.04, 0.5; p·m/k = 0.025, 0.025, 0.05, 0.05, 0.5; running minimum from the top.
    assertThat(benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005, 0.5}))
        .containsExactly(new double[] {0.025, 0.05, 0.05, 0.025, 0.5}, within(1e-12));
    // 0.04·3/2 = 0.06 but the larger p after it gives less: q takes the minimum over ranks above (0.045·3/3).
    assertThat(benjaminiHochberg(new double[] {0.001, 0.04, 0.045}))
        .containsExactly(new double[] {0.003, 0.045, 0.045}, within(1e-12));
    // Ties get one q-value; q never exceeds 1.
    assertThat(benjaminiHochberg(new double[] {0.02, 0.9, 0.02})).containsExactly(new double[] {0.03, 0.9, 0.03},
        within(1e-12));
    assertThat(benjaminiHochberg(new double[] {0.8, 0.9})).containsExactly(new double[] {0.9, 0.9}, within(1e-12));
    assertThat(benjaminiHochberg(new double[0])).isEmpty();
  }

  @Test
  void countsThatAreNoTableAreRefused() {
    assertThatThrownBy(() -> npmi(5, 4, 6, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("joint 5, count_a 4");
    assertThatThrownBy(() -> g2(1, 3, 3, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> lift(1, 8, 8, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> benjaminiHochberg(new double[] {1.5})).isInstanceOf(IllegalArgumentException.class);
  }
}
