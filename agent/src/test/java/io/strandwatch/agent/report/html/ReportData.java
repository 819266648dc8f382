package io.strandwatch.agent.report.html;

import io.strandwatch.agent.metrics.RunTotals;
import io.strandwatch.bridge.model.LlmCallSeriesSnapshot;
import io.strandwatch.bridge.model.LlmUsage;
import io.strandwatch.bridge.model.Measure;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** Synthetic run totals with known values, for exact assertions on the HTML report. */
final class ReportData {

  static final long MS = 1_000_000L;
  /** Pico-USD per US cent. */
  static final long CENT = 10_000_000_000L;

  private ReportData() {}

  /** {@code values[i]} recorded {@code counts[i]} times. */
  static Measure measure(long[] values, long[] counts) {
    Histogram h = new Histogram(3);
    long n = 0;
    long sum = 0;
    for (int i = 0; i < values.length; i++) {
      h.recordValueWithCount(values[i], counts[i]);
      n += counts[i];
      sum += values[i] * counts[i];
    }
    return new Measure(h, n, sum, 0);
  }

  static Measure each(long value, long n) {
    return measure(new long[] {value}, new long[] {n});
  }

  static Measure unavailable(long n) {
    return new Measure(null, 0, 0, n);
  }

  static StrandSeriesSnapshot strand(String name, Map<String, String> attributes, String errorType,
      Measure duration, Measure cpu, Measure allocated, LlmUsage llm) {
    return new StrandSeriesSnapshot(name, attributes, errorType == null ? StrandSeriesSnapshot.OK
        : StrandSeriesSnapshot.ERROR, errorType, duration, cpu, allocated, llm);
  }

  /** {@code n} executions each with {@code calls} calls, {@code input}/{@code output} tokens and a cost. */
  static LlmUsage usage(long n, long calls, long input, long output, Measure cost) {
    return new LlmUsage(each(calls, n), each(input, n), each(output, n), Measure.EMPTY, Measure.EMPTY,
        Measure.EMPTY, cost);
  }

  /** Usage of {@code n} LLM calls (per call), each with the given tokens; null tokens were not reported. */
  static LlmUsage callUsage(long n, Long input, Long output, Measure cost) {
    return new LlmUsage(new Measure(null, n, n, 0), input == null ? unavailable(n) : each(input, n),
        output == null ? unavailable(n) : each(output, n), Measure.EMPTY, Measure.EMPTY, Measure.EMPTY, cost);
  }

  static LlmCallSeriesSnapshot call(String provider, String model, String strand, long n, LlmUsage usage) {
    return new LlmCallSeriesSnapshot(provider, "chat", model, model, "127.0.0.1", 443, strand, null,
        each(800 * MS, n), Measure.EMPTY, usage);
  }

  static RunTotals totals(List<StrandSeriesSnapshot> strands, List<LlmCallSeriesSnapshot> calls) {
    RunTotals totals = new RunTotals();
    totals.add(new MetricsSnapshot(0, 0, strands, calls));
    return totals;
  }
}
