package io.strandwatch.agent.core;

/** Prices one LLM call; the pricing catalog implements it. */
public interface CallPricer {

  /** A pricer that knows no model: every call is unpriced (cost unknown, never $0). */
  CallPricer UNPRICED = (provider, requestModel, responseModel, tokens) -> -1;

  /**
   * The cost in pico-USD of a call with these normalized token counts (input, output, cache read, cache
   * write, reasoning; -1 unknown), or -1 when the model is unpriced or the usage is unknown.
   */
  long costPico(String provider, String requestModel, String responseModel, long[] tokens);
}
