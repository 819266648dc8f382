package io.strandwatch.agent.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.bootstrap.LlmHooks;
import io.strandwatch.agent.bootstrap.StrandHooks;
import io.strandwatch.agent.core.HotPathForTests;
import io.strandwatch.agent.metrics.ModelTotals;
import io.strandwatch.agent.metrics.StrandTotals;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input from providers, in-process: absurd token counts and blank response ids. */
class BadUsageValuesTest {

  private final HotPathForTests agent = HotPathForTests.create(100, false, false).withBundledPrices();
  private final StrandHooks strands = agent.strandHooks();
  private final LlmHooks llm = agent.llmHooks();

  @Test
  void countsBeyondAnyModelAreUnknownNotOverflowedSums() {
    int id = agent.registry.register("huge", Map.of());
    Object frame = strands.enter(id);
    for (int i = 0; i < 3; i++) {
      Object call = llm.start("openai", "chat", "gpt-4o", null, -1, false);
      llm.usage(call, Long.MAX_VALUE, 20, -1, -1, -1);
      llm.response(call, "gpt-4o-2024-08-06", "chatcmpl-huge-" + i);
      llm.end(call, null);
    }
    strands.exit(frame, null, null);
    agent.ticker.tick();

    StrandTotals s = agent.totals.strands().get(0);
    assertEquals(3, s.llm().calls());
    assertTrue(s.llm().tokensUnknown(0), "input: unknown, not a wrapped negative sum");
    assertEquals(60, s.llm().tokens(1));
    assertTrue(s.llm().costUnknown());
    ModelTotals m = agent.totals.models().get(0);
    assertEquals(3, m.calls());
    assertEquals(3, m.usage().tokensUnavailable(0));
    assertEquals(0, m.usage().tokens(0));
    assertEquals(60, m.usage().tokens(1));
  }

  @Test
  void blankResponseIdsAreNotTakenForDuplicates() {
    for (String id : new String[] {"", "", " ", "chatcmpl-1", "chatcmpl-1"}) {
      Object call = llm.start("openai", "chat", "gpt-4o", null, -1, false);
      llm.usage(call, 10, 1, -1, -1, -1);
      llm.response(call, "gpt-4o-2024-08-06", id);
      llm.end(call, null);
    }
    agent.ticker.tick();
    // Three blank ids are three calls; the repeated real id is one request seen twice (framework over SDK).
    assertEquals(4, agent.totals.models().get(0).calls());
    assertEquals(40, agent.totals.models().get(0).usage().tokens(0));
  }
}
