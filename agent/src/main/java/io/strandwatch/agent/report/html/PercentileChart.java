package io.strandwatch.agent.report.html;

import io.strandwatch.agent.metrics.MeasureTotals;
import io.strandwatch.agent.report.Units;

/**
 * A strand's latency percentiles (p50, p90, p99, p99.9, max) from its run-long histogram, as horizontal bars
 * on a log scale: tails are often 100x the median, which a linear axis would squash into one pixel.
 */
final class PercentileChart {

  static final String[] LABELS = {"p50", "p90", "p99", "p99.9", "max"};
  private static final double[] PERCENTILES = {50, 90, 99, 99.9};

  private static final double WIDTH = 620;
  private static final double LABEL_WIDTH = 56;
  private static final double BAR_WIDTH = 470;
  private static final double ROW = 24;
  private static final double TOP = 6;

  private PercentileChart() {}

  /** The five values in nanoseconds, in {@link #LABELS} order; empty when nothing was measured. */
  static long[] values(MeasureTotals duration) {
    if (!duration.hasDistribution()) {
      return new long[0];
    }
    long[] v = new long[LABELS.length];
    for (int i = 0; i < PERCENTILES.length; i++) {
      v[i] = duration.percentile(PERCENTILES[i]);
    }
    v[LABELS.length - 1] = duration.max();
    return v;
  }

  /** The chart as inline SVG, or a sentence when there is nothing to draw. */
  static String render(String strandName, MeasureTotals duration) {
    long[] v = values(duration);
    if (v.length == 0) {
      return "<p class=\"none\">No measured executions.</p>";
    }
    LogScale scale = LogScale.covering(v[0], v[v.length - 1], LABEL_WIDTH, BAR_WIDTH);
    double axisY = TOP + ROW * v.length + 4;
    SvgWriter svg = new SvgWriter("chart latency", WIDTH, axisY + 22,
        "latency percentiles of " + strandName + " on a log scale");
    for (long decade : scale.decades()) {
      double x = scale.x(decade);
      svg.line(x, TOP, x, axisY, "grid");
      svg.text(x, axisY + 16, "middle", "axis", decadeLabel(decade));
    }
    for (int i = 0; i < v.length; i++) {
      double y = TOP + ROW * i;
      String value = Units.duration(v[i]);
      svg.text(LABEL_WIDTH - 8, y + 16, "end", "label", LABELS[i]);
      double end = scale.x(v[i]);
      svg.rect(LABEL_WIDTH, y + 3, end - LABEL_WIDTH, ROW - 6, "bar q" + i,
          LABELS[i] + " " + value + " (" + v[i] + " ns)");
      svg.text(end + 6, y + 16, "start", "value", value);
    }
    svg.line(LABEL_WIDTH, axisY, LABEL_WIDTH + BAR_WIDTH, axisY, "axis-line");
    return svg.finish();
  }

  /** 1ns, 10ns, ... 1us ... 1s, 10s: the decades as people read them. */
  static String decadeLabel(long nanos) {
    if (nanos < 1_000L) {
      return nanos + "ns";
    }
    if (nanos < 1_000_000L) {
      return nanos / 1_000L + "us";
    }
    if (nanos < 1_000_000_000L) {
      return nanos / 1_000_000L + "ms";
    }
    return nanos / 1_000_000_000L + "s";
  }
}
