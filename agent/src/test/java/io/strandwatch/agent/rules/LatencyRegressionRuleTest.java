package io.strandwatch.agent.rules;

import static io.strandwatch.agent.rules.Data.MS;
import static io.strandwatch.agent.rules.Data.SECOND;
import static io.strandwatch.agent.rules.Data.strand;
import static io.strandwatch.agent.rules.Data.strands;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strandwatch.bridge.model.MetricsSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyRegressionRuleTest {

  /** 20 executions a minute between 0.8 and 1.2 s: a strand's normal spread. */
  static MetricsSnapshot normal(long k) {
    return strands(strand("plan", 5, 800 * MS), strand("plan", 5, 950 * MS), strand("plan", 5, 1050 * MS),
        strand("plan", 5, 1200 * MS));
  }

  static MetricsSnapshot slow(long k) {
    return strands(strand("plan", 20, 10 * SECOND));
  }

  @Test
  void firesAfterWarmupAndResolvesOnceTheSlowMinutesLeaveTheWindow() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 70, LatencyRegressionRuleTest::normal);
    h.minutes(71, 71, LatencyRegressionRuleTest::slow);
    assertEquals("PENDING", h.phase("latency_regression|strand=plan"));
    h.minutes(72, 89, LatencyRegressionRuleTest::slow);
    h.minutes(90, 120, LatencyRegressionRuleTest::normal);
    // Pending at 71m, firing after 'for' (10m); the last slow minute (89) leaves the 10m window at 99m, which
    // starts 'clear_for' (10m).
    assertEquals(List.of("1h21m FIRING warning latency_regression|strand=plan",
        "1h49m RESOLVED warning latency_regression|strand=plan"), h.transitions());
  }

  @Test
  void quietDuringWarmupEvenWhenSlow() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 30, LatencyRegressionRuleTest::normal);
    h.minutes(31, 50, LatencyRegressionRuleTest::slow);
    assertEquals(List.of(), h.transitions());
  }

  @Test
  void quietUnderNormalVarianceAndModestSlowdowns() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 70, LatencyRegressionRuleTest::normal);
    // 1.8x slower (about +1 s): inside the 5 s absolute margin, so not a regression for this rule.
    h.minutes(71, 200, k -> strands(strand("plan", 20, k % 3 == 0 ? 2200 * MS : 1800 * MS)));
    assertEquals(List.of(), h.transitions());
  }

  @Test
  void quietWithTooFewExecutionsInTheWindow() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 70, LatencyRegressionRuleTest::normal);
    h.minutes(71, 120, k -> strands(strand("plan", 5, 10 * SECOND))); // 50 per window < 100
    assertEquals(List.of(), h.transitions());
  }
}
