package io.strandwatch.agent.report.html;

import io.strandwatch.agent.alerts.AlertHistory;
import io.strandwatch.agent.alerts.AlertRecord;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The alert timeline over the run and the alert list under it. */
final class AlertSection {

  private AlertSection() {}

  static void write(PageWriter page, AlertHistory history, long startMillis, long endMillis) {
    page.raw("<section id=\"alerts\">\n");
    page.element("h2", null, "Alerts");
    List<AlertRecord> ordered = AlertTimeline.ordered(history.records());
    if (history.dropped() > 0) {
      page.element("p", "note", history.dropped() + " older alert(s) were not kept (rules.history_size).");
    }
    if (ordered.isEmpty()) {
      page.element("p", "none", "No alert fired during the run.");
      page.raw("</section>\n");
      return;
    }
    page.element("p", "note", "From firing to resolved, by rule and severity; a dashed outline is still firing at "
        + "exit. Time is since the agent started.");
    page.raw(AlertTimeline.render(ordered, startMillis, endMillis)).raw("\n");
    if (ordered.size() > AlertTimeline.MAX_ROWS) {
      page.element("p", "note", "The timeline shows the first " + AlertTimeline.MAX_ROWS + " of " + ordered.size()
          + " alerts; the table has them all.");
    }
    page.tableStart("alerts", "severity", "rule", "scope", "fired", "resolved", "peak", "announced");
    for (AlertRecord r : ordered) {
      page.rowStart();
      page.raw("<td class=\"sev " + Severities.cssClass(r.severity()) + "\">").text(r.severity()).raw("</td>");
      page.cell(r.rule()).cell(AlertTimeline.scopeOf(r))
          .cell(at(r.firedAtMillis(), startMillis))
          .cell(r.resolvedAtMillis() < 0 ? "still firing" : at(r.resolvedAtMillis(), startMillis))
          .cell(r.peakText()).cell(r.notified() ? "yes" : "no (silenced)");
      page.rowEnd();
    }
    page.tableEnd();
    page.raw("</section>\n");
  }

  private static String at(long millis, long startMillis) {
    return TimeAxis.label(Math.max(0, millis - startMillis)) + " (" + Instant.ofEpochMilli(millis).truncatedTo(ChronoUnit.SECONDS) + ")";
  }
}
