package io.strandwatch.bench.memory;

import java.util.concurrent.ThreadLocalRandom;

/**
 * What every generated strand does: a log-uniformly random amount of CPU work and allocation, so the strand's
 * histograms fill a realistic spread of buckets rather than one, then the requested outcome.
 */
public final class StrandBody {

  public static final int OK = 0;
  public static final int STATE_ERROR = 1;
  public static final int ARGUMENT_ERROR = 2;

  private static final double MAX_SPIN_LOG = Math.log(20_000);
  private static final double MAX_BYTES_LOG = Math.log(64 * 1024);

  /** Keeps the spin and the allocation observable, so neither is optimized away. */
  public static volatile long sink;

  private StrandBody() {}

  public static void run(int outcome) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    int spins = (int) Math.exp(random.nextDouble() * MAX_SPIN_LOG);
    long x = random.nextLong() | 1;
    for (int i = 0; i < spins; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
    }
    byte[] allocated = new byte[(int) Math.exp(random.nextDouble() * MAX_BYTES_LOG)];
    sink = x + allocated.length;
    if (outcome == STATE_ERROR) {
      throw new IllegalStateException("simulated failure");
    }
    if (outcome == ARGUMENT_ERROR) {
      throw new IllegalArgumentException("simulated failure");
    }
  }
}
