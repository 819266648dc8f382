package io.strandwatch.agent.instrumentation.springai;

import io.strandwatch.agent.instrumentation.SdkAccessors;
import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;

/**
 * Reads a Spring AI {@code ChatResponse}, whole or one streamed chunk: model and provider response id from
 * {@code getMetadata()}, usage from {@code getMetadata().getUsage()}, normalized.
 *
 * <p>Streams: every chunk carries a usage, all zeros until the provider reports it, so an empty usage is skipped
 * and a later non-empty one replaces the earlier (never summed). Detail comes from {@code getNativeUsage()}, the
 * provider's own usage object (Spring AI's API records in 1.x, the official SDKs' classes in 2.0, azure-ai-openai's
 * {@code CompletionsUsage} under the Azure model): OpenAI-style
 * cached and reasoning counts are already parts of input and output; Anthropic-style {@code input_tokens}
 * excludes cache reads and writes, so normalized input is recomputed from the native counts.
 */
final class ChatResponseReader implements ResponseReader {

  @Override
  public void read(Object response, LlmCallView call) {
    Object metadata = SdkAccessors.get(response, "getMetadata");
    if (metadata == null) {
      return;
    }
    Object usage = SdkAccessors.get(metadata, "getUsage");
    if (usage != null) {
      readUsage(usage, call);
    }
    call.response(nonEmpty(SdkAccessors.string(metadata, "getModel")), nonEmpty(SdkAccessors.string(metadata, "getId")));
  }

  @Override
  public String classify(Throwable error) {
    return SpringAiErrors.classify(error);
  }

  private static void readUsage(Object usage, LlmCallView call) {
    long input = SdkAccessors.count(usage, "getPromptTokens");
    long output = SdkAccessors.count(usage, "getCompletionTokens");
    if (input <= 0 && output <= 0) {
      return;
    }
    Object nativeUsage = SdkAccessors.get(usage, "getNativeUsage");
    long cacheRead = SdkAccessors.count(usage, "getCacheReadInputTokens");
    long cacheWrite = SdkAccessors.count(usage, "getCacheWriteInputTokens");
    long anthropicRead = SdkAccessors.count(nativeUsage, "cacheReadInputTokens");
    long anthropicWrite = SdkAccessors.count(nativeUsage, "cacheCreationInputTokens");
    long anthropicInput = SdkAccessors.count(nativeUsage, "inputTokens");
    if (anthropicInput >= 0 && (anthropicRead >= 0 || anthropicWrite >= 0)) {
      cacheRead = anthropicRead;
      cacheWrite = anthropicWrite;
      input = anthropicInput + Math.max(0, anthropicRead) + Math.max(0, anthropicWrite);
    } else if (cacheRead < 0) {
      cacheRead = countOf(firstOf(nativeUsage, "promptTokensDetails", "getPromptTokensDetails"),
          "cachedTokens", "getCachedTokens");
    }
    long reasoning = reasoningOf(nativeUsage);
    call.usage(input, output, cacheRead, cacheWrite, reasoning);
  }

  /**
   * Spring AI 1.x's record says {@code completionTokenDetails}, openai-java {@code completionTokensDetails},
   * azure-ai-openai (under Spring AI's Azure model) {@code getCompletionTokensDetails}.
   */
  private static long reasoningOf(Object nativeUsage) {
    Object details = firstOf(nativeUsage, "completionTokenDetails", "completionTokensDetails",
        "getCompletionTokensDetails");
    return countOf(details, "reasoningTokens", "getReasoningTokens");
  }

  private static Object firstOf(Object target, String... accessors) {
    for (String accessor : accessors) {
      Object value = SdkAccessors.get(target, accessor);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static long countOf(Object target, String... accessors) {
    return SdkAccessors.count(firstOf(target, accessors));
  }

  private static String nonEmpty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
