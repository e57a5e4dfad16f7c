package org.liveblog.analytics.generate;

/** 64-bit mixing used to derive per-entry random streams, ids and planted rows from the seed alone. */
final class StableHash {

  private StableHash() {}

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  /** Stafford's variant 13 of the SplitMix64 finaliser: a bijection on longs with good avalanche. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Seed of the random stream of one entry; independent of how ids are spread over partitions. */
  static long entrySeed(long seed, long id) {
    return mix(mix(seed) + GOLDEN_GAMMA * (id + 1));
  }

  /** A value that depends on the seed and a purpose label only (e.g. where planted rows start). */
  static long derived(long seed, long purpose) {
    return mix(seed ^ mix(purpose * GOLDEN_GAMMA));
  }

  /** Non-negative value in [0, bound) from a hash. */
  static int bounded(long hash, int bound) {
    return (int) Math.floorMod(hash, (long) bound);
  }
}
