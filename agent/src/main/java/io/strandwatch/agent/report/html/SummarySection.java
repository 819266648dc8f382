package io.strandwatch.agent.report.html;

import io.strandwatch.agent.alerts.AlertHistory;
import io.strandwatch.agent.alerts.AlertRecord;
import io.strandwatch.agent.metrics.ModelTotals;
import io.strandwatch.agent.metrics.RunTotals;
import io.strandwatch.agent.metrics.StrandTotals;
import io.strandwatch.agent.report.Units;

/** The tiles at the top: executions, failures, LLM calls, total cost and alerts at a glance. */
final class SummarySection {

  private SummarySection() {}

  static void write(PageWriter page, RunTotals totals, AlertHistory alerts) {
    long executions = 0;
    long errors = 0;
    for (StrandTotals s : totals.strands()) {
      executions += s.count();
      errors += s.errors();
    }
    long stillFiring = 0;
    for (AlertRecord r : alerts.records()) {
      if (r.resolvedAtMillis() < 0) {
        stillFiring++;
      }
    }
    page.raw("<section id=\"summary\" class=\"tiles\">\n");
    tile(page, Integer.toString(totals.strands().size()), "strands");
    tile(page, Long.toString(executions), "executions");
    tile(page, Long.toString(errors), "failed executions");
    tile(page, Long.toString(calls(totals)), "LLM calls");
    tile(page, totalCost(totals), "LLM cost (each call once)");
    tile(page, Integer.toString(alerts.records().size()), "alerts fired");
    tile(page, Long.toString(stillFiring), "still firing at exit");
    page.raw("</section>\n");
  }

  private static void tile(PageWriter page, String value, String caption) {
    page.raw("<div class=\"tile\"><b>").text(value).raw("</b><span>").text(caption).raw("</span></div>\n");
  }

  private static long calls(RunTotals totals) {
    long calls = 0;
    for (ModelTotals m : totals.models()) {
      calls += m.calls();
    }
    return calls;
  }

  /**
   * The cost of every LLM call of the run, from the per-model totals (strands nest, models do not). Unpriced
   * when no call could be priced; a {@code +?} suffix when some could not.
   */
  static String totalCost(RunTotals totals) {
    long pico = 0;
    long unpriced = 0;
    boolean anyPriced = false;
    boolean anyCall = false;
    for (ModelTotals m : totals.models()) {
      pico += m.usage().costPico();
      unpriced += m.usage().costUnavailable();
      anyCall |= m.calls() > 0 || m.usage().costUnavailable() > 0;
      anyPriced |= m.calls() > 0 && !m.usage().costUnknown();
    }
    if (!anyCall) {
      return "-";
    }
    if (!anyPriced) {
      return "unpriced";
    }
    return Units.usd(pico) + (unpriced > 0 ? "+?" : "");
  }
}
