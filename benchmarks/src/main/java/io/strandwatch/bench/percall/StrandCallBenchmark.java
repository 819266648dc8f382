package io.strandwatch.bench.percall;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * One call of a tracked method. Which agent (if any) weaves it is decided by the JVM arguments the script passes
 * to the forks, so the very same benchmark measures no agent, every StrandWatch mode and the OpenTelemetry agent.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class StrandCallBenchmark {

  private final TrackedWork target = new TrackedWork();
  /** A field, not a constant, so the work cannot be computed at compile time. */
  private long seed = 0x9E3779B97F4A7C15L;

  @Benchmark
  public void emptyBody() {
    target.empty();
  }

  @Benchmark
  public long workBody() {
    return target.work(seed);
  }
}
