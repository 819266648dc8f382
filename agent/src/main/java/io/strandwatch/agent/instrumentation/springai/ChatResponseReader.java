package io.strandwatch.agent.instrumentation.springai;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;

/**
 * Reads a Spring AI {@code ChatResponse}, whole or one streamed chunk: model and provider response id from
 * {@code getMetadata()}, usage from {@code getMetadata().getUsage()}, normalized.
 *
 * <p>Streams: every chunk carries a usage, all zeros until the provider reports it, so an empty usage is skipped
 * and a later non-empty one replaces the earlier (never summed). Detail comes from {@code getNativeUsage()}, the
 * provider's own usage object (Spring AI's API records in 1.x, the official SDKs' classes in 2.0): OpenAI-style
 * cached and reasoning counts are already parts of input and output; Anthropic-style {@code input_tokens}
 * excludes cache reads and writes, so normalized input is recomputed from the native counts.
 */
final class ChatResponseReader implements ResponseReader {

  @Override
  public void read(Object response, LlmCallView call) {
    Object metadata = Reflection.call(response, "getMetadata");
    if (metadata == null) {
      return;
    }
    Object usage = Reflection.call(metadata, "getUsage");
    if (usage != null) {
      readUsage(usage, call);
    }
    call.response(nonEmpty(Reflection.string(metadata, "getModel")), nonEmpty(Reflection.string(metadata, "getId")));
  }

  @Override
  public String classify(Throwable error) {
    return SpringAiErrors.classify(error);
  }

  private static void readUsage(Object usage, LlmCallView call) {
    long input = Reflection.count(usage, "getPromptTokens");
    long output = Reflection.count(usage, "getCompletionTokens");
    if (input <= 0 && output <= 0) {
      return;
    }
    Object nativeUsage = Reflection.call(usage, "getNativeUsage");
    long cacheRead = Reflection.count(usage, "getCacheReadInputTokens");
    long cacheWrite = Reflection.count(usage, "getCacheWriteInputTokens");
    long anthropicRead = Reflection.count(nativeUsage, "cacheReadInputTokens");
    long anthropicWrite = Reflection.count(nativeUsage, "cacheCreationInputTokens");
    long anthropicInput = Reflection.count(nativeUsage, "inputTokens");
    if (anthropicInput >= 0 && (anthropicRead >= 0 || anthropicWrite >= 0)) {
      cacheRead = anthropicRead;
      cacheWrite = anthropicWrite;
      input = anthropicInput + Math.max(0, anthropicRead) + Math.max(0, anthropicWrite);
    } else if (cacheRead < 0) {
      cacheRead = Reflection.count(Reflection.call(nativeUsage, "promptTokensDetails"), "cachedTokens");
    }
    long reasoning = reasoningOf(nativeUsage);
    call.usage(input, output, cacheRead, cacheWrite, reasoning);
  }

  /** Spring AI 1.x's record says {@code completionTokenDetails}, openai-java {@code completionTokensDetails}. */
  private static long reasoningOf(Object nativeUsage) {
    Object details = Reflection.call(nativeUsage, "completionTokenDetails");
    if (details == null) {
      details = Reflection.call(nativeUsage, "completionTokensDetails");
    }
    return Reflection.count(details, "reasoningTokens");
  }

  private static String nonEmpty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
