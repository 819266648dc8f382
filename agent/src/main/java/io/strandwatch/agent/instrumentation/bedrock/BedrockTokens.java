package io.strandwatch.agent.instrumentation.bedrock;

import io.strandwatch.agent.instrumentation.LlmCallView;

/**
 * Bedrock reports input tokens without the prompt-cache reads and writes (Anthropic's convention, kept by Converse
 * and by the InvokeModel headers); StrandWatch's input includes them. Bedrock has no reasoning count.
 */
final class BedrockTokens {

  private BedrockTokens() {}

  /** Reports counts as Bedrock gives them (-1 for absent) in the normalized convention. */
  static void report(LlmCallView call, long inputExcludingCache, long output, long cacheRead, long cacheWrite) {
    long input = inputExcludingCache < 0 ? -1
        : inputExcludingCache + Math.max(0, cacheRead) + Math.max(0, cacheWrite);
    call.usage(input, output, cacheRead, cacheWrite, -1);
  }
}
