package io.strandwatch.agent.report.html;

import static io.strandwatch.agent.report.html.ReportData.CENT;
import static io.strandwatch.agent.report.html.ReportData.MS;
import static io.strandwatch.agent.report.html.ReportData.call;
import static io.strandwatch.agent.report.html.ReportData.callUsage;
import static io.strandwatch.agent.report.html.ReportData.each;
import static io.strandwatch.agent.report.html.ReportData.measure;
import static io.strandwatch.agent.report.html.ReportData.strand;
import static io.strandwatch.agent.report.html.ReportData.unavailable;
import static io.strandwatch.agent.report.html.ReportData.usage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.alerts.AlertFixture;
import io.strandwatch.agent.alerts.AlertHistory;
import io.strandwatch.agent.alerts.Scope;
import io.strandwatch.agent.alerts.Severity;
import io.strandwatch.agent.alerts.ValueUnit;
import io.strandwatch.agent.metrics.RunTotals;
import io.strandwatch.bridge.model.LlmUsage;
import io.strandwatch.bridge.model.Measure;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  static final String EVIL = "<script>alert('x')</script>";

  /**
   * checkout.plan: 90 executions of 10 ms, 9 of 100 ms, 1 of 2 s; 3 LLM calls of $0.05 each per execution.
   * evil: a strand named like a script tag. mystery: calls to a model without a price. quiet: no token counts.
   */
  static RunTotals sampleTotals() {
    Measure planDuration = measure(new long[] {10 * MS, 100 * MS, 2_000 * MS}, new long[] {90, 9, 1});
    LlmUsage planUsage = usage(100, 3, 1_000, 200, each(15 * CENT, 100));
    return ReportData.totals(List.of(
        strand("checkout.plan", Map.of("team", "growth"), null, planDuration, each(3 * MS, 100),
            each(512 * 1024, 100), planUsage),
        strand(EVIL, Map.of("team", "<b>bold</b>"), "java.lang.IllegalStateException", each(5 * MS, 4),
            unavailable(4), unavailable(4), LlmUsage.NONE),
        strand("mystery.ask", Map.of(), null, each(50 * MS, 2), each(MS, 2), each(1024, 2),
            new LlmUsage(each(1, 2), each(10, 2), each(5, 2), Measure.EMPTY, Measure.EMPTY, Measure.EMPTY,
                unavailable(2)))),
        List.of(call("openai", "gpt-4o", "checkout.plan", 300, callUsage(300, 1_000L, 200L, each(5 * CENT, 300))),
            call("acme", "mystery-1", "mystery.ask", 2, callUsage(2, 10L, 5L, unavailable(2))),
            call("quiet", "no-usage", "checkout.plan", 4, callUsage(4, null, null, unavailable(4)))));
  }

  static AlertHistory sampleAlerts(long start) {
    AlertFixture f = new AlertFixture();
    Scope plan = Scope.strand("checkout.plan");
    f.step(start + 60_000, AlertFixture.breach("error_rate", plan, Severity.CRITICAL, 0.31, ValueUnit.RATIO));
    f.step(start + 120_000);
    f.step(start + 180_000, AlertFixture.breach("latency_threshold", Scope.strand(EVIL), Severity.WARNING,
        4e9, ValueUnit.NANOS));
    return f.history();
  }

  static String render() {
    RunTotals totals = sampleTotals();
    long start = totals.startEpochMillis();
    return HtmlReport.render(totals, sampleAlerts(start), start + 300_000);
  }

  @Test
  void latencyChartLabelsThePercentilesOfTheRunLongHistogram() {
    String html = render();
    // HdrHistogram at 2 significant digits reports the top of the value's bucket: 100 ms -> 100,139,007 ns.
    assertTrue(html.contains("<title>p99 100.1ms (100139007 ns)</title>"), "p99 bar tooltip");
    assertTrue(html.contains("<title>p50 10.0ms (10027007 ns)</title>"), "p50 bar tooltip");
    assertTrue(html.contains("<title>p99.9 2.00s (2004877311 ns)</title>"), "p99.9 is the 2 s execution");
    assertTrue(html.contains("<title>max 2.00s (2004877311 ns)</title>"));
    assertTrue(html.contains(">100.1ms</text>"), "the p99 value is written next to its bar");
    // Log scale: decades from 1 ms (below the 10 ms p50, so its bar has a length) to 10 s are the gridlines.
    for (String decade : new String[] {">1ms<", ">10ms<", ">100ms<", ">1s<", ">10s<"}) {
      assertTrue(html.contains(decade), decade);
    }
  }

  @Test
  void costIsExactToTheCentAndUnpricedOrUnknownNeverReadAsZero() {
    String html = render();
    // 300 calls x $0.05 = $15.00 for the model; the strand's 100 executions x $0.15 also $15.00.
    assertTrue(html.contains("<td>openai/gpt-4o</td><td>300</td><td>0</td><td>801.1ms</td><td>801.1ms</td>"
        + "<td>300000</td><td>60000</td><td>0</td><td>0</td><td>0</td><td>$15.0000</td><td>0</td>"),
        row(html, "openai/gpt-4o"));
    assertTrue(html.contains("<title>openai/gpt-4o: $15</title>"), "exact bar tooltip");
    assertTrue(html.contains("<td>acme/mystery-1</td><td>2</td><td>0</td><td>801.1ms</td><td>801.1ms</td>"
        + "<td>20</td><td>10</td><td>0</td><td>0</td><td>0</td><td class=\"unknown\">unpriced</td><td>2</td>"),
        row(html, "acme/mystery-1"));
    assertTrue(html.contains("<td>quiet/no-usage</td><td>4</td><td>0</td><td>801.1ms</td><td>801.1ms</td>"
        + "<td class=\"unknown\">unknown</td><td class=\"unknown\">unknown</td>"), row(html, "quiet/no-usage"));
    // The total counts each call once: $15 priced, 6 calls unpriced.
    assertTrue(html.contains("<b>$15.0000+?</b><span>LLM cost (each call once)</span>"));
    // An unpriced model gets its word and no bar.
    assertTrue(html.contains("class=\"value unknown\">unpriced</text>"));
    assertFalse(html.contains("<title>acme/mystery-1: "), "no bar for the unpriced model");
    assertFalse(html.contains("$0.0000"), "nothing unpriced is shown as $0");
  }

  @Test
  void everyUserStringIsEscapedAndThePageHasNoScriptAndNoExternalResource() {
    String html = render();
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "a strand name must not become a script tag");
    assertFalse(html.contains("<b>bold</b>"));
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    assertTrue(html.contains("<span class=\"attr\">team=&lt;b&gt;bold&lt;/b&gt;</span>"));
    // Only the SVG namespace looks like an address; nothing is loaded from anywhere.
    String withoutNamespace = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assertFalse(withoutNamespace.contains("http:") || withoutNamespace.contains("https:"), "no URL");
    assertFalse(html.contains(" src=") || html.contains("url("), "no external resource");
    assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'"), "CSP forbids scripts");
  }

  @Test
  void cpuAndAllocationPerExecutionWithNaForVirtualThreads() {
    String html = render();
    assertTrue(html.contains("<tr><td>CPU time</td><td>3.0ms</td><td>3.0ms</td><td>3.0ms</td><td>3.0ms</td>"
        + "<td>3.0ms</td><td>100</td><td>0</td></tr>"), row(html, "CPU time"));
    assertTrue(html.contains("<tr><td>allocated</td><td>512.0KB</td>"), row(html, "allocated"));
    assertTrue(html.contains("<tr><td>CPU time</td><td class=\"unknown\">n/a</td>"), "unmeasurable CPU is n/a");
    assertTrue(html.contains("<tr><td>java.lang.IllegalStateException</td><td>4</td></tr>"));
  }

  @Test
  void alertTimelineShowsFiredAndResolvedBySeverity() {
    String html = render();
    assertTrue(html.contains("class=\"alert sev-critical\"><title>critical error_rate|strand=checkout.plan: fired"),
        "a resolved critical bar");
    assertTrue(html.contains("class=\"alert sev-warning open\"><title>warning latency_threshold|strand=&lt;script"),
        "a still-firing warning bar, escaped");
    assertTrue(html.contains("<td class=\"sev sev-critical\">critical</td><td>error_rate</td>"
        + "<td>strand=checkout.plan</td><td>+1m ("), row(html, "sev-critical"));
    assertTrue(html.contains("<td>still firing</td><td>4 s</td>"), "the open alert and its peak");
    assertTrue(html.contains("<b>1</b><span>still firing at exit</span>"));
    // The run is 5 minutes: ticks every minute.
    for (String tick : new String[] {">0<", ">+1m<", ">+2m<", ">+5m<"}) {
      assertTrue(html.contains(tick), tick);
    }
  }

  @Test
  void anEmptyRunStillRendersAPage() {
    RunTotals empty = new RunTotals();
    String html = HtmlReport.render(empty, new AlertHistory(10), empty.startEpochMillis() + 1000);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("No strand executions recorded"));
    assertTrue(html.contains("No alert fired during the run."));
    assertTrue(html.contains("<b>-</b><span>LLM cost (each call once)</span>"));
    assertTrue(html.endsWith("</html>\n"));
  }

  @Test
  void escaperHandlesEveryMarkupCharacter() {
    assertEquals("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
        HtmlEscaper.escape("<a href=\"x\">Tom & Jerry's</a>"));
    assertEquals("plain", HtmlEscaper.escape("plain"));
    assertEquals("", HtmlEscaper.escape(null));
    assertEquals("a\uFFFDb", HtmlEscaper.escape("a\u0000b"));
  }

  /** The table row containing {@code marker}, for failure messages. */
  static String row(String html, String marker) {
    Matcher m = Pattern.compile("<tr>[^\n]*" + Pattern.quote(marker) + "[^\n]*</tr>").matcher(html);
    return m.find() ? m.group() : "no row with " + marker;
  }
}
