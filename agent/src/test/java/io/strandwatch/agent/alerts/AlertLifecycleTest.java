package io.strandwatch.agent.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strandwatch.bridge.model.AlertEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertLifecycleTest {

  static final long MIN = 60_000L;
  static final Observation.Timing TIMING = new Observation.Timing(5 * MIN, 10 * MIN, 4 * 60 * MIN);

  /** Drives lifecycle + notifier by hand and records events as "<minute> <STATE> <severity> <key>". */
  static final class Driver {
    final AlertLifecycle lifecycle = new AlertLifecycle(1000);
    final AlertHistory history = new AlertHistory(100);
    final List<String> events = new ArrayList<>();
    final List<String> log = new ArrayList<>();
    final AlertNotifier notifier;
    final List<TrackedAlert> resolved = new ArrayList<>();
    Inhibitor.ProviderCalls calls = (s, p) -> false;

    Driver(int maxPerMinute) {
      notifier = new AlertNotifier(new AlertRateLimiter(maxPerMinute), history,
          new Inhibitor((s, p) -> calls.calledRecently(s, p)), log::add);
      notifier.addListener(e -> events.add(e.epochNanos() / 1_000_000 / MIN + "m "
          + (e.reminder() ? "REMINDER" : e.state().toUpperCase(java.util.Locale.ROOT)) + " " + e.severity() + " "
          + e.key()));
    }

    void step(long minute, Observation... observations) {
      lifecycle.apply(minute * MIN, List.of(observations), resolved);
      notifier.notify(minute * MIN, lifecycle.tracked(), resolved);
      resolved.clear();
    }
  }

  /** An error-ratio style observation of {@code value} against warning 0.10 / clear 0.08. */
  static Observation ratio(Scope scope, double value) {
    return ratio("error_rate", scope, value, TIMING);
  }

  static Observation ratio(String rule, Scope scope, double value, Observation.Timing timing) {
    if (value >= 0.10) {
      return Observation.breach(rule, scope, value >= 0.25 ? Severity.CRITICAL : Severity.WARNING, value,
          value >= 0.25 ? 0.25 : 0.10, null, "10m", ValueUnit.RATIO, timing, "ratio " + value);
    }
    return value >= 0.08 ? Observation.hold(rule, scope, value, 0.10, null, "10m", ValueUnit.RATIO, timing, "hold")
        : null;
  }

  static Observation[] maybe(Observation o) {
    return o == null ? new Observation[0] : new Observation[] {o};
  }

  @Test
  void pendingLapsesSilentlyAndFiringNeedsTheFullFor() {
    Driver d = new Driver(30);
    Scope s = Scope.strand("a");
    d.step(1, ratio(s, 0.2));
    d.step(2, ratio(s, 0.2));
    d.step(3); // lapsed while pending: back to inactive, no event
    assertEquals(null, d.lifecycle.get("error_rate|strand=a"));
    d.step(4, ratio(s, 0.2));
    d.step(8, ratio(s, 0.2));
    assertEquals(AlertPhase.PENDING, d.lifecycle.get("error_rate|strand=a").phase());
    d.step(9, ratio(s, 0.2));
    assertEquals(List.of("9m FIRING warning error_rate|strand=a"), d.events);
  }

  @Test
  void noFlappingAroundTheThresholdThanksToTheClearMargin() {
    Driver d = new Driver(30);
    Scope s = Scope.strand("a");
    for (long m = 0; m <= 5; m++) {
      d.step(m, ratio(s, 0.12));
    }
    // Oscillates between 9 % (hold: above the clear level 8 %) and 11 % for an hour: stays firing, no events.
    for (long m = 6; m <= 66; m++) {
      d.step(m, maybe(ratio(s, m % 2 == 0 ? 0.09 : 0.11)));
    }
    // Under the clear level from 67m, except one blip at 70m that restarts clear_for.
    for (long m = 67; m <= 90; m++) {
      d.step(m, maybe(ratio(s, m == 70 ? 0.09 : 0.05)));
    }
    assertEquals(List.of("5m FIRING warning error_rate|strand=a", "81m RESOLVED warning error_rate|strand=a"),
        d.events);
    AlertRecord r = d.history.records().get(0);
    assertEquals(5 * MIN, r.firedAtMillis());
    assertEquals(81 * MIN, r.resolvedAtMillis());
    assertEquals("12%", r.peakText());
  }

  @Test
  void escalationIsAnEventButADropInTierIsNot() {
    Driver d = new Driver(30);
    Scope s = Scope.strand("a");
    d.step(0, ratio(s, 0.12));
    d.step(5, ratio(s, 0.12));
    d.step(6, ratio(s, 0.30));
    d.step(7, ratio(s, 0.12));
    assertEquals(List.of("5m FIRING warning error_rate|strand=a", "6m FIRING critical error_rate|strand=a"),
        d.events);
  }

  @Test
  void remindersAtTheRepeatInterval() {
    Driver d = new Driver(30);
    Scope s = Scope.strand("a");
    for (long m = 0; m <= 9 * 60; m += 5) {
      d.step(m, ratio(s, 0.12));
    }
    assertEquals(List.of("5m FIRING warning error_rate|strand=a", "245m REMINDER warning error_rate|strand=a",
        "485m REMINDER warning error_rate|strand=a"), d.events);
  }

  @Test
  void degradedProviderInhibitsLatencyOfItsCallersOnly() {
    Driver d = new Driver(30);
    d.calls = (strand, provider) -> strand.equals("chat") && provider.equals("openai");
    Observation.Timing now = new Observation.Timing(0, 0, 0);
    Observation provider = ratio("provider_degraded", Scope.provider("openai"), 0.5, now);
    d.step(1, provider, ratio("latency_threshold", Scope.strand("chat"), 0.5, now),
        ratio("latency_regression", Scope.strand("other"), 0.5, now));
    d.step(2, ratio("latency_threshold", Scope.strand("chat"), 0.5, now),
        ratio("latency_regression", Scope.strand("other"), 0.5, now));
    assertEquals(List.of("1m FIRING critical provider_degraded|provider=openai",
        "1m FIRING critical latency_regression|strand=other", "2m RESOLVED critical provider_degraded|provider=openai",
        "2m FIRING critical latency_threshold|strand=chat"), d.events);
  }

  @Test
  void firingBudgetInhibitsTheSpendSpikeOfTheSameScopeOnly() {
    Driver d = new Driver(30);
    Observation.Timing now = new Observation.Timing(0, 0, 0);
    Scope budget = Scope.of("budget=daily,threshold=100%", Map.of("budget.name", "daily", "budget.scope", "global"));
    Observation b = Observation.breach("budget", budget, Severity.CRITICAL, 1, 1, null, "day", ValueUnit.NUMBER, now,
        "spent");
    d.step(1, b, ratio("spend_spike", Scope.GLOBAL, 0.5, now), ratio("spend_spike", Scope.strand("x"), 0.5, now));
    assertEquals(List.of("1m FIRING critical budget|budget=daily,threshold=100%",
        "1m FIRING critical spend_spike|strand=x"), d.events);
  }

  @Test
  void perMinuteCapCountsAndSummarizesTheExcess() {
    Driver d = new Driver(30);
    Observation.Timing now = new Observation.Timing(0, 0, 0);
    List<Observation> many = new ArrayList<>();
    for (int i = 0; i < 42; i++) {
      many.add(ratio("error_rate", Scope.strand("s" + i), 0.5, now));
    }
    d.step(1, many.toArray(new Observation[0]));
    assertEquals(30, d.events.size());
    assertEquals(List.of(), d.log);
    d.step(2, many.toArray(new Observation[0]));
    assertEquals(List.of("[strandwatch] 12 alert events were not sent in the minute from 1970-01-01T00:01:00Z:"
        + " over the cap of 30 per minute (they are in the alert history)"), d.log);
    assertEquals(42, d.history.records().size());
    assertEquals(30, d.history.records().stream().filter(AlertRecord::notified).count());
  }

  @Test
  void lineFormat() {
    AlertEvent e = new AlertEvent("error_rate", "warning", AlertEvent.FIRING, "error_rate|strand=checkout", 0.31, 0.25,
        null, "10m", "error ratio 31% over 10m (n=42) ≥ 25%", Collections.emptyMap(), 0, false);
    assertEquals("[strandwatch] FIRING warning error_rate strand=checkout: error ratio 31% over 10m (n=42) ≥ 25%",
        AlertLineFormatter.format(e));
  }
}
