package io.strandwatch.agent.rules;

import static io.strandwatch.agent.rules.Data.SECOND;
import static io.strandwatch.agent.rules.Data.call;
import static io.strandwatch.agent.rules.Data.snapshot;
import static io.strandwatch.agent.rules.Data.strand;
import static io.strandwatch.agent.rules.Data.strands;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyThresholdRuleTest {

  static final String CONFIG = "strands:\n  chat:\n    rules:\n      latency_threshold: {p99_limit: 2s}\n";

  @Test
  void firesFromTheStartAndResolves() {
    Harness h = new Harness(CONFIG);
    h.minutes(1, 2, k -> strands(strand("chat", 10, SECOND), strand("other", 10, 60 * SECOND)));
    h.minutes(3, 3, k -> strands(strand("chat", 10, 3 * SECOND), strand("other", 10, 60 * SECOND)));
    assertEquals("PENDING", h.phase("latency_threshold|strand=chat"));
    assertNull(h.phase("latency_threshold|strand=other"), "no limit configured for 'other'");
    h.minutes(4, 7, k -> strands(strand("chat", 10, 3 * SECOND), strand("other", 10, 60 * SECOND)));
    assertEquals("PENDING", h.phase("latency_threshold|strand=chat"));
    h.minutes(8, 9, k -> strands(strand("chat", 10, 3 * SECOND), strand("other", 10, 60 * SECOND)));
    h.minutes(10, 30, k -> strands(strand("chat", 10, SECOND), strand("other", 10, 60 * SECOND)));
    // Pending at 3m, firing at 8m ('for' 5m); the window (5m) is free of slow minutes at 14m, resolved at 19m.
    // p99 of the 5m window (3 s, as the rules' histogram bucket holding it reports it) against the 2 s limit.
    assertEquals(List.of("8m FIRING warning latency_threshold|strand=chat value=2999975936 threshold=2000000000"
        + " baseline=- window=5m scope={strand.name=chat}",
        "19m RESOLVED warning latency_threshold|strand=chat value=2999975936 threshold=2000000000 baseline=-"
        + " window=5m scope={strand.name=chat}"), h.details());
    assertEquals("[strandwatch] FIRING warning latency_threshold strand=chat: p99 3 s over 5m (n=50) ≥ 2 s",
        h.log.get(0));
  }

  @Test
  void criticalAtTwiceTheLimit() {
    Harness h = new Harness(CONFIG);
    h.minutes(1, 8, k -> strands(strand("chat", 10, 5 * SECOND)));
    // Pending from 2m (n = 20), firing 5m later at the tier breached then: 5 s ≥ 2 x 2 s.
    assertEquals(List.of("7m FIRING critical latency_threshold|strand=chat value=5001707520"
        + " threshold=4000000000 baseline=- window=5m scope={strand.name=chat}"), h.details());
  }

  @Test
  void noFlappingAroundTheLimit() {
    Harness h = new Harness(CONFIG);
    h.minutes(1, 8, k -> strands(strand("chat", 10, 3 * SECOND)));
    // Afterwards p99 alternates just under and just over the limit: never under the clear level (1.6 s).
    h.minutes(9, 60, k -> strands(strand("chat", 10, k % 2 == 0 ? 1900_000_000L : 2100_000_000L)));
    assertEquals(List.of("7m FIRING warning latency_threshold|strand=chat"), h.transitions());
  }

  @Test
  void degradedProviderSilencesTheLatencyAlertOfItsCallers() {
    Harness h = new Harness(CONFIG);
    // chat is slow from minute 1 because openai fails half its calls in minutes 1..3.
    h.minutes(1, 30, k -> snapshot(List.of(strand("chat", 10, 3 * SECOND)),
        List.of(call("openai", "gpt-4o", "chat", k <= 3 ? 5 : 10, null, 1000, 1, 0),
            call("openai", "gpt-4o", "chat", k <= 3 ? 5 : 0, "http_5xx", 1000, 1, 0))));
    // latency_threshold fires at 6m but openai is degraded (firing since 4m): silenced until openai resolves.
    assertEquals(List.of("4m FIRING warning provider_degraded|provider=openai",
        "15m RESOLVED warning provider_degraded|provider=openai",
        "15m FIRING warning latency_threshold|strand=chat"), h.transitions());
  }
}
