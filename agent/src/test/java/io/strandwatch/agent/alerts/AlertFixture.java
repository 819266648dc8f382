package io.strandwatch.agent.alerts;

import java.util.ArrayList;
import java.util.List;

/**
 * Real alert lifecycle, notifier and history driven by hand, for tests outside this package (reports, JMX):
 * alerts fire on the first breach and resolve on the first evaluation without one.
 */
public final class AlertFixture {

  private static final Observation.Timing AT_ONCE = new Observation.Timing(0, 0, 0);

  private final AlertLifecycle lifecycle = new AlertLifecycle(1000);
  private final AlertHistory history = new AlertHistory(100);
  private final AlertNotifier notifier = new AlertNotifier(new AlertRateLimiter(1000), history,
      new Inhibitor((strand, provider) -> false), line -> { });
  private final List<TrackedAlert> resolved = new ArrayList<>();

  /** One evaluation at {@code millis}: the given breaches fire (or stay firing), every other alert resolves. */
  public void step(long millis, Observation... breaches) {
    lifecycle.apply(millis, List.of(breaches), resolved);
    notifier.notify(millis, lifecycle.tracked(), resolved);
    resolved.clear();
  }

  public static Observation breach(String rule, Scope scope, Severity severity, double value, ValueUnit unit) {
    return Observation.breach(rule, scope, severity, value, value / 2, null, "10m", unit, AT_ONCE,
        rule + " " + scope + " at " + unit.format(value));
  }

  public AlertHistory history() {
    return history;
  }

  public AlertLifecycle lifecycle() {
    return lifecycle;
  }
}
