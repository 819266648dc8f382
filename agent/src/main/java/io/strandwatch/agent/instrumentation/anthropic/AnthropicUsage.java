package io.strandwatch.agent.instrumentation.anthropic;

import static io.strandwatch.agent.instrumentation.openai.SdkObjects.child;
import static io.strandwatch.agent.instrumentation.openai.SdkObjects.count;

/**
 * Anthropic usage into StrandWatch's convention: Anthropic's {@code input_tokens} excludes cache reads and cache
 * writes, so they are added back; {@code output_tokens} already includes thinking tokens, reported beside it as
 * reasoning. An absent cache count adds nothing to input but is itself unknown, never 0.
 */
final class AnthropicUsage {

  private AnthropicUsage() {}

  static long inputTokens(Object usage) {
    return count(usage, "inputTokens", "input_tokens");
  }

  static long cacheRead(Object usage) {
    return count(usage, "cacheReadInputTokens", "cache_read_input_tokens");
  }

  static long cacheWrite(Object usage) {
    return count(usage, "cacheCreationInputTokens", "cache_creation_input_tokens");
  }

  static long output(Object usage) {
    return count(usage, "outputTokens", "output_tokens");
  }

  static long thinking(Object usage) {
    return count(child(usage, "outputTokensDetails", "output_tokens_details"), "thinkingTokens", "thinking_tokens");
  }

  /** All input tokens: uncached input plus cache reads and writes; unknown when the uncached part is. */
  static long normalizedInput(long inputTokens, long cacheRead, long cacheWrite) {
    if (inputTokens < 0) {
      return -1;
    }
    return inputTokens + Math.max(cacheRead, 0) + Math.max(cacheWrite, 0);
  }
}
