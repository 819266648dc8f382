package io.strandwatch.agent.rules;

import io.strandwatch.bridge.model.LlmCallSeriesSnapshot;
import io.strandwatch.bridge.model.LlmUsage;
import io.strandwatch.bridge.model.Measure;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** Synthetic snapshot parts: every execution or call in a series has the same values. */
final class Data {

  static final long MS = 1_000_000L;
  static final long SECOND = 1_000_000_000L;
  /** Pico-USD per US cent. */
  static final long CENT = 10_000_000_000L;

  private Data() {}

  static Measure measure(long value, long count) {
    return measure(value, count, 0);
  }

  static Measure measure(long value, long count, long unavailable) {
    if (count == 0) {
      return new Measure(null, 0, 0, unavailable);
    }
    Histogram h = new Histogram(3);
    h.recordValueWithCount(value, count);
    return new Measure(h, count, value * count, unavailable);
  }

  /** {@code n} executions of a strand, each with the given duration and nothing else. */
  static Strand strand(String name, long n, long durationNanos) {
    return new Strand(name, n, durationNanos);
  }

  /** A fluent builder of one strand series. */
  static final class Strand {
    final String name;
    final long n;
    final long duration;
    String outcome = StrandSeriesSnapshot.OK;
    Map<String, String> attributes = Collections.emptyMap();
    long cpu = -1;
    long allocated = -1;
    long costPico = -1;
    long calls = -1;
    long input = -1;

    Strand(String name, long n, long duration) {
      this.name = name;
      this.n = n;
      this.duration = duration;
    }

    Strand failed() {
      outcome = StrandSeriesSnapshot.ERROR;
      return this;
    }

    Strand attributes(Map<String, String> a) {
      attributes = a;
      return this;
    }

    Strand cpu(long nanos) {
      cpu = nanos;
      return this;
    }

    Strand allocated(long bytes) {
      allocated = bytes;
      return this;
    }

    Strand cost(long picoUsdEach) {
      costPico = picoUsdEach;
      return this;
    }

    Strand calls(long callsEach) {
      calls = callsEach;
      return this;
    }

    Strand inputTokens(long each) {
      input = each;
      return this;
    }

    StrandSeriesSnapshot build() {
      LlmUsage usage = new LlmUsage(calls < 0 ? Measure.EMPTY : measure(calls, n),
          input < 0 ? Measure.EMPTY : measure(input, n), Measure.EMPTY, Measure.EMPTY, Measure.EMPTY, Measure.EMPTY,
          costPico < 0 ? Measure.EMPTY : measure(costPico, n));
      return new StrandSeriesSnapshot(name, attributes, outcome,
          outcome.equals(StrandSeriesSnapshot.ERROR) ? "java.io.IOException" : null, measure(duration, n),
          cpu < 0 ? Measure.EMPTY : measure(cpu, n), allocated < 0 ? Measure.EMPTY : measure(allocated, n), usage);
    }
  }

  /** {@code n} LLM calls of one series; cost per call in pico-USD ({@code costUnavailable} calls without cost). */
  static LlmCallSeriesSnapshot call(String provider, String model, String strand, long n, String errorType,
      long inputTokensEach, long costPicoEach, long costUnavailable) {
    LlmUsage usage = new LlmUsage(new Measure(null, n, n, 0), measure(inputTokensEach, n), measure(100, n),
        Measure.EMPTY, Measure.EMPTY, Measure.EMPTY,
        measure(costPicoEach, n - costUnavailable, costUnavailable));
    return new LlmCallSeriesSnapshot(provider, "chat", model, model, "api.example.com", 443, strand, errorType,
        measure(500 * MS, n), Measure.EMPTY, usage);
  }

  static MetricsSnapshot snapshot(List<Strand> strands, List<LlmCallSeriesSnapshot> calls) {
    List<StrandSeriesSnapshot> s = new ArrayList<>();
    for (Strand b : strands) {
      if (b.n > 0) {
        s.add(b.build());
      }
    }
    return new MetricsSnapshot(0, 0, s, calls);
  }

  static MetricsSnapshot strands(Strand... strands) {
    return snapshot(List.of(strands), List.of());
  }

  static MetricsSnapshot calls(LlmCallSeriesSnapshot... calls) {
    return snapshot(List.of(), List.of(calls));
  }
}
