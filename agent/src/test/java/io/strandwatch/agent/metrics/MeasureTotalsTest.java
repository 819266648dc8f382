package io.strandwatch.agent.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class MeasureTotalsTest {

  private static final double[] PERCENTILES = {0, 0.1, 1, 25, 50, 90, 95, 99, 99.9, 99.99, 100};

  @Test
  void percentilesAndMaxAreHdrHistogramsOverEveryInterval() {
    Random random = new Random(7);
    for (int trial = 0; trial < 20; trial++) {
      MeasureTotals totals = new MeasureTotals();
      Histogram reference = new Histogram(BucketLayout.SIGNIFICANT_DIGITS);
      int intervals = 1 + random.nextInt(5);
      for (int i = 0; i < intervals; i++) {
        MeasureRecorder recorder = new MeasureRecorder();
        int values = 1 + random.nextInt(3000);
        for (int k = 0; k < values; k++) {
          long v = trial % 4 == 0 ? random.nextInt(300) : (long) Math.pow(10, 3 + 7 * random.nextDouble());
          recorder.record(v);
          reference.recordValue(v);
        }
        totals.add(recorder.drain());
      }
      assertEquals(reference.getTotalCount(), totals.count());
      for (double p : PERCENTILES) {
        assertEquals(reference.getValueAtPercentile(p), totals.percentile(p), "trial " + trial + " p" + p);
      }
      assertEquals(reference.getMaxValue(), totals.max());
      assertTrue(totals.hasDistribution());
    }
  }

  @Test
  void anEmptyTotalHasNoPercentiles() {
    MeasureTotals totals = new MeasureTotals();
    totals.add(new MeasureRecorder().drain());
    assertFalse(totals.hasDistribution());
    assertEquals(-1, totals.percentile(50));
    assertEquals(-1, totals.max());
    assertEquals(-1, totals.mean());
  }
}
