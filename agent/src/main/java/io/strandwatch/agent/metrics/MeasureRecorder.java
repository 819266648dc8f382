package io.strandwatch.agent.metrics;

import io.strandwatch.bridge.model.Measure;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Records one quantity of one series from many threads without locks or allocation: a wait-free HdrHistogram
 * {@link Recorder} for the distribution plus {@link LongAdder}s for the exact sum and for executions whose
 * value was unavailable. The ticker drains it into an interval {@link Measure}.
 *
 * <p>Histograms auto-resize at 2 significant digits (1 % value precision), so they cost little until values
 * arrive and grow with the largest value seen (about 18 KB each for values up to 10 ms, 29 KB up to 10 s). They
 * are deliberately not HdrHistogram's packed concurrent variant, which would be smaller: under concurrent
 * resizing it livelocked writer threads in {@code MeasureRecorderTest}, and writers here are application
 * threads.
 */
public final class MeasureRecorder {

  static final int SIGNIFICANT_DIGITS = 2;

  private final Recorder recorder = new Recorder(SIGNIFICANT_DIGITS);
  private final LongAdder sum = new LongAdder();
  private final LongAdder unavailable = new LongAdder();
  private Histogram recycled;

  /** Records a value; negative values (clock steps, JDK quirks) are clamped to 0 rather than thrown. */
  public void record(long value) {
    long v = value < 0 ? 0 : value;
    recorder.recordValue(v);
    sum.add(v);
  }

  public void recordUnavailable() {
    unavailable.increment();
  }

  /**
   * Drains what was recorded since the last call. Called by the ticker thread only. Returns a Measure whose
   * histogram is owned by the caller.
   */
  public Measure drain() {
    Histogram interval = recorder.getIntervalHistogram(recycled);
    recycled = interval;
    long s = sum.sumThenReset();
    long u = unavailable.sumThenReset();
    long count = interval.getTotalCount();
    // A value recorded after the histogram swap but before the sum reset is in this interval's sum only: the Measure
    // is kept (count 0, that sum) or the sum would be lost (HotPathLoadTest).
    if (count == 0 && u == 0 && s == 0) {
      return Measure.EMPTY;
    }
    // The snapshot gets a copy and the recorder keeps its grown histogram: handing the original away would make
    // the next interval start from a minimal one that application threads must resize (allocation and an
    // internal exception on the strand's exit path). The copy is the ticker's cost instead.
    // A value recorded between the histogram swap and the sum reset lands in the next interval's sum but this
    // interval's histogram (or the reverse); the totals across intervals stay exact.
    return new Measure(interval.copy(), count, s, u);
  }
}
