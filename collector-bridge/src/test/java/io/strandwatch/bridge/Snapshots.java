package io.strandwatch.bridge;

import io.strandwatch.bridge.model.LlmCallSeriesSnapshot;
import io.strandwatch.bridge.model.LlmUsage;
import io.strandwatch.bridge.model.Measure;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/** Real snapshots built the way the agent builds them: HdrHistograms of known values plus exact sums. */
final class Snapshots {

  static final long T0 = TimeUnit.SECONDS.toNanos(1_700_000_000L);
  static final long INTERVAL = TimeUnit.SECONDS.toNanos(10);

  private Snapshots() {}

  /** A measure of {@code values} recorded into a 3-significant-digit histogram, as the agent does. */
  static Measure measure(long... values) {
    Histogram histogram = new Histogram(3);
    long sum = 0;
    for (long value : values) {
      histogram.recordValue(value);
      sum += value;
    }
    return new Measure(histogram, values.length, sum, 0);
  }

  static long ms(long millis) {
    return TimeUnit.MILLISECONDS.toNanos(millis);
  }

  static StrandSeriesSnapshot strand(String name, Map<String, String> attributes, Measure duration) {
    return new StrandSeriesSnapshot(name, attributes, StrandSeriesSnapshot.OK, null, duration, Measure.EMPTY,
        Measure.EMPTY, LlmUsage.NONE);
  }

  static MetricsSnapshot snapshot(int intervalIndex, List<StrandSeriesSnapshot> strands,
      List<LlmCallSeriesSnapshot> calls) {
    long start = T0 + intervalIndex * INTERVAL;
    return new MetricsSnapshot(start, start + INTERVAL, strands, calls);
  }
}
