package io.strandwatch.agent.instrumentation.openai;

import static io.strandwatch.agent.instrumentation.openai.SdkObjects.child;
import static io.strandwatch.agent.instrumentation.openai.SdkObjects.count;

import io.strandwatch.agent.instrumentation.LlmCallView;

/**
 * OpenAI usage objects into StrandWatch's convention. OpenAI's own convention already is it: prompt/input tokens
 * include cached tokens (and cache writes where reported), completion/output tokens include reasoning, so counts
 * pass through; only absent fields become unknown.
 */
final class OpenAiUsage {

  private OpenAiUsage() {}

  /** A chat completion's {@code CompletionUsage}. */
  static void chat(Object usage, LlmCallView call) {
    Object prompt = child(usage, "promptTokensDetails", "prompt_tokens_details");
    Object completion = child(usage, "completionTokensDetails", "completion_tokens_details");
    call.usage(count(usage, "promptTokens", "prompt_tokens"),
        count(usage, "completionTokens", "completion_tokens"),
        count(prompt, "cachedTokens", "cached_tokens"),
        count(prompt, "cacheWriteTokens", "cache_write_tokens"),
        count(completion, "reasoningTokens", "reasoning_tokens"));
  }

  /** A Responses API {@code ResponseUsage}. */
  static void responses(Object usage, LlmCallView call) {
    Object input = child(usage, "inputTokensDetails", "input_tokens_details");
    Object output = child(usage, "outputTokensDetails", "output_tokens_details");
    call.usage(count(usage, "inputTokens", "input_tokens"),
        count(usage, "outputTokens", "output_tokens"),
        count(input, "cachedTokens", "cached_tokens"),
        count(input, "cacheWriteTokens", "cache_write_tokens"),
        count(output, "reasoningTokens", "reasoning_tokens"));
  }

  /**
   * An embeddings response's usage: input only. Output is what the provider's own total says beyond the input
   * (0 for embeddings), so it stays unknown when either count is absent.
   */
  static void embeddings(Object usage, LlmCallView call) {
    long input = count(usage, "promptTokens", "prompt_tokens");
    long total = count(usage, "totalTokens", "total_tokens");
    long output = input >= 0 && total >= input ? total - input : -1;
    call.usage(input, output, -1, -1, -1);
  }
}
