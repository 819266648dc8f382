package io.strandwatch.agent.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.bootstrap.LlmHooks;
import io.strandwatch.agent.bootstrap.StrandHooks;
import io.strandwatch.agent.core.HotPathForTests;
import io.strandwatch.agent.metrics.ModelTotals;
import io.strandwatch.agent.metrics.SeriesTable;
import io.strandwatch.agent.metrics.StrandTotals;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bounds: 10,000 strand names, 10,000 attribute values and 10,000 model names against the default
 * {@code series.max} of 2,000. Series stop at the cap, the {@code _overflow} series get exactly the rest, each
 * table warns exactly once, and retained heap stops growing with the cap.
 */
class CardinalityBoundsTest {

  private static final int MAX_SERIES = 2000;
  private static final int DISTINCT = 10_000;

  @Test
  void tenThousandStrandsAttributeValuesAndModelsAreCappedWithExactOverflowCounts() throws Exception {
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintStream original = System.err;
    long baseline = retainedHeap();
    HotPathForTests agent;
    long atStrandCap;
    long atCap;
    long atEnd;
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      agent = HotPathForTests.create(MAX_SERIES, false, true);
      StrandHooks strands = agent.strandHooks();
      LlmHooks llm = agent.llmHooks();
      // Up to the cap: every name and model gets its own series.
      for (int i = 0; i < MAX_SERIES; i++) {
        execute(strands, agent.registry.register("bounds.name-" + i, Map.of()), null);
      }
      agent.ticker.tick();
      atStrandCap = retainedHeap();
      for (int i = 0; i < MAX_SERIES; i++) {
        call(llm, "model-" + i);
      }
      agent.ticker.tick();
      atCap = retainedHeap();
      for (int i = MAX_SERIES; i < DISTINCT; i++) {
        execute(strands, agent.registry.register("bounds.name-" + i, Map.of()), null);
        call(llm, "model-" + i);
      }
      for (int i = 0; i < DISTINCT; i++) {
        execute(strands, agent.registry.register("bounds.tenant", Map.of("tenant", "t-" + i)), null);
      }
      execute(strands, agent.registry.register("bounds.name-9999", Map.of()), new IllegalStateException());
      agent.ticker.tick();
      atEnd = retainedHeap();
    } finally {
      System.setErr(original);
    }

    // Strand series: the first 2,000 names have their own; everything else is in the two overflow series.
    assertEquals(MAX_SERIES + 2, agent.strandSeries.size(), "2,000 series + _overflow ok + _overflow error");
    Map<String, StrandTotals> strands = new HashMap<>();
    for (StrandTotals s : agent.totals.strands()) {
      strands.put(s.name(), s);
    }
    assertEquals(MAX_SERIES + 1, strands.size());
    assertEquals(1, strands.get("bounds.name-0").count());
    assertEquals(1, strands.get("bounds.name-1999").count());
    StrandTotals overflow = strands.get(SeriesTable.OVERFLOW_NAME);
    assertEquals((DISTINCT - MAX_SERIES) + DISTINCT + 1, overflow.count(), "8,000 names + 10,000 tenants + 1 error");
    assertEquals(1, overflow.errors());
    assertEquals(Map.of("_OTHER", 1L), overflow.errorTypes());
    assertTrue(overflow.attributes().isEmpty(), "no attribute value leaks into the overflow series");

    // LLM call series: the first 2,000 models have their own, the other 8,000 calls are in _overflow.
    Map<String, ModelTotals> models = new HashMap<>();
    for (ModelTotals m : agent.totals.models()) {
      models.put(m.model(), m);
    }
    assertEquals(MAX_SERIES + 1, models.size());
    assertEquals(1, models.get("model-0").calls());
    assertEquals(DISTINCT - MAX_SERIES, models.get(SeriesTable.OVERFLOW_NAME).calls());
    assertEquals((DISTINCT - MAX_SERIES) * 10L, models.get(SeriesTable.OVERFLOW_NAME).usage().tokens(0));

    List<String> warnings = new ArrayList<>();
    for (String line : stderr.toString(StandardCharsets.UTF_8).split("\n")) {
      if (line.startsWith("[strandwatch] WARNING:")) {
        warnings.add(line);
      }
    }
    assertEquals(2, warnings.size(), "one line per table: " + warnings);
    assertTrue(warnings.get(0).contains("more than 2000 strand series"), warnings.get(0));
    assertTrue(warnings.get(1).contains("more than 2000 LLM call series"), warnings.get(1));

    // Memory: generous bounds; the point is that nothing grows per distinct value beyond the cap.
    long perStrandSeries = (atStrandCap - baseline) / MAX_SERIES;
    long perCallSeries = (atCap - atStrandCap) / MAX_SERIES;
    long beyondCap = atEnd - atCap;
    System.out.printf("CardinalityBoundsTest: retained %d B per strand series, %d B per LLM call series, %d KB for "
        + "the 28,000 values beyond the cap%n", perStrandSeries, perCallSeries, beyondCap / 1024);
    assertTrue(perStrandSeries < 256 * 1024, "per strand series: " + perStrandSeries + " B");
    assertTrue(perCallSeries < 256 * 1024, "per LLM call series: " + perCallSeries + " B");
    // Beyond the cap only the strand definitions remain (one per woven method): well under 1 KB each.
    assertTrue(beyondCap < 28_000L * 1024, "28,000 values beyond the cap retain " + beyondCap / 1024 + " KB");
  }

  private static void execute(StrandHooks strands, int id, Throwable thrown) {
    strands.exit(strands.enter(id), thrown, null);
  }

  private static void call(LlmHooks llm, String model) {
    Object call = llm.start("openai", "chat", model, "127.0.0.1", 1, false);
    llm.usage(call, 10, 1, -1, -1, -1);
    llm.response(call, model, null);
    llm.end(call, null);
  }

  static long retainedHeap() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
