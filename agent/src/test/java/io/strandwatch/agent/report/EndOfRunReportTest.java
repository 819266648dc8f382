package io.strandwatch.agent.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.alerts.AlertHistory;
import io.strandwatch.agent.config.AgentConfig;
import io.strandwatch.agent.metrics.RunTotals;
import io.strandwatch.bridge.model.LlmUsage;
import io.strandwatch.bridge.model.Measure;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndOfRunReportTest {

  @TempDir
  Path dir;

  static RunTotals oneStrand() {
    Histogram h = new Histogram(3);
    h.recordValueWithCount(1_000_000, 3);
    RunTotals totals = new RunTotals();
    totals.add(new MetricsSnapshot(0, 0, List.of(new StrandSeriesSnapshot("report.me", Map.of(),
        StrandSeriesSnapshot.OK, null, new Measure(h, 3, 3_000_000, 0), Measure.EMPTY, Measure.EMPTY,
        LlmUsage.NONE)), List.of()));
    return totals;
  }

  @Test
  void writesTheHtmlAndJsonReportsTheConfigurationAsksFor() throws Exception {
    Path html = dir.resolve("out/report.html");
    Path json = dir.resolve("report.json");
    AgentConfig config = AgentConfig.load("report.text=false,report.html=" + html + ",report.json=" + json,
        new Properties(), Map.of());
    EndOfRunReport.write(config, oneStrand(), new AlertHistory(10));

    String page = Files.readString(html);
    assertTrue(page.startsWith("<!DOCTYPE html>"), page);
    assertTrue(page.contains("<h3>report.me</h3>"), "the strand's card");
    assertTrue(Files.readString(json).contains("\"name\": \"report.me\""));
  }

  @Test
  void anUnwritableHtmlPathCostsNeitherTheJsonReportNorAnException() throws Exception {
    Path blocker = Files.writeString(dir.resolve("file"), "x");
    Path json = dir.resolve("report.json");
    AgentConfig config = AgentConfig.load("report.text=false,report.html=" + blocker.resolve("r.html")
        + ",report.json=" + json, new Properties(), Map.of());
    EndOfRunReport.write(config, oneStrand(), new AlertHistory(10));
    assertTrue(Files.exists(json));
    assertFalse(Files.exists(blocker.resolve("r.html")));
  }
}
