package org.liveblog.analytics.generate;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Immutable settings of one synthetic corpus; the corpus and its ground truth are a pure function of them.
 *
 * @param entries            distinct entries to generate (planted duplicates come on top)
 * @param seed               any long; the same settings give the same rows
 * @param startDate          first day of the period (UTC)
 * @param days               length of the period in days
 * @param outlets            number of fictional outlets, each with one live blog per day
 * @param htmlShare          share of entries whose body_format is html
 * @param plantedRejectShare share of entries deliberately broken (0 disables)
 * @param duplicateShare     share of entries written a second time as an older version (0 disables)
 */
public record GeneratorSettings(
    long entries,
    long seed,
    LocalDate startDate,
    int days,
    int outlets,
    double htmlShare,
    double plantedRejectShare,
    double duplicateShare) implements Serializable {

  public static final LocalDate DEFAULT_START_DATE = LocalDate.of(2024, 1, 1);
  public static final int DEFAULT_DAYS = 180;
  public static final int DEFAULT_OUTLETS = 3;
  public static final double DEFAULT_HTML_SHARE = 0.3;
  public static final double DEFAULT_PLANTED_REJECT_SHARE = 0.002;
  public static final double DEFAULT_DUPLICATE_SHARE = 0.005;

  /** Periods longer than this make no sense for a live-blog corpus and would bloat the per-day tables. */
  public static final int MAX_DAYS = 3660;
  /** Earliest start: rejects are planted by moving published_at before 1990, which must stay distinguishable. */
  public static final LocalDate MIN_START_DATE = LocalDate.of(1990, 1, 1);
  public static final LocalDate MAX_START_DATE = LocalDate.of(2200, 1, 1);
  /**
   * Smallest non-zero share: planted rows are every round(1/share)-th id, and the exact counts in the manifest
   * use a loop over one period, so the period is kept at most ten million.
   */
  public static final double MIN_PLANTED_SHARE = 1e-7;
  public static final double MAX_PLANTED_SHARE = 0.5;

  public GeneratorSettings {
    require(entries >= 1, "--entries must be at least 1, got " + entries);
    require(entries <= 10_000_000_000L, "--entries must be at most 10000000000, got " + entries);
    require(startDate != null, "--start-date must be given");
    require(!startDate.isBefore(MIN_START_DATE) && startDate.isBefore(MAX_START_DATE),
        "--start-date must be between " + MIN_START_DATE + " and " + MAX_START_DATE + ", got " + startDate);
    require(days >= 1 && days <= MAX_DAYS, "--days must be between 1 and " + MAX_DAYS + ", got " + days);
    require(outlets >= 1 && outlets <= OutletCatalogue.size(),
        "--outlets must be between 1 and " + OutletCatalogue.size() + ", got " + outlets);
    require(htmlShare >= 0 && htmlShare <= 1, "--html-share must be between 0 and 1, got " + htmlShare);
    requireShare("--planted-reject-share", plantedRejectShare);
    requireShare("--duplicate-share", duplicateShare);
  }

  /** Defaults for everything but the size and the seed. */
  public static GeneratorSettings of(long entries, long seed) {
    return new GeneratorSettings(entries, seed, DEFAULT_START_DATE, DEFAULT_DAYS, DEFAULT_OUTLETS,
        DEFAULT_HTML_SHARE, DEFAULT_PLANTED_REJECT_SHARE, DEFAULT_DUPLICATE_SHARE);
  }

  public GeneratorSettings withPeriod(LocalDate newStartDate, int newDays) {
    return new GeneratorSettings(entries, seed, newStartDate, newDays, outlets, htmlShare, plantedRejectShare,
        duplicateShare);
  }

  public GeneratorSettings withSeed(long newSeed) {
    return new GeneratorSettings(entries, newSeed, startDate, days, outlets, htmlShare, plantedRejectShare,
        duplicateShare);
  }

  public GeneratorSettings withShares(double newHtmlShare, double newRejectShare, double newDuplicateShare) {
    return new GeneratorSettings(entries, seed, startDate, days, outlets, newHtmlShare, newRejectShare,
        newDuplicateShare);
  }

  /** The last day of the period (inclusive). */
  public LocalDate endDate() {
    return startDate.plusDays(days - 1L);
  }

  private static void requireShare(String option, double share) {
    require(share == 0 || (share >= MIN_PLANTED_SHARE && share <= MAX_PLANTED_SHARE),
        option + " must be 0 or between " + MIN_PLANTED_SHARE + " and " + MAX_PLANTED_SHARE + ", got " + share);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
