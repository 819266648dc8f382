package io.strandwatch.bench.report;

import java.io.IOException;
import java.util.Map;

/** Launch to main, to the end of the first strand and to exit, per agent (StartupTimer's CSV). */
final class StartupSection {

  private final Measurements measurements;

  StartupSection(Measurements measurements) {
    this.measurements = measurements;
  }

  String render() throws IOException {
    Map<String, String[]> rows = measurements.table("startup.csv");
    Markdown table = new Markdown("configuration", "runs", "to main, ms (min–max)", "to first strand, ms (min–max)",
        "added to first strand, ms", "to exit, ms (min–max)");
    double none = addedBase(rows);
    for (String[] row : rows.values()) {
      double strand = Double.parseDouble(row[5]);
      table.row(row[0], row[1], spread(row, 2), spread(row, 5),
          row[0].equals("none") ? "" : JmhCsv.format(strand - none), spread(row, 8));
    }
    return table.render();
  }

  /** Median time to the first strand without an agent. */
  static double addedBase(Map<String, String[]> rows) {
    String[] none = rows.get("none");
    return none == null ? Double.NaN : Double.parseDouble(none[5]);
  }

  private static String spread(String[] row, int medianColumn) {
    return row[medianColumn] + " (" + row[medianColumn + 1] + "–" + row[medianColumn + 2] + ")";
  }
}
