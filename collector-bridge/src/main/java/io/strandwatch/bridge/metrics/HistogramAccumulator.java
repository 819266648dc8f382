package io.strandwatch.bridge.metrics;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.PointData;
import io.strandwatch.bridge.model.Measure;
import java.util.ArrayList;
import java.util.List;

/**
 * The running state of one histogram series: exact count and sum from the agent's {@link Measure}s, min and max
 * from their distributions, and buckets kept by a subclass. Cumulative series keep adding; delta series are
 * thrown away after each collection.
 */
abstract class HistogramAccumulator {

  protected final MetricSpec spec;
  private long count;
  private long sum;
  private boolean hasMinMax;
  private long min = Long.MAX_VALUE;
  private long max = Long.MIN_VALUE;

  HistogramAccumulator(MetricSpec spec) {
    this.spec = spec;
  }

  /** Adds one interval's measure; a measure without values adds nothing. */
  final void record(Measure measure) {
    if (measure == null || measure.count() <= 0) {
      return;
    }
    List<long[]> buckets = valuesAndCounts(measure);
    reconcile(buckets, measure);
    for (long[] bucket : buckets) {
      addToBucket(bucket[0], bucket[1]);
    }
    count += measure.count();
    sum += measure.sum();
  }

  private List<long[]> valuesAndCounts(Measure measure) {
    List<long[]> buckets = new ArrayList<>();
    // Each value is the lowest HdrHistogram treats as equal: a value recorded exactly on a bucket boundary
    // (10 ms) must land in the bucket that boundary closes, as OpenTelemetry's upper-inclusive buckets say.
    measure.forEachBucket((value, n) -> buckets.add(new long[] {value, n}));
    if (!buckets.isEmpty()) {
      updateMinMax(measure.minValue(), measure.maxValue());
    }
    return buckets;
  }

  /**
   * OTLP requires bucket counts to add up to the count, and the count must be the agent's exact one. They agree
   * unless a value straddled an interval edge between the histogram and the exact counters (or the measure has
   * no histogram): the difference is put at the mean, or taken from the highest buckets.
   */
  private void reconcile(List<long[]> buckets, Measure measure) {
    long inBuckets = 0;
    for (long[] bucket : buckets) {
      inBuckets += bucket[1];
    }
    long missing = measure.count() - inBuckets;
    if (missing > 0) {
      long mean = measure.sum() / measure.count();
      buckets.add(new long[] {mean, missing});
      updateMinMax(mean, mean);
    }
    for (int i = buckets.size() - 1; i >= 0 && missing < 0; i--) {
      long taken = Math.min(buckets.get(i)[1], -missing);
      buckets.get(i)[1] -= taken;
      missing += taken;
    }
  }

  private void updateMinMax(long low, long high) {
    hasMinMax = true;
    min = Math.min(min, low);
    max = Math.max(max, high);
  }

  abstract void addToBucket(long nativeValue, long count);

  abstract PointData toPoint(long startEpochNanos, long endEpochNanos, Attributes attributes);

  long count() {
    return count;
  }

  double exportedSum() {
    return spec.toExported(sum);
  }

  boolean hasMinMax() {
    return hasMinMax;
  }

  double exportedMin() {
    return hasMinMax ? spec.toExported(min) : 0;
  }

  double exportedMax() {
    return hasMinMax ? spec.toExported(max) : 0;
  }
}
