package org.liveblog.analytics.generate;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which ids become planted rejects and which are also written as older duplicates. Both are periodic in the id
 * (every round(1/share)-th id from a seed-derived offset), so exact counts follow from the settings alone.
 */
final class PlantedRows implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final long REJECT_PURPOSE = 0x52454a4543544cL;
  private static final long DUPLICATE_PURPOSE = 0x4455504c4943L;

  private final long entries;
  private final long rejectPeriod;
  private final long rejectOffset;
  private final long duplicatePeriod;
  private final long duplicateOffset;

  PlantedRows(GeneratorSettings settings) {
    this.entries = settings.entries();
    this.rejectPeriod = period(settings.plantedRejectShare());
    this.rejectOffset = offset(settings.seed(), REJECT_PURPOSE, rejectPeriod);
    this.duplicatePeriod = period(settings.duplicateShare());
    this.duplicateOffset = avoidRejects(offset(settings.seed(), DUPLICATE_PURPOSE, duplicatePeriod));
  }

  /**
   * When the two periods share a factor, moving the duplicate offset off the rejects' residue class makes the
   * two sets disjoint, so the duplicate share is not cut by up to a fifth for unlucky seeds.
   */
  private long avoidRejects(long offset) {
    if (rejectPeriod == 0 || duplicatePeriod == 0) {
      return offset;
    }
    long g = gcd(rejectPeriod, duplicatePeriod);
    return g > 1 && offset % g == rejectOffset % g ? (offset + 1) % duplicatePeriod : offset;
  }

  /** 0 means disabled. */
  private static long period(double share) {
    return share == 0 ? 0 : Math.max(1, Math.round(1 / share));
  }

  private static long offset(long seed, long purpose, long period) {
    return period == 0 ? 0 : Math.floorMod(StableHash.derived(seed, purpose), period);
  }

  boolean isReject(long id) {
    return rejectPeriod > 0 && id % rejectPeriod == rejectOffset;
  }

  /** The n-th reject (in id order) gets defect n mod 5, so every defect is planted once the corpus is big enough. */
  PlantedDefect defect(long id) {
    PlantedDefect[] defects = PlantedDefect.values();
    return defects[(int) ((id / rejectPeriod) % defects.length)];
  }

  /** The ordinal of a reject among rejects; used to vary details of a defect deterministically. */
  long rejectOrdinal(long id) {
    return id / rejectPeriod;
  }

  /** A valid entry that is written twice: itself, and an older version with the same key. */
  boolean isDuplicated(long id) {
    return duplicatePeriod > 0 && id % duplicatePeriod == duplicateOffset && !isReject(id);
  }

  long rejectCount() {
    return rejectPeriod == 0 ? 0 : countCongruent(entries, rejectPeriod, rejectOffset);
  }

  Map<PlantedDefect, Long> rejectCountByDefect() {
    long total = rejectCount();
    PlantedDefect[] defects = PlantedDefect.values();
    Map<PlantedDefect, Long> counts = new EnumMap<>(PlantedDefect.class);
    for (int k = 0; k < defects.length; k++) {
      counts.put(defects[k], total / defects.length + (total % defects.length > k ? 1 : 0));
    }
    return counts;
  }

  long duplicateCount() {
    if (duplicatePeriod == 0) {
      return 0;
    }
    return countCongruent(entries, duplicatePeriod, duplicateOffset) - overlapCount();
  }

  /** Ids that would be both a reject and a duplicate (they stay rejects): one residue class modulo lcm, if any. */
  private long overlapCount() {
    if (rejectPeriod == 0) {
      return 0;
    }
    long step = duplicatePeriod / gcd(rejectPeriod, duplicatePeriod);
    for (long k = 0; k < step; k++) {
      long x = rejectOffset + k * rejectPeriod;
      if (x % duplicatePeriod == duplicateOffset) {
        return countCongruent(entries, step * rejectPeriod, x);
      }
    }
    return 0;
  }

  /** How many ids in [0, n) are congruent to offset modulo period (offset < period). */
  private static long countCongruent(long n, long period, long offset) {
    return n > offset ? (n - 1 - offset) / period + 1 : 0;
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  String rejectRule() {
    return rejectPeriod == 0 ? "disabled"
        : "id % " + rejectPeriod + " == " + rejectOffset + "; defect = " + "(id / " + rejectPeriod
            + ") % 5 in the order NULL_BODY, NULL_ENTRY_ID, PUBLISHED_BEFORE_1990, WHITESPACE_BODY, TAGS_ONLY_BODY";
  }

  String duplicateRule() {
    return duplicatePeriod == 0 ? "disabled"
        : "id % " + duplicatePeriod + " == " + duplicateOffset + " and the id is not a planted reject";
  }

  double effectiveRejectShare() {
    return rejectPeriod == 0 ? 0 : 1.0 / rejectPeriod;
  }

  double effectiveDuplicateShare() {
    return duplicatePeriod == 0 ? 0 : 1.0 / duplicatePeriod;
  }
}
