package io.strandwatch.agent.metrics;

import io.strandwatch.bridge.model.Measure;

/**
 * A measure accumulated over the whole run, for the end-of-run reports and the MBean. Ticker thread only (reports
 * read it after the final tick).
 *
 * <p>Counts go into plain arrays in {@link BucketLayout}, one chunk of 128 per power of two actually seen, and
 * percentiles follow HdrHistogram's {@code getValueAtPercentile} exactly. An HdrHistogram here cost either
 * memory (a full counts array per measure) or, packed, the snapshot's time: a packed histogram re-packs its
 * storage whenever a new bucket arrives, which made adding 10,000 busy series take over a second.
 */
public final class MeasureTotals {

  private final long[][] chunks = new long[BucketLayout.CHUNKS][];
  private long histogramCount;
  private int highestIndex = -1;
  private long count;
  private long sum;
  private long unavailable;

  void add(Measure m) {
    m.forEachBucket(this::addBucket);
    count += m.count();
    sum += m.sum();
    unavailable += m.unavailable();
  }

  private void addBucket(long value, long n) {
    int index = BucketLayout.countsIndex(value < 0 ? 0 : value);
    long[] chunk = chunks[index >>> BucketLayout.HALF_MAGNITUDE];
    if (chunk == null) {
      chunk = new long[BucketLayout.CHUNK];
      chunks[index >>> BucketLayout.HALF_MAGNITUDE] = chunk;
    }
    chunk[index & (BucketLayout.CHUNK - 1)] += n;
    histogramCount += n;
    highestIndex = Math.max(highestIndex, index);
  }

  public long count() {
    return count;
  }

  public long sum() {
    return sum;
  }

  public long unavailable() {
    return unavailable;
  }

  /** True when there is a distribution to take percentiles of. */
  public boolean hasDistribution() {
    return histogramCount > 0;
  }

  /**
   * Value at {@code percentile} (0-100), or -1 when nothing was recorded: what an HdrHistogram holding the same
   * values returns, the highest value of the bucket where the rank falls (the lowest for percentile 0).
   */
  public long percentile(double percentile) {
    if (histogramCount == 0) {
      return -1;
    }
    double requested = Math.min(Math.max(Math.nextAfter(percentile, Double.NEGATIVE_INFINITY), 0), 100);
    long rank = Math.max((long) Math.ceil(requested * histogramCount / 100.0), 1);
    long seen = 0;
    for (int c = 0; c < chunks.length; c++) {
      long[] chunk = chunks[c];
      if (chunk == null) {
        continue;
      }
      for (int slot = 0; slot < BucketLayout.CHUNK; slot++) {
        seen += chunk[slot];
        if (seen >= rank) {
          int index = (c << BucketLayout.HALF_MAGNITUDE) | slot;
          return percentile == 0 ? BucketLayout.valueAt(index) : BucketLayout.highestEquivalentAt(index);
        }
      }
    }
    return max();
  }

  /** The highest value recorded (as HdrHistogram reports it), or -1 when nothing was recorded. */
  public long max() {
    return histogramCount == 0 ? -1 : BucketLayout.highestEquivalentAt(highestIndex);
  }

  /** Exact mean from the sum, or -1 when nothing was recorded. */
  public double mean() {
    return count == 0 ? -1 : (double) sum / count;
  }
}
