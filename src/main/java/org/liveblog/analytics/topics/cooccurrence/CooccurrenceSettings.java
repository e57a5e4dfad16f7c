package org.liveblog.analytics.topics.cooccurrence;

import java.io.Serializable;

/**
 * Settings of the co-occurrence tables, validated on construction.
 *
 * @param maxItemsPerUnit   items kept per unit (and per side for actor × topic), the strongest first: pairs per unit
 *                          are then at most maxItemsPerUnit² / 2 however long the entry
 * @param minJointCount     a pair with fewer joint units is flagged low-support
 * @param minExpectedCount  a pair whose 2×2 table has a smaller expected count in any cell is flagged low-support
 */
public record CooccurrenceSettings(int maxItemsPerUnit, long minJointCount, double minExpectedCount)
    implements Serializable {

  public static final int DEFAULT_MAX_ITEMS_PER_UNIT = 20;
  public static final long DEFAULT_MIN_JOINT_COUNT = 5;
  public static final double DEFAULT_MIN_EXPECTED_COUNT = 5;

  public CooccurrenceSettings {
    if (maxItemsPerUnit < 2 || maxItemsPerUnit > 1000) {
      throw new IllegalArgumentException(
          "co-occurrence: max items per unit must be between 2 and 1000, got " + maxItemsPerUnit);
    }
    if (minJointCount < 1) {
      throw new IllegalArgumentException("co-occurrence: min joint count must be at least 1, got " + minJointCount);
    }
    if (!(minExpectedCount >= 0) || !Double.isFinite(minExpectedCount)) {
      throw new IllegalArgumentException(
          "co-occurrence: min expected count must be a number at least 0, got " + minExpectedCount);
    }
  }

  public static CooccurrenceSettings defaults() {
    return new CooccurrenceSettings(DEFAULT_MAX_ITEMS_PER_UNIT, DEFAULT_MIN_JOINT_COUNT, DEFAULT_MIN_EXPECTED_COUNT);
  }
}
