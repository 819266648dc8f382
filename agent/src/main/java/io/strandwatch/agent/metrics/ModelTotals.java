package io.strandwatch.agent.metrics;

import io.strandwatch.bridge.model.LlmCallSeriesSnapshot;
import java.util.Map;
import java.util.TreeMap;

/** LLM calls to one provider and model over the run, across strands. */
public final class ModelTotals {

  private final String provider;
  private final String model;
  private long errors;
  private final Map<String, Long> errorTypes = new TreeMap<>();
  private final MeasureTotals duration = new MeasureTotals();
  private final UsageTotals usage = new UsageTotals();

  ModelTotals(String provider, String model) {
    this.provider = provider;
    this.model = model;
  }

  void add(LlmCallSeriesSnapshot c) {
    if (c.errorType() != null) {
      errors += c.duration().count();
      errorTypes.merge(c.errorType(), c.duration().count(), Long::sum);
    }
    duration.add(c.duration());
    usage.add(c.usage());
  }

  public String provider() {
    return provider;
  }

  public String model() {
    return model;
  }

  public long calls() {
    return duration.count();
  }

  public long errors() {
    return errors;
  }

  /** Failed calls by {@code error.type}. */
  public Map<String, Long> errorTypes() {
    return errorTypes;
  }

  public MeasureTotals duration() {
    return duration;
  }

  public UsageTotals usage() {
    return usage;
  }
}
