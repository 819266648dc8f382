package io.strandwatch.bench.report;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * Retained heap of the agent from MemoryProbe's two runs: each phase's growth with the agent minus the same
 * phase's growth without it, so the probe's own objects (generated class, reflection) cancel out.
 */
final class MemorySection {

  private final Measurements measurements;

  MemorySection(Measurements measurements) {
    this.measurements = measurements;
  }

  String render() throws IOException {
    Map<String, String[]> rows = measurements.table("memory.csv");
    String[] none = rows.get("none");
    String[] agent = rows.get("strandwatch");
    if (none == null || agent == null) {
      return "not run\n";
    }
    long strandSeries = Long.parseLong(agent[1]);
    long llmSeries = Long.parseLong(agent[2]);
    Markdown table = new Markdown("what", "retained by the agent", "per series");
    table.row("agent loaded, before any strand (heap with agent − without)",
        kb(value(agent, 3) - value(none, 3)), "");
    double strands = growth(agent, 3, 4) - growth(none, 3, 4);
    table.row(strandSeries + " strand series (1,000 strands × ok + 2 error types), after 3 snapshot intervals",
        kb(strands), kb(strands / strandSeries));
    if (llmSeries > 0) {
      double llm = growth(agent, 4, 5) - growth(none, 4, 5);
      table.row(llmSeries + " LLM call series (20 models, through Dispatcher.llm())", kb(llm), kb(llm / llmSeries));
    } else {
      table.row("LLM call series", "skipped: Dispatcher.llm() not available", "");
    }
    table.row("total after traffic (heap with agent − without)", kb(value(agent, 5) - value(none, 5)), "");
    return table.render() + "\n" + histogramTotals(strandSeries + llmSeries);
  }

  /**
   * The same from the class histograms' totals (live objects only, exact), which the MemoryMXBean's used heap
   * can overstate by partially filled regions.
   */
  private String histogramTotals(long allSeries) throws IOException {
    double[] none = {measurements.histogramTotal("none-before"), measurements.histogramTotal("none-after")};
    double[] agent = {measurements.histogramTotal("strandwatch-before"),
        measurements.histogramTotal("strandwatch-after")};
    Markdown table = new Markdown("live objects (GC.class_histogram totals)", "retained by the agent", "per series");
    table.row("agent loaded, before any strand", kb(agent[0] - none[0]), "");
    double traffic = (agent[1] - agent[0]) - (none[1] - none[0]);
    table.row("growth over all " + allSeries + " series (strand and LLM)", kb(traffic), kb(traffic / allSeries));
    return table.render();
  }

  double bytesPerStrandSeries() throws IOException {
    Map<String, String[]> rows = measurements.table("memory.csv");
    String[] none = rows.get("none");
    String[] agent = rows.get("strandwatch");
    if (none == null || agent == null) {
      return Double.NaN;
    }
    return (growth(agent, 3, 4) - growth(none, 3, 4)) / Long.parseLong(agent[1]);
  }

  private static double value(String[] row, int column) {
    return Double.parseDouble(row[column]);
  }

  private static double growth(String[] row, int from, int to) {
    return value(row, to) - value(row, from);
  }

  static String kb(double bytes) {
    return String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
  }
}
