package io.strandwatch.agent.report;

import io.strandwatch.agent.alerts.AlertHistory;
import io.strandwatch.agent.alerts.AlertRecord;
import io.strandwatch.agent.metrics.MeasureTotals;
import io.strandwatch.agent.metrics.ModelTotals;
import io.strandwatch.agent.metrics.RunTotals;
import io.strandwatch.agent.metrics.StrandTotals;
import io.strandwatch.agent.metrics.UsageTotals;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The end-of-run table printed to stderr: one row per strand, then one per model when LLM calls were made. */
public final class TextReport {

  private TextReport() {}

  public static String render(RunTotals totals, AlertHistory alerts) {
    StringBuilder out = new StringBuilder();
    List<StrandTotals> strands = totals.strands();
    out.append("[strandwatch] end-of-run report: ").append(strands.size()).append(" strand(s)\n");
    if (strands.isEmpty()) {
      out.append("  no strand executions recorded (is @TrackedStrand on the methods that ran?)\n");
      alerts(out, alerts);
      return out.toString();
    }
    String header = String.format(Locale.ROOT, "  %-32s %9s %7s %9s %9s %9s %9s %9s %10s %7s %10s %10s%n",
        "strand", "count", "errors", "p50", "p90", "p99", "max", "cpu/exec", "alloc/exec", "llm", "tokens",
        "cost");
    out.append(header);
    for (StrandTotals s : strands) {
      UsageTotals u = s.llm();
      out.append(String.format(Locale.ROOT, "  %-32s %9d %7d %9s %9s %9s %9s %9s %10s %7d %10s %10s%n",
          truncate(s.name(), 32), s.count(), s.errors(),
          Units.duration(s.duration().percentile(50)), Units.duration(s.duration().percentile(90)),
          Units.duration(s.duration().percentile(99)), Units.duration(s.duration().max()),
          meanOrNa(s.cpu(), true), meanOrNa(s.allocated(), false), u.calls(), UsageText.tokens(u),
          UsageText.cost(u)));
    }
    List<ModelTotals> models = totals.models();
    if (!models.isEmpty()) {
      out.append(String.format(Locale.ROOT, "  %-40s %7s %7s %9s %10s %10s %10s %10s%n",
          "provider/model", "calls", "errors", "p50", "p99", "input", "output", "cost"));
      for (ModelTotals m : models) {
        UsageTotals u = m.usage();
        out.append(String.format(Locale.ROOT, "  %-40s %7d %7d %9s %10s %10s %10s %10s%n",
            truncate(m.provider() + "/" + m.model(), 40), m.calls(), m.errors(),
            Units.duration(m.duration().percentile(50)), Units.duration(m.duration().percentile(99)),
            UsageText.tokens(u, 0), UsageText.tokens(u, 1), UsageText.cost(u)));
      }
    }
    alerts(out, alerts);
    return out.toString();
  }

  private static void alerts(StringBuilder out, AlertHistory history) {
    List<AlertRecord> records = history.records();
    out.append("[strandwatch] alerts: ").append(records.size())
        .append(history.dropped() > 0 ? " (+" + history.dropped() + " older not kept)" : "").append('\n');
    for (AlertRecord r : records) {
      out.append(String.format(Locale.ROOT, "  %-9s %-20s %-44s fired %s  %s  peak %s%n", r.severity(), r.rule(),
          truncate(r.key(), 44), Instant.ofEpochMilli(r.firedAtMillis()).toString(),
          r.resolvedAtMillis() < 0 ? "still firing" : "resolved " + Instant.ofEpochMilli(r.resolvedAtMillis()),
          r.peakText()));
    }
  }

  private static String meanOrNa(MeasureTotals m, boolean time) {
    if (m.count() == 0) {
      return m.unavailable() > 0 ? "n/a" : "-";
    }
    long mean = Math.round(m.mean());
    return time ? Units.duration(mean) : Units.bytes(mean);
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "~";
  }
}
