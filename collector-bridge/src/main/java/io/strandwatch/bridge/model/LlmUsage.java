package io.strandwatch.bridge.model;

/**
 * LLM usage of a series over an interval: per strand execution (for strand series) or per call (for LLM call
 * series). Tokens follow the normalized convention: {@code input} includes cache reads and writes,
 * {@code output} includes reasoning. A call whose provider did not report a count adds to that measure's
 * {@code unavailable}, never a zero. Cost is in pico-USD (10^-12 USD); calls to unpriced models or with unknown
 * usage add to the cost's {@code unavailable}.
 */
public final class LlmUsage {

  public static final LlmUsage NONE = new LlmUsage(Measure.EMPTY, Measure.EMPTY, Measure.EMPTY, Measure.EMPTY,
      Measure.EMPTY, Measure.EMPTY, Measure.EMPTY);

  private final Measure calls;
  private final Measure inputTokens;
  private final Measure outputTokens;
  private final Measure cacheReadTokens;
  private final Measure cacheWriteTokens;
  private final Measure reasoningTokens;
  private final Measure costPicoUsd;

  public LlmUsage(Measure calls, Measure inputTokens, Measure outputTokens, Measure cacheReadTokens,
      Measure cacheWriteTokens, Measure reasoningTokens, Measure costPicoUsd) {
    this.calls = calls;
    this.inputTokens = inputTokens;
    this.outputTokens = outputTokens;
    this.cacheReadTokens = cacheReadTokens;
    this.cacheWriteTokens = cacheWriteTokens;
    this.reasoningTokens = reasoningTokens;
    this.costPicoUsd = costPicoUsd;
  }

  /** LLM calls per strand execution (for LLM call series: a sum only, the number of calls). */
  public Measure calls() {
    return calls;
  }

  public Measure inputTokens() {
    return inputTokens;
  }

  public Measure outputTokens() {
    return outputTokens;
  }

  public Measure cacheReadTokens() {
    return cacheReadTokens;
  }

  public Measure cacheWriteTokens() {
    return cacheWriteTokens;
  }

  public Measure reasoningTokens() {
    return reasoningTokens;
  }

  public Measure costPicoUsd() {
    return costPicoUsd;
  }
}
