package io.strandwatch.bridge.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.ExponentialHistogramPointData;
import io.strandwatch.bridge.model.Measure;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ExponentialBucketAccumulatorTest {

  @Test
  void powersOfTwoCloseTheBucketBelow() {
    assertEquals(-1, ExponentialBucketAccumulator.indexOf(1.0, 0));
    assertEquals(0, ExponentialBucketAccumulator.indexOf(1.5, 0));
    assertEquals(0, ExponentialBucketAccumulator.indexOf(2.0, 0));
    assertEquals(1, ExponentialBucketAccumulator.indexOf(3.0, 0));
    assertEquals(0, ExponentialBucketAccumulator.indexOf(4.0, -1));
    assertEquals(1, ExponentialBucketAccumulator.indexOf(5.0, -1));
    assertEquals(3, ExponentialBucketAccumulator.indexOf(4.0, 1));
    // sqrt(2) ~ 1.41421 closes bucket 0 at scale 1; 1.5 is just above it.
    assertEquals(1, ExponentialBucketAccumulator.indexOf(1.5, 1));
    assertEquals((8 << 20) - 1, ExponentialBucketAccumulator.indexOf(256.0, 20));
  }

  @Test
  void aWideRangeDownscalesToFitOneHundredSixtyBuckets() {
    MetricSpec tokens = StrandMetrics.STRAND_TOKEN_USAGE;
    ExponentialBucketAccumulator accumulator = new ExponentialBucketAccumulator(tokens);
    Histogram histogram = new Histogram(3);
    histogram.recordValue(1);
    histogram.recordValue(1 << 20);
    accumulator.record(new Measure(histogram, 2, 1 + (1 << 20), 0));

    ExponentialHistogramPointData point = (ExponentialHistogramPointData) accumulator.toPoint(0, 1,
        Attributes.empty());
    // 20 doublings need 20 * 2^scale < 160 buckets: scale 2 (80 buckets + 1).
    assertEquals(2, point.getScale());
    assertEquals(-1, point.getPositiveBuckets().getOffset());
    List<Long> counts = point.getPositiveBuckets().getBucketCounts();
    assertEquals(81, counts.size());
    assertEquals(1L, counts.get(0));
    assertEquals(1L, counts.get(80));
    assertEquals(2, point.getCount());
    assertEquals(1048577.0, point.getSum(), 0.0);
    assertEquals(1.0, point.getMin(), 0.0);
  }
}
