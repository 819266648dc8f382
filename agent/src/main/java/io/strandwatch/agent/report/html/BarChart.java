package io.strandwatch.agent.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars on a linear scale, one row per item, for breakdowns such as cost per strand. An item
 * without a value (unpriced) gets its text and no bar, so it can never read as zero.
 */
final class BarChart {

  private static final double WIDTH = 760;
  private static final double LABEL_WIDTH = 260;
  private static final double BAR_WIDTH = 380;
  private static final double ROW = 22;
  private static final int LABEL_CHARS = 38;

  private final String title;
  private final List<Bar> bars = new ArrayList<>();

  BarChart(String title) {
    this.title = title;
  }

  /** A row; {@code value} < 0 means unknown: no bar, only {@code text}. */
  BarChart add(String label, long value, String text, String tooltip) {
    bars.add(new Bar(label, value, text, tooltip));
    return this;
  }

  boolean isEmpty() {
    return bars.isEmpty();
  }

  String render() {
    long max = 0;
    for (Bar b : bars) {
      max = Math.max(max, b.value);
    }
    SvgWriter svg = new SvgWriter("chart bars", WIDTH, ROW * bars.size() + 8, title);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = 4 + ROW * i;
      svg.text(LABEL_WIDTH - 8, y + 15, "end", "label", SvgWriter.fit(b.label, LABEL_CHARS), b.label);
      double w = b.value <= 0 || max == 0 ? 0 : Math.max(1, BAR_WIDTH * b.value / (double) max);
      if (b.value >= 0) {
        svg.rect(LABEL_WIDTH, y + 3, w, ROW - 6, "bar cost", b.label + ": " + b.tooltip);
      }
      svg.text(LABEL_WIDTH + w + 6, y + 15, "start", b.value < 0 ? "value unknown" : "value", b.text);
    }
    return svg.finish();
  }

  private static final class Bar {
    final String label;
    final long value;
    final String text;
    final String tooltip;

    Bar(String label, long value, String text, String tooltip) {
      this.label = label;
      this.value = value;
      this.text = text;
      this.tooltip = tooltip;
    }
  }
}
