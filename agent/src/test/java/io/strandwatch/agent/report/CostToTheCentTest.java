package io.strandwatch.agent.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.alerts.AlertHistory;
import io.strandwatch.agent.bootstrap.LlmHooks;
import io.strandwatch.agent.bootstrap.StrandHooks;
import io.strandwatch.agent.core.HotPathForTests;
import io.strandwatch.agent.metrics.ModelTotals;
import io.strandwatch.agent.metrics.StrandTotals;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A million LLM calls through the agent's real recorders, bundled prices and run totals, over ten intervals:
 * the per-call, per-model and inclusive per-strand costs add up exactly to the hand-computed totals, and the
 * JSON report states them in USD.
 */
class CostToTheCentTest {

  @Test
  void aMillionCallsAddUpExactlyInTheRecordersAndTheReport() {
    HotPathForTests agent = HotPathForTests.create(100, false, false).withBundledPrices();
    StrandHooks strands = agent.strandHooks();
    LlmHooks llm = agent.llmHooks();
    int outer = agent.registry.register("outer", Map.of());
    int inner = agent.registry.register("inner", Map.of());
    for (int e = 0; e < 1_000; e++) {
      Object o = strands.enter(outer);
      Object i = strands.enter(inner);
      for (int c = 0; c < 500; c++) {
        // gpt-4o-mini: 234 uncached x $0.15 + 1,000 cached x $0.075 + 567 out x $0.60 per 1M = 450,300,000 pico
        call(llm, "openai", "gpt-4o-mini", "gpt-4o-mini-2024-07-18", 1_234, 567, 1_000, 0);
      }
      strands.exit(i, null, null);
      for (int c = 0; c < 500; c++) {
        // claude-sonnet-4-5: 700 x $3 + 100 cache reads x $0.30 + 200 cache writes x $3.75 + 250 out x $15 per 1M
        // = 6,630,000,000 pico
        call(llm, "anthropic", "claude-sonnet-4-5", "claude-sonnet-4-5-20250929", 1_000, 250, 100, 200);
      }
      strands.exit(o, null, null);
      if (e % 100 == 99) {
        agent.ticker.tick();
      }
    }
    long mini = 500_000L * 450_300_000L;        // $225.15
    long sonnet = 500_000L * 6_630_000_000L;    // $3,315
    StrandTotals innerTotals = strand(agent, "inner");
    StrandTotals outerTotals = strand(agent, "outer");
    assertEquals(500_000, innerTotals.llm().calls());
    assertEquals(mini, innerTotals.llm().costPico());
    assertEquals(1_000_000, outerTotals.llm().calls());
    assertEquals(mini + sonnet, outerTotals.llm().costPico(), "inclusive of the nested strand's calls");
    assertEquals(0, outerTotals.llm().costUnavailable());
    assertEquals(mini, model(agent, "gpt-4o-mini-2024-07-18").usage().costPico());
    assertEquals(sonnet, model(agent, "claude-sonnet-4-5-20250929").usage().costPico());

    String json = JsonReport.render(agent.totals, new AlertHistory(10), 0);
    assertTrue(json.contains("\"usd\": 3540.15,"), "outer: $3,540.15");
    assertTrue(json.contains("\"usd\": 225.15,"), "inner and gpt-4o-mini: $225.15");
    assertTrue(json.contains("\"usd\": 3315,"), "claude-sonnet-4-5: $3,315");
  }

  private static void call(LlmHooks llm, String provider, String model, String responseModel, long input,
      long output, long cacheRead, long cacheWrite) {
    Object call = llm.start(provider, "chat", model, null, -1, false);
    llm.usage(call, input, output, cacheRead, cacheWrite, -1);
    llm.response(call, responseModel, null);
    llm.end(call, null);
  }

  private static StrandTotals strand(HotPathForTests agent, String name) {
    return agent.totals.strands().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private static ModelTotals model(HotPathForTests agent, String name) {
    return agent.totals.models().stream().filter(m -> m.model().equals(name)).findFirst().orElseThrow();
  }
}
