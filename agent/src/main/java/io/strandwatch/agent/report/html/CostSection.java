package io.strandwatch.agent.report.html;

import io.strandwatch.agent.metrics.ModelTotals;
import io.strandwatch.agent.metrics.RunTotals;
import io.strandwatch.agent.metrics.StrandTotals;
import io.strandwatch.agent.metrics.UsageTotals;
import io.strandwatch.agent.report.UsageText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Where the money went: bars per model (each call once) and per strand (inclusive), most expensive first. */
final class CostSection {

  private CostSection() {}

  static void write(PageWriter page, RunTotals totals) {
    page.raw("<section id=\"cost\">\n");
    page.element("h2", null, "Cost breakdown");
    List<Item> models = new ArrayList<>();
    for (ModelTotals m : totals.models()) {
      add(models, m.provider() + "/" + m.model(), m.usage(), "call(s)");
    }
    List<Item> strands = new ArrayList<>();
    for (StrandTotals s : totals.strands()) {
      add(strands, s.name(), s.llm(), "execution(s)");
    }
    if (models.isEmpty() && strands.isEmpty()) {
      page.element("p", "none", "No LLM calls recorded, so no cost.");
      page.raw("</section>\n");
      return;
    }
    page.element("h3", null, "By model");
    page.raw(chart("cost by model", models)).raw("\n");
    page.element("h3", null, "By strand");
    page.element("p", "note", "Inclusive: a strand's cost includes the cost of strands nested in it, so these "
        + "bars can add up to more than the total.");
    page.raw(chart("cost by strand", strands)).raw("\n");
    page.raw("</section>\n");
  }

  private static void add(List<Item> items, String label, UsageTotals u, String unit) {
    if (u.calls() > 0 || u.costUnavailable() > 0) {
      items.add(new Item(label, u, unit));
    }
  }

  private static String chart(String title, List<Item> items) {
    if (items.isEmpty()) {
      return "<p class=\"none\">Nothing.</p>";
    }
    // Most expensive first; wholly unpriced ones last (their cost is unknown, not small).
    items.sort((a, b) -> Long.compare(b.sortKey(), a.sortKey()));
    BarChart chart = new BarChart(title);
    for (Item i : items) {
      UsageTotals u = i.usage;
      String exact = u.costUnknown() ? "unpriced"
          : "$" + BigDecimal.valueOf(u.costPico(), 12).stripTrailingZeros().toPlainString();
      String tooltip = exact + (u.costUnavailable() > 0 ? ", " + u.costUnavailable() + " " + i.unit + " unpriced"
          : "");
      chart.add(i.label, u.costUnknown() ? -1 : u.costPico(), UsageText.cost(u), tooltip);
    }
    return chart.render();
  }

  private static final class Item {
    final String label;
    final UsageTotals usage;
    final String unit;

    Item(String label, UsageTotals usage, String unit) {
      this.label = label;
      this.usage = usage;
      this.unit = unit;
    }

    long sortKey() {
      return usage.costUnknown() ? -1 : usage.costPico();
    }
  }
}
