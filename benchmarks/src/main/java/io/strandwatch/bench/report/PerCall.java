package io.strandwatch.bench.report;

import java.io.IOException;

/** Per-call figures of one configuration, body and thread count, read from the per-call result files. */
final class PerCall {

  static final String ALLOCATION = "gc.alloc.rate.norm";

  private final Measurements measurements;

  PerCall(Measurements measurements) {
    this.measurements = measurements;
  }

  JmhCsv.Score time(String config, String body, int threads) throws IOException {
    return measurements.perCall(config, threads).find(body, "");
  }

  double nanos(String config, String body, int threads) throws IOException {
    JmhCsv.Score s = time(config, body, threads);
    return s == null ? Double.NaN : s.value;
  }

  double bytes(String config, String body, int threads) throws IOException {
    JmhCsv.Score s = measurements.perCall(config, threads).find(body, ALLOCATION);
    return s == null ? Double.NaN : s.value;
  }

  long hungAfter(String config, String body, int threads) throws IOException {
    return measurements.hungAfter(config, threads, body);
  }

  /** The fastest iteration: the cost with the least interference from other processes. */
  double bestNanos(String config, String body, int threads) throws IOException {
    return measurements.perCallLog(config, threads).best(body);
  }

  /** Nanoseconds a call costs more than without any agent. */
  double overhead(String config, String body, int threads) throws IOException {
    return nanos(config, body, threads) - nanos("none", body, threads);
  }

  /** Bytes a call allocates more than without any agent. */
  double extraBytes(String config, String body, int threads) throws IOException {
    return bytes(config, body, threads) - bytes("none", body, threads);
  }
}
