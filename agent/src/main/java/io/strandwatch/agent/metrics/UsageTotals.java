package io.strandwatch.agent.metrics;

import io.strandwatch.bridge.model.LlmUsage;
import io.strandwatch.bridge.model.Measure;

/** LLM calls, tokens and cost summed over the run. Ticker thread only. */
public final class UsageTotals {

  public static final String[] TOKEN_TYPES = {"input", "output", "cache_read", "cache_write", "reasoning"};

  private long calls;
  private final long[] tokens = new long[5];
  private final long[] tokensUnavailable = new long[5];
  private final long[] tokensCount = new long[5];
  private long costPico;
  private long costCount;
  private long costUnavailable;

  void add(LlmUsage u) {
    calls += u.calls().sum();
    add(0, u.inputTokens());
    add(1, u.outputTokens());
    add(2, u.cacheReadTokens());
    add(3, u.cacheWriteTokens());
    add(4, u.reasoningTokens());
    costPico += u.costPicoUsd().sum();
    costCount += u.costPicoUsd().count();
    costUnavailable += u.costPicoUsd().unavailable();
  }

  private void add(int i, Measure m) {
    tokens[i] += m.sum();
    tokensCount[i] += m.count();
    tokensUnavailable[i] += m.unavailable();
  }

  public long calls() {
    return calls;
  }

  /** Sum of reported tokens of type {@code i} (see {@link #TOKEN_TYPES}). */
  public long tokens(int i) {
    return tokens[i];
  }

  /** True when nothing of type {@code i} was reported but some values were unavailable: unknown, not 0. */
  public boolean tokensUnknown(int i) {
    return tokensCount[i] == 0 && tokensUnavailable[i] > 0;
  }

  public long tokensUnavailable(int i) {
    return tokensUnavailable[i];
  }

  public long costPico() {
    return costPico;
  }

  /** Executions or calls whose cost is unknown (unpriced model or unreported usage). */
  public long costUnavailable() {
    return costUnavailable;
  }

  public boolean costUnknown() {
    return costCount == 0 && costUnavailable > 0;
  }
}
