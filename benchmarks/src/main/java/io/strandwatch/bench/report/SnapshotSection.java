package io.strandwatch.bench.report;

import java.io.IOException;

/** The ticker's snapshot of many series (in process). */
final class SnapshotSection {

  private final Measurements measurements;

  SnapshotSection(Measurements measurements) {
    this.measurements = measurements;
  }

  String render() throws IOException {
    JmhCsv snapshot = measurements.snapshot();
    Markdown table = new Markdown("operation", "series", "executions per series and interval", "ms/snapshot",
        "± (99.9 %)", "MB allocated/snapshot");
    for (String method : new String[] {"tick", "drain"}) {
      for (String executions : new String[] {"0", "20"}) {
        JmhCsv.Score time = snapshot.find(method, "", "executionsPerSeries", executions);
        JmhCsv.Score bytes = snapshot.find(method, PerCall.ALLOCATION, "executionsPerSeries", executions);
        if (time == null) {
          continue;
        }
        table.row(method.equals("tick") ? "Ticker.tick (drain + run totals)" : "SeriesTable.drain",
            time.params.get("series"), executions, JmhCsv.format(time.value), JmhCsv.format(time.error),
            bytes == null ? "n/a" : JmhCsv.format(bytes.value / 1e6));
      }
    }
    return table.render() + "\nRecording the first " + "20 executions of an interval, right after a snapshot, per execution "
        + "(application thread):\n\n" + recordAfterSnapshot();
  }

  private String recordAfterSnapshot() throws IOException {
    JmhCsv csv = measurements.recordAfterSnapshot();
    Markdown table = new Markdown("recorder", "values", "ns/record", "± (99.9 %)", "B/record");
    for (String[] recorder : new String[][] {{"agentMeasureRecorder", "agent's MeasureRecorder (fresh histogram)"},
        {"recorderWithRecycling", "HdrHistogram Recorder, interval histogram recycled"}}) {
      for (String range : new String[] {"narrow", "wide"}) {
        JmhCsv.Score time = csv.find(recorder[0], "", "range", range);
        JmhCsv.Score bytes = csv.find(recorder[0], PerCall.ALLOCATION, "range", range);
        if (time != null) {
          table.row(recorder[1], range.equals("narrow") ? "1–2 µs" : "1 µs–10 s", JmhCsv.format(time.value),
              JmhCsv.format(time.error), bytes == null ? "n/a" : JmhCsv.format(bytes.value));
        }
      }
    }
    return table.render();
  }

  double tickMillis() throws IOException {
    JmhCsv.Score s = measurements.snapshot().find("tick", "", "executionsPerSeries", "20");
    return s == null ? Double.NaN : s.value;
  }
}
