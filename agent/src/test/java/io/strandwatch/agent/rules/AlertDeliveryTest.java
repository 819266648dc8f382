package io.strandwatch.agent.rules;

import static io.strandwatch.agent.rules.Data.MS;
import static io.strandwatch.agent.rules.Data.strand;
import static io.strandwatch.agent.rules.Data.strands;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strandwatch.agent.alerts.AlertRecord;
import io.strandwatch.agent.metrics.RunTotals;
import io.strandwatch.agent.report.JsonReport;
import io.strandwatch.agent.report.TextReport;
import io.strandwatch.bridge.model.AlertEvent;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How alerts leave the engine, end to end from config: one event per state change per dedup key, reminders at
 * the repeat interval, the global per-minute cap, the stderr lines and the end-of-run report's section.
 */
class AlertDeliveryTest {

  /** A runaway execution (60 LLM calls) in each of the given strands. */
  static io.strandwatch.bridge.model.MetricsSnapshot runaway(String... names) {
    Data.Strand[] s = new Data.Strand[names.length];
    for (int i = 0; i < names.length; i++) {
      s[i] = strand(names[i], 1, MS).calls(60);
    }
    return strands(s);
  }

  @Test
  void oneEventPerKeyWhileTheConditionHoldsAndKeysAreRulePlusScope() {
    Harness h = new Harness("rules:\n  error_rate: {for: 0s}\n");
    // Every 10 s for 5 minutes: strand a fails every execution and runs away; b fails every execution.
    for (int t = 10; t <= 300; t += 10) {
      h.at(t, strands(strand("a", 30, MS).failed().calls(60), strand("b", 30, MS).failed()));
    }
    // 30 evaluations in breach, one event per dedup key: two rules on strand a are two alerts, one rule on two
    // strands is two alerts.
    assertEquals(List.of("10s FIRING critical error_rate|strand=a", "10s FIRING critical error_rate|strand=b",
        "10s FIRING error runaway_strand|strand=a"), h.transitions());
    assertEquals(List.of("error_rate|strand=a", "error_rate|strand=b", "runaway_strand|strand=a"),
        h.engine.lifecycle().firing().stream().map(a -> a.key()).collect(Collectors.toList()));
  }

  @Test
  void aStillFiringAlertIsRepeatedAtItsRepeatIntervalAsAReminder() {
    Harness h = new Harness("rules:\n  runaway_strand: {repeat_interval: 30m}\n");
    h.minutes(1, 70, k -> runaway("loop"));
    assertEquals(List.of("1m FIRING error runaway_strand|strand=loop", "31m REMINDER error runaway_strand|strand=loop",
        "1h1m REMINDER error runaway_strand|strand=loop"), h.transitions());
    AlertEvent reminder = h.events.get(1);
    assertEquals(true, reminder.reminder());
    assertEquals(AlertEvent.FIRING, reminder.state());
    assertEquals(h.events.get(0).key(), reminder.key());
    assertEquals("still firing after 30m: one execution reached LLM calls 60 ≥ cap 50", reminder.summary());
    assertEquals("[strandwatch] STILL FIRING error runaway_strand strand=loop: still firing after 30m: one execution"
        + " reached LLM calls 60 ≥ cap 50", h.log.get(1));
  }

  @Test
  void theGlobalCapLimitsEventsPerMinuteAndSummarizesTheRest() {
    Harness h = new Harness("rules:\n  max_alerts_per_minute: 3\n");
    h.at(60, runaway("s1", "s2", "s3", "s4", "s5"));
    h.at(90, runaway("s6"));
    assertEquals(List.of("1m FIRING error runaway_strand|strand=s1", "1m FIRING error runaway_strand|strand=s2",
        "1m FIRING error runaway_strand|strand=s3"), h.transitions());
    // The next minute: its first evaluation reports the excess of the last one in one line.
    h.at(120, runaway());
    assertEquals("[strandwatch] 3 alert events were not sent in the minute from 2025-01-06T00:01:00Z: over the cap"
        + " of 3 per minute (they are in the alert history)", h.log.get(3));
    List<AlertRecord> history = h.engine.history().records();
    assertEquals(6, history.size());
    assertEquals(List.of(true, true, true, false, false, false),
        history.stream().map(AlertRecord::notified).collect(Collectors.toList()));
  }

  @Test
  void eachEventIsOneLineOnTheLogAndTheRunEndsWithAnAlertSection() {
    Harness h = new Harness("rules: {}\n");
    RunTotals totals = new RunTotals();
    for (int k = 1; k <= 15; k++) {
      var snapshot = k == 1 ? runaway("loop") : strands(strand("loop", 1, MS).calls(2));
      totals.add(snapshot);
      h.at(k * 60L, snapshot);
    }
    assertEquals(List.of("[strandwatch] FIRING error runaway_strand strand=loop: one execution reached LLM calls 60"
        + " ≥ cap 50", "[strandwatch] RESOLVED error runaway_strand strand=loop: cleared for 10m (peak 60, firing"
        + " for 11m)"), h.log);
    String text = TextReport.render(totals, h.engine.history());
    assertEquals("[strandwatch] alerts: 1\n  error     runaway_strand       runaway_strand|strand=loop"
        + "                   fired 2025-01-06T00:01:00Z  resolved 2025-01-06T00:12:00Z  peak 60\n",
        text.substring(text.indexOf("[strandwatch] alerts:")));
    String json = JsonReport.render(totals, h.engine.history(), Harness.START.toEpochMilli() + 900_000);
    assertEquals("  \"alerts\": [\n    {\n      \"rule\": \"runaway_strand\",\n      \"severity\": \"error\",\n"
        + "      \"key\": \"runaway_strand|strand=loop\",\n      \"fired\": \"2025-01-06T00:01:00Z\",\n"
        + "      \"resolved\": \"2025-01-06T00:12:00Z\",\n      \"peak\": 60.0,\n      \"peak_text\": \"60\"\n    }\n"
        + "  ],\n  \"alerts_dropped\": 0\n}\n", json.substring(json.indexOf("  \"alerts\":")));
  }
}
