package io.strandwatch.agent.rules;

import static io.strandwatch.agent.rules.Data.CENT;
import static io.strandwatch.agent.rules.Data.MS;
import static io.strandwatch.agent.rules.Data.strand;
import static io.strandwatch.agent.rules.Data.strands;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strandwatch.bridge.model.MetricsSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostOutlierRuleTest {

  static MetricsSnapshot normal(long k) {
    return strands(strand("agent", 10, MS).cost(CENT), strand("agent", 10, MS).cost(CENT * 12 / 10));
  }

  @Test
  void firesAtOnceAndResolvesAfterClearFor() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 70, CostOutlierRuleTest::normal);
    h.minutes(71, 71, k -> strands(strand("agent", 19, MS).cost(CENT), strand("agent", 1, MS).cost(100 * CENT)));
    h.minutes(72, 90, CostOutlierRuleTest::normal);
    // Clear from the first interval without an outlier (72m), resolved after clear_for (10m).
    // Value: the interval's most expensive execution ($1, as its HdrHistogram bucket reports it); threshold: the
    // $0.05 floor, above 3 x the baseline median ($0.0102) and its p99; baseline: that median. In pico-USD.
    assertEquals(List.of("1h11m FIRING info cost_outlier|strand=agent value=1000190509055 threshold=50000000000"
        + " baseline=10200547327.5 window=interval scope={strand.name=agent}",
        "1h22m RESOLVED info cost_outlier|strand=agent value=1000190509055 threshold=50000000000"
        + " baseline=10200547327.5 window=interval scope={strand.name=agent}"), h.details());
    assertEquals("[strandwatch] FIRING info cost_outlier strand=agent: one execution cost $1.00 (baseline median"
        + " $0.01) ≥ $0.05", h.log.get(0));
  }

  @Test
  void quietUnderTheFloorAndDuringWarmup() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 30, k -> strands(strand("agent", 19, MS).cost(CENT), strand("agent", 1, MS).cost(100 * CENT)));
    h.minutes(31, 100, k -> strands(strand("agent", 19, MS).cost(CENT), strand("agent", 1, MS).cost(4 * CENT)));
    assertEquals(List.of(), h.transitions());
  }
}
