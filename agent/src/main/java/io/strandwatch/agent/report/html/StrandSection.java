package io.strandwatch.agent.report.html;

import io.strandwatch.agent.metrics.MeasureTotals;
import io.strandwatch.agent.metrics.StrandTotals;
import io.strandwatch.agent.metrics.UsageTotals;
import io.strandwatch.agent.report.Units;
import io.strandwatch.agent.report.UsageText;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The strand table and one card per strand: latency chart, CPU and allocation, errors, tokens and cost. */
final class StrandSection {

  /** Cards beyond this many would make the page heavy; the table and the JSON report still have every strand. */
  static final int MAX_CARDS = 200;

  private StrandSection() {}

  static void write(PageWriter page, List<StrandTotals> strands) {
    page.raw("<section id=\"strands\">\n");
    page.element("h2", null, "Strands");
    if (strands.isEmpty()) {
      page.element("p", "none", "No strand executions recorded (is @TrackedStrand on the methods that ran?).");
      page.raw("</section>\n");
      return;
    }
    page.element("p", "note", "Per execution and inclusive: a strand's LLM calls, tokens and cost include those "
        + "of strands nested in it.");
    page.tableStart("strands", "strand", "attributes", "count", "errors", "error %", "p50", "p99", "max",
        "cpu/exec", "alloc/exec", "LLM calls", "tokens", "cost");
    for (int i = 0; i < strands.size(); i++) {
      StrandTotals s = strands.get(i);
      MeasureTotals d = s.duration();
      page.rowStart();
      if (i < MAX_CARDS) {
        page.linkCell(anchor(i), s.name());
      } else {
        page.cell(s.name());
      }
      page.cell(attributes(s.attributes()));
      page.cell(Long.toString(s.count())).cell(Long.toString(s.errors())).cell(percent(s.errors(), s.count()))
          .cell(Units.duration(d.percentile(50))).cell(Units.duration(d.percentile(99)))
          .cell(Units.duration(d.max())).cell(mean(s.cpu(), true)).cell(mean(s.allocated(), false))
          .cell(Long.toString(s.llm().calls())).cell(UsageText.tokens(s.llm())).cell(UsageText.cost(s.llm()));
      page.rowEnd();
    }
    page.tableEnd();
    for (int i = 0; i < strands.size() && i < MAX_CARDS; i++) {
      card(page, strands.get(i), i);
    }
    if (strands.size() > MAX_CARDS) {
      page.element("p", "note", (strands.size() - MAX_CARDS) + " more strand(s) are in the table above and in the "
          + "JSON report (report.json) without a card.");
    }
    page.raw("</section>\n");
  }

  static String anchor(int index) {
    return "strand-" + index;
  }

  private static void card(PageWriter page, StrandTotals s, int index) {
    page.raw("<article class=\"strand\" id=\"" + anchor(index) + "\">\n");
    page.element("h3", null, s.name());
    if (!s.attributes().isEmpty()) {
      page.raw("<div>");
      for (Map.Entry<String, String> e : s.attributes().entrySet()) {
        page.raw("<span class=\"attr\">").text(e.getKey() + "=" + e.getValue()).raw("</span>");
      }
      page.raw("</div>\n");
    }
    page.element("p", "meta", s.count() + " execution(s), " + s.errors() + " failed ("
        + percent(s.errors(), s.count()) + "). Wall time per execution, log scale:");
    page.raw(PercentileChart.render(s.name(), s.duration())).raw("\n");
    page.tableStart("measures", "per execution", "mean", "p50", "p90", "p99", "max", "measured", "unavailable");
    measureRow(page, "wall time", s.duration(), true);
    measureRow(page, "CPU time", s.cpu(), true);
    measureRow(page, "allocated", s.allocated(), false);
    page.tableEnd();
    if (!s.errorTypes().isEmpty()) {
      page.tableStart("errors", "error type", "executions");
      for (Map.Entry<String, Long> e : s.errorTypes().entrySet()) {
        page.row(e.getKey(), Long.toString(e.getValue()));
      }
      page.tableEnd();
    }
    UsageTotals u = s.llm();
    if (u.calls() > 0 || u.costUnavailable() > 0) {
      page.tableStart("usage", "LLM usage (sum)", "calls", "input", "output", "cache read", "cache write",
          "reasoning", "cost", "unpriced executions");
      page.row("all executions", Long.toString(u.calls()), UsageText.tokens(u, 0), UsageText.tokens(u, 1),
          UsageText.tokens(u, 2), UsageText.tokens(u, 3), UsageText.tokens(u, 4), UsageText.cost(u),
          Long.toString(u.costUnavailable()));
      page.tableEnd();
    }
    page.raw("</article>\n");
  }

  private static void measureRow(PageWriter page, String name, MeasureTotals m, boolean time) {
    if (m.count() == 0) {
      String none = m.unavailable() > 0 ? "n/a" : "-";
      page.row(name, none, none, none, none, none, "0", Long.toString(m.unavailable()));
      return;
    }
    page.row(name, mean(m, time), format(m.percentile(50), time), format(m.percentile(90), time),
        format(m.percentile(99), time), format(m.max(), time), Long.toString(m.count()),
        Long.toString(m.unavailable()));
  }

  /** The exact mean; {@code n/a} when every execution was unmeasurable (virtual threads), {@code -} when none ran. */
  static String mean(MeasureTotals m, boolean time) {
    if (m.count() == 0) {
      return m.unavailable() > 0 ? "n/a" : "-";
    }
    return format(Math.round(m.mean()), time);
  }

  private static String format(long v, boolean time) {
    if (v < 0) {
      return "-";
    }
    return time ? Units.duration(v) : Units.bytes(v);
  }

  static String percent(long part, long whole) {
    if (whole == 0) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }

  private static String attributes(Map<String, String> attributes) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      out.append(out.length() == 0 ? "" : ", ").append(e.getKey()).append('=').append(e.getValue());
    }
    return out.toString();
  }
}
