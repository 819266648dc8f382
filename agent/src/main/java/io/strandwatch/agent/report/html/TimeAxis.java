package io.strandwatch.agent.report.html;

import io.strandwatch.agent.alerts.Durations;

/**
 * Maps wall-clock milliseconds of the run to x coordinates and picks round tick steps (10s, 1m, 15m, 1h, ...)
 * so the alert timeline is labelled in time since the start.
 */
final class TimeAxis {

  private static final long[] STEPS = {1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000,
      600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000, 43_200_000, 86_400_000,
      172_800_000, 604_800_000};

  private final long start;
  private final long end;
  private final double x0;
  private final double width;

  TimeAxis(long startMillis, long endMillis, double x0, double width) {
    this.start = startMillis;
    this.end = Math.max(endMillis, startMillis + 1);
    this.x0 = x0;
    this.width = width;
  }

  double x(long millis) {
    double f = (double) (millis - start) / (end - start);
    return x0 + width * Math.max(0, Math.min(1, f));
  }

  /** The smallest round step that gives at most {@code maxTicks} ticks. */
  long step(int maxTicks) {
    long span = end - start;
    for (long s : STEPS) {
      if (span / s <= maxTicks) {
        return s;
      }
    }
    return STEPS[STEPS.length - 1] * Math.max(1, span / STEPS[STEPS.length - 1] / maxTicks);
  }

  long start() {
    return start;
  }

  long end() {
    return end;
  }

  /** A tick label: {@code 0}, {@code +30s}, {@code +1h30m}. */
  static String label(long offsetMillis) {
    return offsetMillis == 0 ? "0" : "+" + Durations.format(offsetMillis);
  }
}
