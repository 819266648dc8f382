package io.strandwatch.agent.alerts;

/**
 * A global cap on alert events per calendar minute. During an incident dozens of rules can trip at once; past
 * the cap the events are counted, not sent, and one line summarizes them when the minute is over.
 */
public final class AlertRateLimiter {

  private final int maxPerMinute;
  private long minute = Long.MIN_VALUE;
  private int sent;
  private int suppressed;
  private long totalSuppressed;

  public AlertRateLimiter(int maxPerMinute) {
    this.maxPerMinute = maxPerMinute;
  }

  /** True when one more event may be sent at {@code nowMillis}. */
  public boolean tryAcquire(long nowMillis) {
    roll(nowMillis);
    if (sent < maxPerMinute) {
      sent++;
      return true;
    }
    suppressed++;
    totalSuppressed++;
    return false;
  }

  /**
   * The summary of a finished minute that went over the cap, or null. Call at the start of each evaluation so
   * the line appears once, soon after the minute ends.
   */
  public String takeSummary(long nowMillis) {
    long m = Math.floorDiv(nowMillis, 60_000L);
    if (m == minute || suppressed == 0) {
      if (m != minute) {
        roll(nowMillis);
      }
      return null;
    }
    String line = "[strandwatch] " + suppressed + " alert event" + (suppressed == 1 ? " was" : "s were")
        + " not sent in the minute from " + java.time.Instant.ofEpochMilli(minute * 60_000L)
        + ": over the cap of " + maxPerMinute + " per minute (they are in the alert history)";
    roll(nowMillis);
    return line;
  }

  public long totalSuppressed() {
    return totalSuppressed;
  }

  private void roll(long nowMillis) {
    long m = Math.floorDiv(nowMillis, 60_000L);
    if (m != minute) {
      minute = m;
      sent = 0;
      suppressed = 0;
    }
  }
}
