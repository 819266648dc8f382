package io.strandwatch.agent.report.html;

import io.strandwatch.agent.metrics.ModelTotals;
import io.strandwatch.agent.metrics.UsageTotals;
import io.strandwatch.agent.report.Units;
import io.strandwatch.agent.report.UsageText;
import java.util.List;

/** Tokens and cost by provider and model; each LLM call counts once here, unlike the inclusive strand totals. */
final class ModelSection {

  private ModelSection() {}

  static void write(PageWriter page, List<ModelTotals> models) {
    page.raw("<section id=\"models\">\n");
    page.element("h2", null, "Tokens and cost by model");
    if (models.isEmpty()) {
      page.element("p", "none", "No LLM calls recorded.");
      page.raw("</section>\n");
      return;
    }
    page.element("p", "note", "Tokens are normalized: input includes cache reads and writes, output includes "
        + "reasoning. \"unknown\": the provider never reported the count; \"unpriced\": no price for the model.");
    page.tableStart("models", "provider/model", "calls", "errors", "p50", "p99", "input", "output", "cache read",
        "cache write", "reasoning", "cost", "unpriced calls");
    for (ModelTotals m : models) {
      UsageTotals u = m.usage();
      page.row(m.provider() + "/" + m.model(), Long.toString(m.calls()), Long.toString(m.errors()),
          Units.duration(m.duration().percentile(50)), Units.duration(m.duration().percentile(99)),
          UsageText.tokens(u, 0), UsageText.tokens(u, 1), UsageText.tokens(u, 2), UsageText.tokens(u, 3),
          UsageText.tokens(u, 4), UsageText.cost(u), Long.toString(u.costUnavailable()));
    }
    page.tableEnd();
    page.raw("</section>\n");
  }
}
