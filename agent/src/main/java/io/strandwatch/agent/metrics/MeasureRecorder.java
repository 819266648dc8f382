package io.strandwatch.agent.metrics;

import io.strandwatch.bridge.model.Measure;
import java.util.concurrent.atomic.AtomicLong;
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
 *
 * <p>Each chunk ends with two mask words, one bit per counter, and the recorder keeps one bit per chunk; both are
 * set by the first value a counter gets in an interval. A drain visits only the marked chunks and takes only the
 * marked counters: about 20 for a busy quantity instead of every counter of every magnitude it ever saw (about
 * 3,000 for durations spread over 1 µs–10 s), and nothing but one read for an idle one. A writer increments
 * before it looks at the marks, sets the counter's bit before the chunk's, and the drain clears the chunk bits,
 * then a chunk's counter bits, then takes the counters: a value whose bits the writer found already set is either
 * taken by this drain or still marked for the next.
 */
public final class MeasureRecorder {

  static final int SIGNIFICANT_DIGITS = BucketLayout.SIGNIFICANT_DIGITS;
  private static final int HALF_MAGNITUDE = BucketLayout.HALF_MAGNITUDE;
  private static final int CHUNK = BucketLayout.CHUNK;
  private static final int CHUNKS = BucketLayout.CHUNKS;
  /** Mask words after a chunk's counters: one bit per counter. */
  private static final int MASK_WORDS = CHUNK / Long.SIZE;

  /** The ticker's buffer for one drain: (counts index, count) pairs; every index at most once. */
  private static final ThreadLocal<long[]> SCRATCH = ThreadLocal.withInitial(() -> new long[2 * CHUNKS * CHUNK]);

  private final AtomicReferenceArray<AtomicLongArray> chunks = new AtomicReferenceArray<>(CHUNKS);
  /** Bit c: chunk c has a marked counter. {@code CHUNKS} is 58, so one long holds them all. */
  private final AtomicLong markedChunks = new AtomicLong();
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
    int slot = index & (CHUNK - 1);
    chunk.getAndIncrement(slot);
    int maskWord = CHUNK + (slot >>> 6);
    long bit = 1L << slot;
    // Only the first value of a bucket in an interval writes the marks; the rest just read one.
    if ((chunk.get(maskWord) & bit) == 0) {
      chunk.accumulateAndGet(maskWord, bit, MeasureRecorder::or);
      long chunkBit = 1L << (index >>> HALF_MAGNITUDE);
      if ((markedChunks.get() & chunkBit) == 0) {
        markedChunks.accumulateAndGet(chunkBit, MeasureRecorder::or);
      }
    }
    sum.add(v);
  }

  private static long or(long a, long b) {
    return a | b;
  }

  public void recordUnavailable() {
    unavailable.increment();
  }

  /** The first value of a magnitude: one allocation per chunk and recorder, ever (the loser of a race drops its). */
  private AtomicLongArray chunkFor(int chunkIndex) {
    chunks.compareAndSet(chunkIndex, null, new AtomicLongArray(CHUNK + MASK_WORDS));
    return chunks.get(chunkIndex);
  }

  /**
   * Drains what was recorded since the last call. Called by the ticker thread only. Returns a Measure whose
   * buckets are owned by the caller.
   */
  public Measure drain() {
    long[] scratch = SCRATCH.get();
    int n = 0;
    long marked = markedChunks.get() == 0 ? 0 : markedChunks.getAndSet(0);
    for (; marked != 0; marked &= marked - 1) {
      int c = Long.numberOfTrailingZeros(marked);
      AtomicLongArray chunk = chunks.get(c);
      for (int word = 0; word < MASK_WORDS; word++) {
        long slots = chunk.get(CHUNK + word) == 0 ? 0 : chunk.getAndSet(CHUNK + word, 0);
        for (; slots != 0; slots &= slots - 1) {
          int slot = (word << 6) | Long.numberOfTrailingZeros(slots);
          long count = chunk.getAndSet(slot, 0);
          // Zero when an earlier drain already took the value whose bit was set after it.
          if (count != 0) {
            scratch[2 * n] = (c << HALF_MAGNITUDE) | slot;
            scratch[2 * n + 1] = count;
            n++;
          }
        }
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
