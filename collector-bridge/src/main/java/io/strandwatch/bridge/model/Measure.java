package io.strandwatch.bridge.model;

import org.HdrHistogram.AbstractHistogram;

/**
 * One measured quantity of one series over one interval: the distribution of per-execution values (may be
 * null where only a sum is kept), their exact sum (histograms only approximate it), and how many executions
 * could not be measured ("unavailable", e.g. CPU time on a virtual thread). Values are integers in the unit the
 * field documents (nanoseconds, bytes, tokens, pico-USD).
 *
 * <p>The histogram belongs to the snapshot: readers must not modify it.
 */
public final class Measure {

  public static final Measure EMPTY = new Measure(null, 0, 0, 0);

  private final AbstractHistogram histogram;
  private final long count;
  private final long sum;
  private final long unavailable;

  public Measure(AbstractHistogram histogram, long count, long sum, long unavailable) {
    this.histogram = histogram;
    this.count = count;
    this.sum = sum;
    this.unavailable = unavailable;
  }

  /** Per-execution distribution, or null when only the sum is tracked. */
  public AbstractHistogram histogram() {
    return histogram;
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
