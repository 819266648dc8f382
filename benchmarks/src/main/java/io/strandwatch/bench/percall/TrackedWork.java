package io.strandwatch.bench.percall;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.strandwatch.annotations.TrackedStrand;

/**
 * The method under measurement, carrying both StrandWatch's and OpenTelemetry's annotation: each agent weaves
 * only its own, and without an agent neither does anything, so every configuration runs the same bytecode.
 */
public class TrackedWork {

  /** Iterations of {@link #work} that take about 1 µs on the benchmark machine (checked by the smoke run). */
  static final int WORK_ITERATIONS = 400;

  @TrackedStrand("bench.empty")
  @WithSpan("bench.empty")
  public void empty() {
  }

  /**
   * About a microsecond of CPU work that the JIT can neither fold nor vectorize: each xorshift step depends on
   * the previous one, and the caller consumes the result.
   */
  @TrackedStrand("bench.work")
  @WithSpan("bench.work")
  public long work(long seed) {
    long x = seed | 1;
    for (int i = 0; i < WORK_ITERATIONS; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
    }
    return x;
  }
}
