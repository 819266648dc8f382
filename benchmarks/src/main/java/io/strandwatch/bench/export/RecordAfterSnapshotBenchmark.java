package io.strandwatch.bench.export;

import io.strandwatch.agent.metrics.MeasureRecorder;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What an application thread pays to record the first executions of an interval, right after a snapshot: the
 * agent's MeasureRecorder against a plain HdrHistogram Recorder whose interval histogram is recycled. Narrow
 * values stay within one octave; wide ones span 1 µs to 10 s, as strands that wait for LLM calls do.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class RecordAfterSnapshotBenchmark {

  static final int EXECUTIONS = 20;

  @Param({"narrow", "wide"})
  public String range;

  private final MeasureRecorder agentRecorder = new MeasureRecorder();
  private final Recorder recyclingRecorder = new Recorder(2, true);
  private Histogram recycled;
  private final long[] values = new long[EXECUTIONS];

  @Setup(Level.Trial)
  public void chooseValues() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < values.length; i++) {
      values[i] = range.equals("narrow")
          ? 1_000 + random.nextLong(1_000) : (long) (1_000 * Math.exp(random.nextDouble() * Math.log(1e7)));
    }
  }

  /** Every tick drains the recorders; the next executions record into whatever histogram that left active. */
  @Setup(Level.Invocation)
  public void snapshot() {
    agentRecorder.drain();
    recycled = recyclingRecorder.getIntervalHistogram(recycled);
  }

  @Benchmark
  @OperationsPerInvocation(EXECUTIONS)
  public void agentMeasureRecorder() {
    for (long v : values) {
      agentRecorder.record(v);
    }
  }

  @Benchmark
  @OperationsPerInvocation(EXECUTIONS)
  public void recorderWithRecycling() {
    for (long v : values) {
      recyclingRecorder.recordValue(v);
    }
  }
}
