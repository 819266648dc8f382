package io.strandwatch.agent.rules.window;

import io.strandwatch.agent.alerts.Scope;

/** One provider and model: per-call input and output tokens per minute. */
public final class ModelActivity extends TrackedScope {

  private final String provider;
  private final String model;
  final HistogramRing inputTokens;
  final HistogramRing outputTokens;

  ModelActivity(String provider, String model, int minutes) {
    super(Scope.model(provider, model));
    this.provider = provider;
    this.model = model;
    this.inputTokens = new HistogramRing(minutes);
    this.outputTokens = new HistogramRing(minutes);
  }

  public String provider() {
    return provider;
  }

  public String model() {
    return model;
  }

  public HistogramRing inputTokens() {
    return inputTokens;
  }

  public HistogramRing outputTokens() {
    return outputTokens;
  }
}
