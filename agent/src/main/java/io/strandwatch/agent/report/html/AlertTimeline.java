package io.strandwatch.agent.report.html;

import io.strandwatch.agent.alerts.AlertRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every alert of the run as a bar from when it fired to when it resolved (or to the end of the run while it
 * was still firing), one row per firing, grouped by rule and then by severity, most severe first.
 */
final class AlertTimeline {

  static final int MAX_ROWS = 300;

  private static final double WIDTH = 900;
  private static final double LABEL_WIDTH = 390;
  private static final double BAR_WIDTH = 480;
  private static final double ROW = 20;
  private static final double TOP = 4;
  private static final int LABEL_CHARS = 50;

  private AlertTimeline() {}

  /** Rule, then severity (most severe first), then firing time. */
  static List<AlertRecord> ordered(List<AlertRecord> records) {
    List<AlertRecord> out = new ArrayList<>(records);
    out.sort(Comparator.comparing(AlertRecord::rule)
        .thenComparing(r -> -Severities.rank(r.severity()))
        .thenComparingLong(AlertRecord::firedAtMillis));
    return out;
  }

  static String render(List<AlertRecord> ordered, long startMillis, long endMillis) {
    int rows = Math.min(ordered.size(), MAX_ROWS);
    double axisY = TOP + ROW * rows + 2;
    TimeAxis axis = new TimeAxis(startMillis, endMillis, LABEL_WIDTH, BAR_WIDTH);
    SvgWriter svg = new SvgWriter("chart timeline", WIDTH, axisY + 22,
        "alert timeline: " + ordered.size() + " alert(s) over the run");
    long step = axis.step(8);
    for (long t = 0; axis.start() + t <= axis.end(); t += step) {
      double x = axis.x(axis.start() + t);
      svg.line(x, TOP, x, axisY, "grid");
      svg.text(x, axisY + 16, "middle", "axis", TimeAxis.label(t));
    }
    for (int i = 0; i < rows; i++) {
      AlertRecord r = ordered.get(i);
      double y = TOP + ROW * i;
      String label = r.rule() + " " + scopeOf(r) + " (" + r.severity() + ")";
      svg.text(LABEL_WIDTH - 8, y + 14, "end", "label", SvgWriter.fit(label, LABEL_CHARS), r.key());
      boolean open = r.resolvedAtMillis() < 0;
      double x1 = axis.x(r.firedAtMillis());
      double x2 = axis.x(open ? axis.end() : r.resolvedAtMillis());
      String tooltip = r.severity() + " " + r.key() + ": fired " + Instant.ofEpochMilli(r.firedAtMillis())
          + (open ? ", still firing at the end" : ", resolved " + Instant.ofEpochMilli(r.resolvedAtMillis()))
          + ", peak " + r.peakText();
      svg.rect(x1, y + 3, Math.max(3, x2 - x1), ROW - 6, "alert " + Severities.cssClass(r.severity())
          + (open ? " open" : ""), tooltip);
    }
    svg.line(LABEL_WIDTH, axisY, LABEL_WIDTH + BAR_WIDTH, axisY, "axis-line");
    return svg.finish();
  }

  /** The scope part of the dedup key {@code rule|scope}. */
  static String scopeOf(AlertRecord r) {
    int bar = r.key().indexOf('|');
    return bar < 0 ? r.key() : r.key().substring(bar + 1);
  }
}
