package io.strandwatch.agent.metrics;

/**
 * HdrHistogram's bucket layout at 2 significant digits and a unit of 1, split into chunks of 128 counters (one
 * per power of two of the value), so the recorders and the run totals can count in plain arrays yet report
 * exactly the buckets and percentiles an HdrHistogram would.
 */
final class BucketLayout {

  static final int SIGNIFICANT_DIGITS = 2;
  static final int HALF_MAGNITUDE = 7;
  static final int CHUNK = 1 << HALF_MAGNITUDE;
  private static final long SUB_BUCKET_MASK = (2L << HALF_MAGNITUDE) - 1;
  private static final int LEADING_ZERO_BASE = 64 - HALF_MAGNITUDE - 1;
  /** Enough chunks for every non-negative long. */
  static final int CHUNKS = LEADING_ZERO_BASE + 2;

  private BucketLayout() {}

  /** HdrHistogram's counts index for {@code value} (not negative). */
  static int countsIndex(long value) {
    int bucket = LEADING_ZERO_BASE - Long.numberOfLeadingZeros(value | SUB_BUCKET_MASK);
    int subBucket = (int) (value >>> bucket);
    return ((bucket + 1) << HALF_MAGNITUDE) + subBucket - CHUNK;
  }

  /** The lowest value counted at {@code index}: the value HdrHistogram files under the same bucket. */
  static long valueAt(int index) {
    int chunk = index >>> HALF_MAGNITUDE;
    int slot = index & (CHUNK - 1);
    return chunk == 0 ? slot : (long) (slot + CHUNK) << (chunk - 1);
  }

  /** The highest value counted at {@code index} (HdrHistogram's highest equivalent value). */
  static long highestEquivalentAt(int index) {
    int chunk = index >>> HALF_MAGNITUDE;
    long width = chunk <= 1 ? 1 : 1L << (chunk - 1);
    return valueAt(index) + width - 1;
  }
}
