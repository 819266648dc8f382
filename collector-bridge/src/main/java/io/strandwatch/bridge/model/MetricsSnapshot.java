package io.strandwatch.bridge.model;

import java.util.List;

/** Everything recorded during one interval, handed from the agent's ticker to exporters and rules. */
public final class MetricsSnapshot {

  private final long startEpochNanos;
  private final long endEpochNanos;
  private final List<StrandSeriesSnapshot> strands;
  private final List<LlmCallSeriesSnapshot> llmCalls;

  public MetricsSnapshot(long startEpochNanos, long endEpochNanos, List<StrandSeriesSnapshot> strands,
      List<LlmCallSeriesSnapshot> llmCalls) {
    this.startEpochNanos = startEpochNanos;
    this.endEpochNanos = endEpochNanos;
    this.strands = strands;
    this.llmCalls = llmCalls;
  }

  public long startEpochNanos() {
    return startEpochNanos;
  }

  public long endEpochNanos() {
    return endEpochNanos;
  }

  /** Series with at least one execution in the interval; immutable. */
  public List<StrandSeriesSnapshot> strands() {
    return strands;
  }

  /** LLM call series with at least one call in the interval; immutable. */
  public List<LlmCallSeriesSnapshot> llmCalls() {
    return llmCalls;
  }
}
