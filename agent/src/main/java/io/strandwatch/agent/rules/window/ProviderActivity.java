package io.strandwatch.agent.rules.window;

import io.strandwatch.agent.alerts.Scope;

/** One provider's recent LLM calls: totals and calls that failed on the provider's side, per minute. */
public final class ProviderActivity extends TrackedScope {

  private final String name;
  final MinuteRing calls;

  ProviderActivity(String name, int minutes) {
    super(Scope.provider(name));
    this.name = name;
    this.calls = new MinuteRing(minutes);
  }

  public String name() {
    return name;
  }

  /** Totals are calls, parts are calls failed by the provider (5xx, rate limited, timed out). */
  public MinuteRing calls() {
    return calls;
  }
}
