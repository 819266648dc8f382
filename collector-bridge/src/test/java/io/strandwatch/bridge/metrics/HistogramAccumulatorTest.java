package io.strandwatch.bridge.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.strandwatch.bridge.model.Measure;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class HistogramAccumulatorTest {

  private static HistogramPointData point(HistogramAccumulator accumulator) {
    return (HistogramPointData) accumulator.toPoint(0, 1, Attributes.empty());
  }

  @Test
  void aCountAheadOfTheHistogramPutsTheDifferenceAtTheMean() {
    ExplicitBucketAccumulator accumulator = new ExplicitBucketAccumulator(StrandMetrics.STRAND_TOKEN_USAGE);
    Histogram histogram = new Histogram(3);
    histogram.recordValue(2);
    // The exact counters saw a second value (100) that the histogram put in the next interval.
    accumulator.record(new Measure(histogram, 2, 102, 0));
    HistogramPointData point = point(accumulator);
    assertEquals(2, point.getCount());
    assertEquals(102.0, point.getSum(), 0.0);
    // Mean 51 is in (16, 64].
    assertEquals(List.of(0L, 1L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), point.getCounts());
  }

  @Test
  void aCountBehindTheHistogramTakesFromTheHighestBuckets() {
    ExplicitBucketAccumulator accumulator = new ExplicitBucketAccumulator(StrandMetrics.STRAND_TOKEN_USAGE);
    Histogram histogram = new Histogram(3);
    histogram.recordValue(2);
    histogram.recordValue(5000);
    accumulator.record(new Measure(histogram, 1, 2, 0));
    HistogramPointData point = point(accumulator);
    assertEquals(1, point.getCount());
    assertEquals(1L, point.getCounts().stream().mapToLong(Long::longValue).sum());
    assertEquals(1L, point.getCounts().get(1));
  }

  @Test
  void aMeasureWithoutHistogramStillCountsExactly() {
    ExplicitBucketAccumulator accumulator = new ExplicitBucketAccumulator(StrandMetrics.STRAND_LLM_CALLS);
    accumulator.record(new Measure(null, 4, 8, 0));
    accumulator.record(Measure.EMPTY);
    HistogramPointData point = point(accumulator);
    assertEquals(4, point.getCount());
    assertEquals(8.0, point.getSum(), 0.0);
    assertEquals(2.0, point.getMin(), 0.0);
    assertEquals(4L, (long) point.getCounts().get(2));
  }

  @Test
  void anEmptyAccumulatorHasNoMinOrMax() {
    HistogramPointData point = point(new ExplicitBucketAccumulator(StrandMetrics.STRAND_DURATION));
    assertEquals(0, point.getCount());
    assertFalse(point.hasMin());
    assertFalse(point.hasMax());
  }
}
