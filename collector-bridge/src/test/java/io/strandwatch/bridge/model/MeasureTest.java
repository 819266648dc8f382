package io.strandwatch.bridge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class MeasureTest {

  private static List<List<Long>> buckets(Measure m) {
    List<List<Long>> out = new ArrayList<>();
    m.forEachBucket((value, n) -> out.add(List.of(value, n)));
    return out;
  }

  @Test
  void zerosOnAnEmptyIntervalAreOneBucketAtZero() {
    Measure m = Measure.EMPTY.plusZeros(7, 2);
    assertEquals(List.of(List.of(0L, 7L)), buckets(m));
    assertEquals(7, m.count());
    assertEquals(0, m.sum());
    assertEquals(0, m.maxValue());
    assertEquals(0, m.histogram().getValueAtPercentile(99));
  }

  @Test
  void zerosGoBeforeTheRecordedBucketsOrIntoTheZeroBucket() {
    Measure calls = Measure.ofBuckets(new long[] {1, 3}, new long[] {4, 1}, 3, 2, 5, 7, 1);
    Measure m = calls.plusZeros(5, 2);
    assertEquals(List.of(List.of(0L, 5L), List.of(1L, 4L), List.of(3L, 1L)), buckets(m));
    assertEquals(10, m.count());
    assertEquals(7, m.sum(), "zeros add nothing to the sum");
    assertEquals(1, m.unavailable());
    assertEquals(3, m.maxValue());
    assertEquals(1, m.histogram().getValueAtPercentile(90), "the 9th of 10 values is a 1");

    Measure again = m.plusZeros(2, 2);
    assertEquals(List.of(List.of(0L, 7L), List.of(1L, 4L), List.of(3L, 1L)), buckets(again));
    assertEquals(List.of(List.of(0L, 5L), List.of(1L, 4L), List.of(3L, 1L)), buckets(m), "the original is unchanged");
  }

  @Test
  void aHistogramMeasureGetsTheSameBucketsAndNoZerosIsItself() {
    Histogram h = new Histogram(2);
    h.recordValueWithCount(2, 3);
    Measure calls = new Measure(h, 3, 6, 0);
    assertSame(calls, calls.plusZeros(0, 2));
    Measure m = calls.plusZeros(1, 2);
    assertEquals(List.of(List.of(0L, 1L), List.of(2L, 3L)), buckets(m));
    assertEquals(2, m.maxValue());
    assertEquals(4, m.count());
  }
}
