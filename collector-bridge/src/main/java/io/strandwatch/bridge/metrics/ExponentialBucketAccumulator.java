package io.strandwatch.bridge.metrics;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.ExponentialHistogramBuckets;
import io.opentelemetry.sdk.metrics.data.ExponentialHistogramPointData;
import io.opentelemetry.sdk.metrics.data.PointData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A base-2 exponential histogram series with the SDK's defaults: at most 160 buckets, starting at scale 20 and
 * halving the resolution whenever a value would not fit, so memory stays fixed whatever the values span.
 */
final class ExponentialBucketAccumulator extends HistogramAccumulator {

  static final int MAX_SCALE = 20;
  static final int MAX_BUCKETS = 160;

  private int scale = MAX_SCALE;
  private long[] counts = new long[MAX_BUCKETS];
  private int offset;
  private int lowest;
  private int highest;
  private boolean empty = true;
  private long zeroCount;

  ExponentialBucketAccumulator(MetricSpec spec) {
    super(spec);
  }

  @Override
  void addToBucket(long nativeValue, long count) {
    if (count == 0) {
      return;
    }
    if (nativeValue <= 0) {
      zeroCount += count;
      return;
    }
    int index = indexOf(spec.toExported(nativeValue), scale);
    if (empty) {
      offset = index;
      lowest = index;
      highest = index;
      empty = false;
    }
    int newLowest = Math.min(lowest, index);
    int newHighest = Math.max(highest, index);
    int shift = 0;
    while ((long) (newHighest >> shift) - (newLowest >> shift) >= MAX_BUCKETS) {
      shift++;
    }
    if (shift > 0) {
      downscale(shift);
      index >>= shift;
      newLowest >>= shift;
      newHighest >>= shift;
    }
    if (newLowest < offset || newHighest >= offset + MAX_BUCKETS) {
      rebase(newLowest);
    }
    counts[index - offset] += count;
    lowest = newLowest;
    highest = newHighest;
  }

  /** Merging 2^shift neighbours into one bucket is exact: bucket i at scale s is bucket i>>1 at scale s-1. */
  private void downscale(int shift) {
    long[] merged = new long[MAX_BUCKETS];
    int newOffset = lowest >> shift;
    for (int index = lowest; index <= highest; index++) {
      merged[(index >> shift) - newOffset] += counts[index - offset];
    }
    counts = merged;
    offset = newOffset;
    lowest >>= shift;
    highest >>= shift;
    scale -= shift;
  }

  private void rebase(int newOffset) {
    long[] moved = new long[MAX_BUCKETS];
    for (int index = lowest; index <= highest; index++) {
      moved[index - newOffset] = counts[index - offset];
    }
    counts = moved;
    offset = newOffset;
  }

  /**
   * The bucket holding {@code value} at {@code scale}: bucket i covers (2^(i/2^scale), 2^((i+1)/2^scale)], so an
   * exact power of two closes the bucket below it.
   */
  static int indexOf(double value, int scale) {
    int exponent = Math.getExponent(value);
    boolean powerOfTwo = (Double.doubleToRawLongBits(value) & 0x000FFFFFFFFFFFFFL) == 0;
    if (scale <= 0) {
      int indexAtScaleZero = powerOfTwo ? exponent - 1 : exponent;
      return indexAtScaleZero >> -scale;
    }
    if (powerOfTwo) {
      return (exponent << scale) - 1;
    }
    return (int) Math.ceil(Math.log(value) * Math.scalb(1 / Math.log(2), scale)) - 1;
  }

  int scale() {
    return scale;
  }

  @Override
  PointData toPoint(long startEpochNanos, long endEpochNanos, Attributes attributes) {
    ExponentialHistogramBuckets positive;
    if (empty) {
      positive = ExponentialHistogramBuckets.create(scale, 0, Collections.emptyList());
    } else {
      List<Long> bucketCounts = new ArrayList<>(highest - lowest + 1);
      for (int index = lowest; index <= highest; index++) {
        bucketCounts.add(counts[index - offset]);
      }
      positive = ExponentialHistogramBuckets.create(scale, lowest, bucketCounts);
    }
    ExponentialHistogramBuckets negative = ExponentialHistogramBuckets.create(scale, 0, Collections.emptyList());
    return ExponentialHistogramPointData.create(scale, exportedSum(), zeroCount, hasMinMax(), exportedMin(),
        hasMinMax(), exportedMax(), positive, negative, startEpochNanos, endEpochNanos, attributes,
        Collections.emptyList());
  }
}
