package io.strandwatch.agent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.strandwatch.bridge.model.Measure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MeasureRecorderTest {

  @Test
  void drainsExactCountSumAndUnavailableThenStartsEmpty() {
    MeasureRecorder r = new MeasureRecorder();
    r.record(10);
    r.record(20);
    r.record(30);
    r.recordUnavailable();

    Measure m = r.drain();
    assertEquals(3, m.count());
    assertEquals(60, m.sum());
    assertEquals(1, m.unavailable());
    assertEquals(3, m.histogram().getTotalCount());
    assertEquals(30, m.histogram().getMaxValue());
    assertSame(Measure.EMPTY, r.drain());
  }

  @Test
  void negativeValuesAreClampedToZeroInsteadOfThrowing() {
    MeasureRecorder r = new MeasureRecorder();
    r.record(-5);
    Measure m = r.drain();
    assertEquals(1, m.count());
    assertEquals(0, m.sum());
  }

  @Test
  void keepsValuesAcrossTheWholeRangeWithinOnePercent() {
    MeasureRecorder r = new MeasureRecorder();
    r.record(1);
    r.record(3_600_000_000_000L);
    Measure m = r.drain();
    assertEquals(1, m.histogram().getMinValue());
    assertEquals(3_600_000_000_000L, m.histogram().getMaxValue(), 3_600_000_000_000L * 0.01);
  }

  /**
   * Every value lands in exactly one drain and in its bucket, while drains race the writers over 24 magnitudes
   * (the counter, chunk and recorder marks all flip under them). Also guards against the livelock HdrHistogram's
   * packed concurrent histograms showed here.
   */
  @Test
  @Timeout(60)
  void concurrentWritersLoseNothingAcrossDrains() throws Exception {
    assertTrue(BucketLayout.CHUNKS <= Long.SIZE, "one bit per chunk in a long");
    MeasureRecorder r = new MeasureRecorder();
    int threads = 4;
    int perThread = 200_000;
    List<Thread> writers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w = new Thread(() -> {
        for (int i = 1; i <= perThread; i++) {
          r.record(value(i));
        }
      });
      writers.add(w);
      w.start();
    }
    java.util.TreeMap<Long, Long> drained = new java.util.TreeMap<>();
    long count = 0;
    long sum = 0;
    int drains = 0;
    while (writers.stream().anyMatch(Thread::isAlive)) {
      Measure m = r.drain();
      m.forEachBucket((value, n) -> drained.merge(value, n, Long::sum));
      count += m.count();
      sum += m.sum();
      drains++;
    }
    for (Thread w : writers) {
      w.join();
    }
    Measure last = r.drain();
    last.forEachBucket((value, n) -> drained.merge(value, n, Long::sum));
    count += last.count();
    sum += last.sum();

    org.HdrHistogram.Histogram reference = new org.HdrHistogram.Histogram(MeasureRecorder.SIGNIFICANT_DIGITS);
    long expectedSumPerThread = 0;
    for (int i = 1; i <= perThread; i++) {
      expectedSumPerThread += value(i);
      reference.recordValueWithCount(value(i), threads);
    }
    java.util.TreeMap<Long, Long> expected = new java.util.TreeMap<>();
    reference.recordedValues().forEach(v -> expected.put(reference.lowestEquivalentValue(v.getValueIteratedTo()),
        v.getCountAddedInThisIterationStep()));
    assertEquals((long) threads * perThread, count, drains + " drains");
    assertEquals(threads * expectedSumPerThread, sum);
    assertEquals(expected, drained);
    assertEquals(Measure.EMPTY, r.drain(), "nothing left marked");
  }

  private static long value(int i) {
    return (long) (i % 1000) << (i % 24);
  }

  @Test
  void bucketsAreHdrHistogramsAtTwoDigitsSoPercentilesAreUnchanged() {
    org.HdrHistogram.Histogram reference = new org.HdrHistogram.Histogram(MeasureRecorder.SIGNIFICANT_DIGITS);
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 200_000; i++) {
      long v = i < 1000 ? i : (random.nextLong() >>> random.nextInt(64));
      long lowest = BucketLayout.valueAt(BucketLayout.countsIndex(v));
      assertEquals(reference.lowestEquivalentValue(v), lowest, "value " + v);
      assertEquals(reference.highestEquivalentValue(v),
          BucketLayout.highestEquivalentAt(BucketLayout.countsIndex(v)), "highest for " + v);
    }
    assertEquals(reference.lowestEquivalentValue(Long.MAX_VALUE),
        BucketLayout.valueAt(BucketLayout.countsIndex(Long.MAX_VALUE)));
  }

  @Test
  void anUnusedRecorderHoldsNoCountersAndADrainedOneKeepsOnlyTheMagnitudesItSaw() {
    MeasureRecorder r = new MeasureRecorder();
    assertSame(Measure.EMPTY, r.drain());
    for (long v = 1_000_000; v < 8_000_000; v += 1000) {
      r.record(v);
    }
    Measure m = r.drain();
    assertEquals(7000, m.count());
    assertEquals(7000, m.histogram().getTotalCount());
    org.HdrHistogram.Histogram reference = new org.HdrHistogram.Histogram(MeasureRecorder.SIGNIFICANT_DIGITS);
    for (long v = 1_000_000; v < 8_000_000; v += 1000) {
      reference.recordValue(v);
    }
    for (double p : new double[] {50, 90, 99, 99.9, 100}) {
      assertEquals(reference.getValueAtPercentile(p), m.histogram().getValueAtPercentile(p), "p" + p);
    }
    assertEquals(reference.getMinValue(), m.minValue());
    assertEquals(reference.getMaxValue(), m.maxValue());
    long[] visited = new long[2];
    m.forEachBucket((value, n) -> {
      assertEquals(reference.lowestEquivalentValue(value), value);
      assertEquals(reference.getCountAtValue(value), n);
      visited[0] += n;
      visited[1]++;
    });
    assertEquals(7000, visited[0]);
    assertEquals(m.histogram().recordedValues().iterator().hasNext() ? countBuckets(reference) : 0, visited[1]);
    assertSame(Measure.EMPTY, r.drain());
  }

  private static long countBuckets(org.HdrHistogram.AbstractHistogram h) {
    long n = 0;
    for (org.HdrHistogram.HistogramIterationValue ignored : h.recordedValues()) {
      n++;
    }
    return n;
  }
}
