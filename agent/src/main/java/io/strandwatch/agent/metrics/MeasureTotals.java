package io.strandwatch.agent.metrics;

import io.strandwatch.bridge.model.Measure;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.PackedHistogram;

/** A measure accumulated over the whole run, for the end-of-run report. Ticker thread only. */
public final class MeasureTotals {

  private final PackedHistogram histogram = new PackedHistogram(MeasureRecorder.SIGNIFICANT_DIGITS);
  private long count;
  private long sum;
  private long unavailable;

  void add(Measure m) {
    // Bucket by bucket: AbstractHistogram.add walks every slot of the source, empty or not (finding 3 in
    // docs/benchmarks.md).
    m.forEachBucket(histogram::recordValueWithCount);
    count += m.count();
    sum += m.sum();
    unavailable += m.unavailable();
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

  /** Value at {@code percentile} (0-100), or -1 when nothing was recorded. */
  public long percentile(double percentile) {
    return histogram.getTotalCount() == 0 ? -1 : histogram.getValueAtPercentile(percentile);
  }

  public long max() {
    return histogram.getTotalCount() == 0 ? -1 : histogram.getMaxValue();
  }

  /** Exact mean from the sum, or -1 when nothing was recorded. */
  public double mean() {
    return count == 0 ? -1 : (double) sum / count;
  }

  public AbstractHistogram histogram() {
    return histogram;
  }
}
