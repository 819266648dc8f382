package io.strandwatch.bridge.model;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.HistogramIterationValue;
import org.HdrHistogram.PackedHistogram;

/**
 * One measured quantity of one series over one interval: the distribution of per-execution values (may be
 * null where only a sum is kept), their exact sum (histograms only approximate it), and how many executions
 * could not be measured ("unavailable", e.g. CPU time on a virtual thread). Values are integers in the unit the
 * field documents (nanoseconds, bytes, tokens, pico-USD).
 *
 * <p>The distribution comes either as an HdrHistogram or, from the agent's recorders, as the few buckets an
 * interval actually hit ({@link #ofBuckets}): walking a histogram visits every empty slot below its maximum
 * (thousands for nanosecond values), and building one per series and interval cost the snapshot of 10,000 series
 * seconds and a gigabyte. Readers that only need the buckets use {@link #forEachBucket}; {@link #histogram()}
 * builds the histogram on first use.
 *
 * <p>The distribution belongs to the snapshot: readers must not modify it. Read on the ticker thread.
 */
public final class Measure {

  public static final Measure EMPTY = new Measure(null, 0, 0, 0);

  /** Receives one bucket: the lowest value of an HdrHistogram bucket and how many values fell in it. */
  public interface BucketVisitor {
    void bucket(long value, long count);
  }

  private AbstractHistogram histogram;
  private final long[] bucketValues;
  private final long[] bucketCounts;
  private final long highestValue;
  private final int significantDigits;
  private final long count;
  private final long sum;
  private final long unavailable;

  public Measure(AbstractHistogram histogram, long count, long sum, long unavailable) {
    this(histogram, null, null, 0, 0, count, sum, unavailable);
  }

  private Measure(AbstractHistogram histogram, long[] bucketValues, long[] bucketCounts, long highestValue,
      int significantDigits, long count, long sum, long unavailable) {
    this.histogram = histogram;
    this.bucketValues = bucketValues;
    this.bucketCounts = bucketCounts;
    this.highestValue = highestValue;
    this.significantDigits = significantDigits;
    this.count = count;
    this.sum = sum;
    this.unavailable = unavailable;
  }

  /**
   * A measure whose distribution is given as buckets of an HdrHistogram with {@code significantDigits}:
   * {@code values} ascending, each the lowest value of its bucket, {@code counts} how many fell in it;
   * {@code highestValue} is the highest value equivalent to the largest one recorded (what the histogram's
   * {@code getMaxValue()} returns). The arrays are kept, not copied.
   */
  public static Measure ofBuckets(long[] values, long[] counts, long highestValue, int significantDigits,
      long count, long sum, long unavailable) {
    return new Measure(null, values, counts, highestValue, significantDigits, count, sum, unavailable);
  }

  /**
   * This measure with {@code zeros} more values of 0, as bucket arrays (a strand's executions that made no LLM
   * call, added on the ticker thread): no histogram is built for it, which cost the snapshot one packed
   * histogram per series and interval.
   */
  public Measure plusZeros(long zeros, int digits) {
    if (zeros <= 0) {
      return this;
    }
    long[][] buckets = buckets();
    long[] values = buckets[0];
    long[] counts = buckets[1];
    long[] newValues;
    long[] newCounts;
    if (values.length > 0 && values[0] == 0) {
      newValues = values;
      newCounts = counts.clone();
      newCounts[0] += zeros;
    } else {
      newValues = new long[values.length + 1];
      newCounts = new long[counts.length + 1];
      System.arraycopy(values, 0, newValues, 1, values.length);
      System.arraycopy(counts, 0, newCounts, 1, counts.length);
      newCounts[0] = zeros;
    }
    long highest = values.length == 0 ? 0 : maxValue();
    return ofBuckets(newValues, newCounts, highest, digits, count + zeros, sum, unavailable);
  }

  private long[][] buckets() {
    if (bucketValues != null) {
      return new long[][] {bucketValues, bucketCounts};
    }
    List<long[]> seen = new ArrayList<>();
    forEachBucket((value, n) -> seen.add(new long[] {value, n}));
    long[][] buckets = {new long[seen.size()], new long[seen.size()]};
    for (int i = 0; i < seen.size(); i++) {
      buckets[0][i] = seen.get(i)[0];
      buckets[1][i] = seen.get(i)[1];
    }
    return buckets;
  }

  /** Per-execution distribution, or null when only the sum is tracked. Built on first use for bucket measures. */
  public AbstractHistogram histogram() {
    if (histogram == null && bucketValues != null) {
      PackedHistogram h = new PackedHistogram(Math.max(2, highestValue), significantDigits);
      h.setAutoResize(true);
      for (int i = 0; i < bucketValues.length; i++) {
        h.recordValueWithCount(bucketValues[i], bucketCounts[i]);
      }
      histogram = h;
    }
    return histogram;
  }

  /** Visits the non-empty buckets in ascending order of value. */
  public void forEachBucket(BucketVisitor visitor) {
    if (bucketValues != null) {
      for (int i = 0; i < bucketValues.length; i++) {
        visitor.bucket(bucketValues[i], bucketCounts[i]);
      }
      return;
    }
    if (histogram == null || histogram.getTotalCount() == 0) {
      return;
    }
    for (HistogramIterationValue step : histogram.recordedValues()) {
      visitor.bucket(histogram.lowestEquivalentValue(step.getValueIteratedTo()),
          step.getCountAddedInThisIterationStep());
    }
  }

  /** What the histogram's {@code getMinValue()} returns (0 when empty), without building it. */
  public long minValue() {
    if (bucketValues != null) {
      return bucketValues.length == 0 ? 0 : bucketValues[0];
    }
    return histogram == null || histogram.getTotalCount() == 0 ? 0 : histogram.getMinValue();
  }

  /** What the histogram's {@code getMaxValue()} returns (0 when empty), without building it. */
  public long maxValue() {
    if (bucketValues != null) {
      return bucketValues.length == 0 ? 0 : highestValue;
    }
    return histogram == null || histogram.getTotalCount() == 0 ? 0 : histogram.getMaxValue();
  }

  /** How many values were recorded (equals the histogram's total count when there is one). */
  public long count() {
    return count;
  }

  /** The exact sum of the recorded values. */
  public long sum() {
    return sum;
  }

  /** Executions for which the value could not be measured; not part of {@link #count()}. */
  public long unavailable() {
    return unavailable;
  }
}
