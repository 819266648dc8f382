package io.strandwatch.agent.rules.window;

/**
 * Per-minute pairs of counters (a total and a part of it: executions and errors, calls and failed calls, or
 * spend alone) for the last {@code capacity} minutes. Slots are stamped with their minute and reset lazily,
 * so idle minutes cost nothing and a window sum never sees stale data.
 */
public final class MinuteRing {

  private final long[] stamps;
  private final long[] totals;
  private final long[] parts;

  public MinuteRing(int capacity) {
    stamps = new long[capacity];
    totals = new long[capacity];
    parts = new long[capacity];
    java.util.Arrays.fill(stamps, Long.MIN_VALUE);
  }

  public int capacity() {
    return stamps.length;
  }

  public void add(long minute, long total, long part) {
    int i = (int) Math.floorMod(minute, (long) stamps.length);
    if (stamps[i] != minute) {
      stamps[i] = minute;
      totals[i] = 0;
      parts[i] = 0;
    }
    totals[i] += total;
    parts[i] += part;
  }

  /** Sum of totals over the {@code minutes} minutes ending with {@code nowMinute} (inclusive). */
  public long total(long nowMinute, int minutes) {
    return sum(totals, nowMinute, minutes);
  }

  public long part(long nowMinute, int minutes) {
    return sum(parts, nowMinute, minutes);
  }

  /** The total of one minute, 0 when nothing was recorded in it. */
  public long totalAt(long minute) {
    int i = (int) Math.floorMod(minute, (long) stamps.length);
    return stamps[i] == minute ? totals[i] : 0;
  }

  private long sum(long[] values, long nowMinute, int minutes) {
    int n = Math.min(minutes, stamps.length);
    long s = 0;
    for (int i = 0; i < stamps.length; i++) {
      long age = nowMinute - stamps[i];
      if (age >= 0 && age < n) {
        s += values[i];
      }
    }
    return s;
  }
}
