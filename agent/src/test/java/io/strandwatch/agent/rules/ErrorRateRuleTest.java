package io.strandwatch.agent.rules;

import static io.strandwatch.agent.rules.Data.MS;
import static io.strandwatch.agent.rules.Data.strand;
import static io.strandwatch.agent.rules.Data.strands;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorRateRuleTest {

  @Test
  void firesCriticalAfterForAndResolvesAfterClearFor() {
    Harness h = new Harness("rules: {}\n");
    // 30 % of executions fail in minutes 1..7, none after.
    h.minutes(1, 30, k -> k <= 7
        ? strands(strand("checkout", 7, 100 * MS), strand("checkout", 3, 100 * MS).failed())
        : strands(strand("checkout", 10, 100 * MS)));
    // Firing: 21 of 70 failed (minutes 1..7) ≥ the critical 25 %. The resolved event carries the last value that
    // still held the alert: 9 of 100 at 14m (over the clear level 8 %); from 15m it is 6 %, clear for 10m.
    assertEquals(List.of("7m FIRING critical error_rate|strand=checkout value=0.3 threshold=0.25 baseline=-"
        + " window=10m scope={strand.name=checkout}",
        "25m RESOLVED critical error_rate|strand=checkout value=0.09 threshold=0.1 baseline=- window=10m"
        + " scope={strand.name=checkout}"), h.details());
    assertEquals(List.of("error ratio 30% over 10m (n=70) ≥ 25%", "cleared for 10m (peak 30%, firing for 18m)"),
        h.summaries());
    assertEquals("[strandwatch] FIRING critical error_rate strand=checkout: error ratio 30% over 10m (n=70) ≥ 25%",
        h.log.get(0));
  }

  @Test
  void pendingAtFirstTrustedWindowThenFiring() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 1, k -> strands(strand("checkout", 7, MS), strand("checkout", 3, MS).failed()));
    assertNull(h.phase("error_rate|strand=checkout"), "n=10 < 20: not trusted");
    h.minutes(2, 2, k -> strands(strand("checkout", 7, MS), strand("checkout", 3, MS).failed()));
    assertEquals("PENDING", h.phase("error_rate|strand=checkout"));
    h.minutes(3, 6, k -> strands(strand("checkout", 7, MS), strand("checkout", 3, MS).failed()));
    assertEquals("PENDING", h.phase("error_rate|strand=checkout"));
    h.minutes(7, 7, k -> strands(strand("checkout", 7, MS), strand("checkout", 3, MS).failed()));
    assertEquals("FIRING", h.phase("error_rate|strand=checkout"));
  }

  @Test
  void quietUnderNormalVarianceAndWithTooFewExecutions() {
    Harness h = new Harness("rules: {}\n");
    // 5 % errors on a busy strand; 100 % errors on a strand with one execution a minute (n=10 < 20).
    h.minutes(1, 120, k -> strands(strand("busy", k % 2 == 0 ? 19 : 38, MS),
        strand("busy", k % 2 == 0 ? 1 : 2, MS).failed(), strand("rare", 1, MS).failed()));
    assertEquals(List.of(), h.transitions());
  }

  @Test
  void perStrandOverrideAndDisable() {
    Harness h = new Harness("rules:\n  error_rate:\n    warning: 0.5\n    critical: 0.9\n"
        + "strands:\n  strict:\n    rules:\n      error_rate: {warning: 5%, critical: 50%, for: 0s}\n"
        + "  ignored:\n    rules:\n      error_rate: false\n");
    assertEquals(List.of(), h.problems);
    h.minutes(1, 3, k -> strands(strand("strict", 9, MS), strand("strict", 1, MS).failed(),
        strand("loose", 9, MS), strand("loose", 1, MS).failed(), strand("ignored", 1, MS).failed(),
        strand("ignored", 20, MS).failed()));
    assertEquals(List.of("2m FIRING warning error_rate|strand=strict"), h.transitions());
  }
}
