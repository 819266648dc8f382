package io.strandwatch.agent.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps positive values to x coordinates on a base-10 log scale spanning whole decades, so a p50 of 2 ms and a
 * max of 40 s both stay readable on one axis.
 */
final class LogScale {

  private final int firstDecade;
  private final int lastDecade;
  private final double x0;
  private final double width;

  private LogScale(int firstDecade, int lastDecade, double x0, double width) {
    this.firstDecade = firstDecade;
    this.lastDecade = lastDecade;
    this.x0 = x0;
    this.width = width;
  }

  /** The decades around {@code min}..{@code max} (values below 1 count as 1), at least one decade wide. */
  static LogScale covering(long min, long max, double x0, double width) {
    int first = (int) Math.floor(Math.log10(Math.max(1, min)));
    if (first > 0 && Math.max(1, min) < 2 * Math.pow(10, first)) {
      first--; // a value just above a decade line would get a bar of no length
    }
    int last = Math.min(18, (int) Math.ceil(Math.log10(Math.max(1, max)))); // 10^19 overflows a long
    if (last <= first) {
      first = Math.min(first, 17);
      last = first + 1;
    }
    return new LogScale(first, last, x0, width);
  }

  double x(long value) {
    double log = Math.log10(Math.max(1, value));
    double f = (log - firstDecade) / (lastDecade - firstDecade);
    return x0 + width * Math.max(0, Math.min(1, f));
  }

  /** 10^first .. 10^last, the gridlines of the axis. */
  List<Long> decades() {
    List<Long> out = new ArrayList<>();
    long v = 1;
    for (int i = 0; i < firstDecade; i++) {
      v *= 10;
    }
    for (int d = firstDecade; d <= lastDecade; d++) {
      out.add(v);
      v *= 10;
    }
    return out;
  }
}
