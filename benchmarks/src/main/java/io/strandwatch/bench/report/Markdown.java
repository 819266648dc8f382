package io.strandwatch.bench.report;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table built row by row. */
final class Markdown {

  private final List<String[]> rows = new ArrayList<>();

  Markdown(String... header) {
    rows.add(header);
  }

  Markdown row(String... cells) {
    rows.add(cells);
    return this;
  }

  String render() {
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      out.append("| ").append(String.join(" | ", rows.get(r))).append(" |\n");
      if (r == 0) {
        out.append("|").append("---|".repeat(rows.get(0).length)).append("\n");
      }
    }
    return out.toString();
  }
}
