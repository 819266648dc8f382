package io.strandwatch.agent.rules.stats;

import org.HdrHistogram.AbstractHistogram;

/**
 * A compact log-bucketed histogram for windows and baselines: 8 buckets per power of two (quantiles within
 * about ±6 %), counts as doubles so a baseline can decay, and storage only for the span of buckets in use
 * (a strand whose latencies span 5 octaves needs 40 slots, not the 488 of the full range). The snapshot's
 * HdrHistograms are far more precise but cost tens of KB each; rules only compare quantiles with margins of
 * 2x, so this precision is enough and lets us keep minute rings for thousands of scopes.
 */
public final class LogHistogram {

  private static final int SUB_BITS = 3;
  private static final int SUB = 1 << SUB_BITS;

  private double[] counts = new double[0];
  private int offset;
  private double total;
  /** Exact extremes, so a quantile never reports a value outside what was recorded (bucket midpoints can). */
  private long min = Long.MAX_VALUE;
  private long max = Long.MIN_VALUE;

  static int indexOf(long v) {
    if (v < 2 * SUB) {
      return v <= 0 ? 0 : (int) v;
    }
    int e = 63 - Long.numberOfLeadingZeros(v);
    int sub = (int) ((v >>> (e - SUB_BITS)) & (SUB - 1));
    return (e - SUB_BITS + 1) * SUB + sub;
  }

  static long lowerBound(int index) {
    if (index < 2 * SUB) {
      return index;
    }
    int e = index / SUB + SUB_BITS - 1;
    int sub = index % SUB;
    return ((long) (SUB + sub)) << (e - SUB_BITS);
  }

  /** The middle of the bucket: the value a quantile landing in it reports. */
  static double representative(int index) {
    if (index < 2 * SUB) {
      return index;
    }
    long lo = lowerBound(index);
    long width = lowerBound(index + 1) - lo;
    return lo + (width - 1) / 2.0;
  }

  public void add(long value, double count) {
    if (count <= 0) {
      return;
    }
    int i = indexOf(value);
    ensure(i);
    counts[i - offset] += count;
    total += count;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }

  /** Adds every recorded value of a snapshot histogram (the snapshot's histogram is not modified). */
  public void addAll(AbstractHistogram h) {
    addAllClipped(h, Double.POSITIVE_INFINITY);
  }

  /**
   * Adds the values of {@code h}, recording those above {@code max} as {@code max}, so anomalies are clipped.
   * Walks only the span between the recorded minimum and maximum, bucket by bucket: HdrHistogram's own
   * iterators scan its counts array from zero, which for nanosecond values is tens of thousands of empty slots
   * per histogram and dominated the evaluation of 10,000 series.
   */
  public void addAllClipped(AbstractHistogram h, double max) {
    if (h == null || h.getTotalCount() == 0) {
      return;
    }
    long remaining = h.getTotalCount();
    long zeros = h.getCountAtValue(0);
    if (zeros > 0) {
      add(0, zeros);
      remaining -= zeros;
    }
    long top = h.getMaxValue();
    long v = h.lowestEquivalentValue(h.getMinNonZeroValue());
    while (remaining > 0 && v <= top) {
      long count = h.getCountAtValue(v);
      if (count > 0) {
        long value = h.medianEquivalentValue(v);
        add(value > max ? (long) max : value, count);
        remaining -= count;
      }
      v = h.nextNonEquivalentValue(v);
    }
  }

  public void addAll(LogHistogram other) {
    if (other.total == 0) {
      return;
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < other.counts.length; i++) {
      if (other.counts[i] != 0) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    ensure(other.offset + first);
    ensure(other.offset + last);
    for (int i = first; i <= last; i++) {
      counts[other.offset + i - offset] += other.counts[i];
    }
    total += other.total;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  /** Multiplies every count by {@code factor}: the decay step of a baseline. */
  public void scale(double factor) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] *= factor;
    }
    total *= factor;
  }

  public void clear() {
    java.util.Arrays.fill(counts, 0);
    total = 0;
    min = Long.MAX_VALUE;
    max = Long.MIN_VALUE;
  }

  /** The (possibly decayed) number of values. */
  public double total() {
    return total;
  }

  /** The value at quantile {@code q} (0..1), or NaN when empty. */
  public double quantile(double q) {
    if (total <= 0) {
      return Double.NaN;
    }
    double target = Math.max(q * total, Double.MIN_NORMAL);
    double cumulative = 0;
    int lastNonEmpty = -1;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] <= 0) {
        continue;
      }
      lastNonEmpty = i;
      cumulative += counts[i];
      if (cumulative >= target * (1 - 1e-12)) {
        return clamp(representative(offset + i));
      }
    }
    return clamp(representative(offset + lastNonEmpty));
  }

  private double clamp(double v) {
    return min > max ? v : Math.max(min, Math.min(max, v));
  }

  /**
   * A robust standard deviation: the interquartile range / 1.349 (exact for a normal distribution), so one
   * extreme execution cannot inflate it the way it inflates a plain standard deviation.
   */
  public double robustSigma() {
    return (quantile(0.75) - quantile(0.25)) / 1.349;
  }

  private void ensure(int index) {
    if (counts.length == 0) {
      counts = new double[4];
      offset = Math.max(0, index - 1);
    }
    if (index < offset) {
      int grow = Math.max(offset - index, 4);
      int newOffset = Math.max(0, offset - grow);
      double[] n = new double[counts.length + (offset - newOffset)];
      System.arraycopy(counts, 0, n, offset - newOffset, counts.length);
      counts = n;
      offset = newOffset;
    } else if (index >= offset + counts.length) {
      int needed = index - offset + 1;
      counts = java.util.Arrays.copyOf(counts, Math.max(needed + 2, counts.length + 4));
    }
  }

  /** Serialized form for the baseline file: offset, total, then the counts. */
  public double[] export() {
    double[] out = new double[counts.length + 2];
    out[0] = offset;
    out[1] = total;
    System.arraycopy(counts, 0, out, 2, counts.length);
    return out;
  }

  /** The inverse of {@link #export()}; returns null for data that does not fit (a foreign or damaged file). */
  public static LogHistogram restore(double[] data, int from, int length) {
    if (length < 2 || data[from] < 0 || data[from] > 600 || length - 2 > 600) {
      return null;
    }
    LogHistogram h = new LogHistogram();
    h.offset = (int) data[from];
    h.total = data[from + 1];
    h.counts = new double[length - 2];
    h.min = 0;
    h.max = Long.MAX_VALUE;
    System.arraycopy(data, from + 2, h.counts, 0, length - 2);
    double sum = 0;
    for (double c : h.counts) {
      if (!(c >= 0)) {
        return null;
      }
      sum += c;
    }
    return Math.abs(sum - h.total) <= 1e-6 * Math.max(1, sum) ? h : null;
  }
}
