package io.strandwatch.agent.rules.window;

import io.strandwatch.agent.rules.stats.LogHistogram;
import org.HdrHistogram.AbstractHistogram;

/** Per-minute histograms for the last {@code capacity} minutes; the windowed quantiles of the rules. */
public final class HistogramRing {

  private final long[] stamps;
  private final LogHistogram[] slots;

  public HistogramRing(int capacity) {
    stamps = new long[capacity];
    slots = new LogHistogram[capacity];
    java.util.Arrays.fill(stamps, Long.MIN_VALUE);
  }

  public void add(long minute, AbstractHistogram values) {
    slotFor(minute).addAll(values);
  }

  public void add(long minute, long value, long count) {
    slotFor(minute).add(value, count);
  }

  /** The histogram of one minute, or null when nothing was recorded in it. */
  public LogHistogram at(long minute) {
    int i = (int) Math.floorMod(minute, (long) stamps.length);
    return stamps[i] == minute ? slots[i] : null;
  }

  /** Merges the {@code minutes} minutes ending with {@code nowMinute} into {@code target} (cleared first). */
  public LogHistogram window(long nowMinute, int minutes, LogHistogram target) {
    target.clear();
    int n = Math.min(minutes, stamps.length);
    for (int i = 0; i < stamps.length; i++) {
      long age = nowMinute - stamps[i];
      if (age >= 0 && age < n) {
        target.addAll(slots[i]);
      }
    }
    return target;
  }

  private LogHistogram slotFor(long minute) {
    int i = (int) Math.floorMod(minute, (long) stamps.length);
    if (slots[i] == null) {
      slots[i] = new LogHistogram();
    }
    if (stamps[i] != minute) {
      stamps[i] = minute;
      slots[i].clear();
    }
    return slots[i];
  }
}
