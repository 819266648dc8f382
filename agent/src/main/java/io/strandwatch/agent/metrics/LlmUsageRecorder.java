package io.strandwatch.agent.metrics;

import io.strandwatch.bridge.model.LlmUsage;
import io.strandwatch.bridge.model.Measure;

/**
 * LLM calls, tokens (in the normalized order input, output, cache read, cache write, reasoning) and cost of a
 * series. Values of -1 mean "not reported" and count as unavailable, never as 0.
 */
public final class LlmUsageRecorder {

  private final MeasureRecorder calls;
  private final MeasureRecorder[] tokens = new MeasureRecorder[5];
  private final MeasureRecorder cost = new MeasureRecorder();

  /** {@code callsHistogram}: per strand execution the number of calls is a distribution; per call it is 1. */
  LlmUsageRecorder(boolean callsHistogram) {
    this.calls = callsHistogram ? new MeasureRecorder() : null;
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = new MeasureRecorder();
    }
  }

  /** Records one strand execution's (or one call's) usage; -1 is unavailable, -2 not applicable. */
  public void record(long callCount, long input, long output, long cacheRead, long cacheWrite, long reasoning,
      long costPico) {
    // Hot path of executions that made LLM calls, and of every LLM call: no allocation.
    if (calls != null) {
      calls.record(callCount);
    }
    recordTokens(tokens[0], input);
    recordTokens(tokens[1], output);
    recordTokens(tokens[2], cacheRead);
    recordTokens(tokens[3], cacheWrite);
    recordTokens(tokens[4], reasoning);
    recordTokens(cost, costPico);
  }

  /** -1 is unavailable (not reported, unpriced); below -1 is "not applicable" and records nothing. */
  private static void recordTokens(MeasureRecorder recorder, long value) {
    if (value >= 0) {
      recorder.record(value);
    } else if (value == -1) {
      recorder.recordUnavailable();
    }
  }

  /**
   * Drains the interval. Executions without LLM calls are not recorded on the hot path (that would cost every
   * strand a histogram write); {@code executions} lets the ticker add them here as zero-call values.
   */
  LlmUsage drain(long executions) {
    Measure c = calls == null ? Measure.EMPTY : withZeros(calls.drain(), executions);
    Measure[] t = new Measure[tokens.length];
    boolean any = c.sum() > 0;
    for (int i = 0; i < tokens.length; i++) {
      t[i] = tokens[i].drain();
      any |= t[i] != Measure.EMPTY;
    }
    Measure k = cost.drain();
    any |= k != Measure.EMPTY;
    if (!any && c == Measure.EMPTY) {
      return LlmUsage.NONE;
    }
    return new LlmUsage(c, t[0], t[1], t[2], t[3], t[4], k);
  }

  private static Measure withZeros(Measure calls, long executions) {
    return calls.plusZeros(executions - calls.count(), MeasureRecorder.SIGNIFICANT_DIGITS);
  }
}
