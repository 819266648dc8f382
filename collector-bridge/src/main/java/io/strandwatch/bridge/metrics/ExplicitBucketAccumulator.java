package io.strandwatch.bridge.metrics;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.PointData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A histogram series with the metric's fixed boundaries: one count per bucket, nothing else grows. */
final class ExplicitBucketAccumulator extends HistogramAccumulator {

  private final long[] counts;

  ExplicitBucketAccumulator(MetricSpec spec) {
    super(spec);
    this.counts = new long[spec.nativeUpperBounds().length + 1];
  }

  @Override
  void addToBucket(long nativeValue, long count) {
    counts[bucketIndex(spec.nativeUpperBounds(), nativeValue)] += count;
  }

  /** The first bucket whose upper bound is at least the value; the last (unbounded) one otherwise. */
  static int bucketIndex(long[] upperBounds, long value) {
    int found = Arrays.binarySearch(upperBounds, value);
    return found >= 0 ? found : -found - 1;
  }

  @Override
  PointData toPoint(long startEpochNanos, long endEpochNanos, Attributes attributes) {
    List<Long> bucketCounts = new ArrayList<>(counts.length);
    for (long count : counts) {
      bucketCounts.add(count);
    }
    return HistogramPointData.create(startEpochNanos, endEpochNanos, attributes, exportedSum(), hasMinMax(),
        exportedMin(), hasMinMax(), exportedMax(), spec.boundaries(), bucketCounts);
  }
}
