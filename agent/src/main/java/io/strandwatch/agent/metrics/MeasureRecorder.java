package io.strandwatch.agent.metrics;

import io.strandwatch.bridge.model.Measure;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Records one quantity of one series from many threads without locks: per-bucket counters laid out exactly like
 * an HdrHistogram with 2 significant digits (1 % value precision), plus {@link LongAdder}s for the exact sum and
 * for executions whose value was unavailable. The ticker drains it into an interval {@link Measure}.
 *
 * <p>Why not HdrHistogram's {@code Recorder}: it keeps two grown concurrent histograms per quantity, each with
 * two full counts arrays (37 KB for values up to 10 ms, 58 KB up to 10 s), and the interval swap needs either a
 * copy or a fresh histogram that application threads then resize. Here the counters come in chunks of 128 (one
 * chunk per power of two of the value, the layout HdrHistogram uses), allocated the first time a value of that
 * magnitude arrives and kept: a quantity spanning three orders of magnitude holds about 10 chunks (10 KB), an
 * unused one none. Draining takes each non-zero counter with {@code getAndSet(0)}, so a value recorded during
 * the drain lands in this interval or the next, never in neither, and the snapshot gets just the buckets hit.
 */
public final class MeasureRecorder {

  static final int SIGNIFICANT_DIGITS = BucketLayout.SIGNIFICANT_DIGITS;
  private static final int HALF_MAGNITUDE = BucketLayout.HALF_MAGNITUDE;
  private static final int CHUNK = BucketLayout.CHUNK;
  private static final int CHUNKS = BucketLayout.CHUNKS;

  /** The ticker's buffer for one drain: (counts index, count) pairs; every index at most once. */
  private static final ThreadLocal<long[]> SCRATCH = ThreadLocal.withInitial(() -> new long[2 * CHUNKS * CHUNK]);

  private final AtomicReferenceArray<AtomicLongArray> chunks = new AtomicReferenceArray<>(CHUNKS);
  private final LongAdder sum = new LongAdder();
  private final LongAdder unavailable = new LongAdder();

  /** Records a value; negative values (clock steps, JDK quirks) are clamped to 0 rather than thrown. */
  public void record(long value) {
    long v = value < 0 ? 0 : value;
    int index = BucketLayout.countsIndex(v);
    AtomicLongArray chunk = chunks.get(index >>> HALF_MAGNITUDE);
    if (chunk == null) {
      chunk = chunkFor(index >>> HALF_MAGNITUDE);
    }
    chunk.getAndIncrement(index & (CHUNK - 1));
    sum.add(v);
  }

  public void recordUnavailable() {
    unavailable.increment();
  }

  /** The first value of a magnitude: one allocation per chunk and recorder, ever (the loser of a race drops its). */
  private AtomicLongArray chunkFor(int chunkIndex) {
    chunks.compareAndSet(chunkIndex, null, new AtomicLongArray(CHUNK));
    return chunks.get(chunkIndex);
  }

  /**
   * Drains what was recorded since the last call. Called by the ticker thread only. Returns a Measure whose
   * buckets are owned by the caller.
   */
  public Measure drain() {
    long[] scratch = SCRATCH.get();
    int n = 0;
    for (int c = 0; c < CHUNKS; c++) {
      AtomicLongArray chunk = chunks.get(c);
      if (chunk == null) {
        continue;
      }
      for (int slot = 0; slot < CHUNK; slot++) {
        if (chunk.get(slot) == 0) {
          continue;
        }
        // Both reads see the counter non-zero: only the ticker ever lowers it.
        scratch[2 * n] = (c << HALF_MAGNITUDE) | slot;
        scratch[2 * n + 1] = chunk.getAndSet(slot, 0);
        n++;
      }
    }
    long s = sum.sumThenReset();
    long u = unavailable.sumThenReset();
    long count = 0;
    long[] values = new long[n];
    long[] counts = new long[n];
    for (int i = 0; i < n; i++) {
      values[i] = BucketLayout.valueAt((int) scratch[2 * i]);
      counts[i] = scratch[2 * i + 1];
      count += counts[i];
    }
    // A value recorded after its counter was drained but before the sum reset is in this interval's sum only: the
    // Measure is kept (count 0, that sum) or the sum would be lost (HotPathLoadTest). Across intervals the totals
    // stay exact.
    if (count == 0 && u == 0 && s == 0) {
      return Measure.EMPTY;
    }
    long highest = n == 0 ? 0 : BucketLayout.highestEquivalentAt((int) scratch[2 * (n - 1)]);
    return Measure.ofBuckets(values, counts, highest, SIGNIFICANT_DIGITS, count, s, u);
  }
}
