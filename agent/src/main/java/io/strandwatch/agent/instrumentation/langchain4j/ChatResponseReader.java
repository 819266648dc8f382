package io.strandwatch.agent.instrumentation.langchain4j;

import io.strandwatch.agent.instrumentation.SdkAccessors;
import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;

/**
 * Reads a LangChain4j {@code ChatResponse}: usage from {@code tokenUsage()}, normalized, plus the model and the
 * provider's response id, which lets the core drop the second report of a request that the SDK underneath
 * ({@code langchain4j-open-ai-official} on openai-java) also reported.
 *
 * <p>Detail comes from the provider subclasses: {@code OpenAiTokenUsage} (and the official SDK's) carry
 * {@code inputTokensDetails().cachedTokens()} and {@code outputTokensDetails().reasoningTokens()}, already
 * parts of the input and output counts; {@code AnthropicTokenUsage} carries cache reads and writes, which
 * Anthropic counts outside {@code input_tokens}, so they are added to the input.
 */
final class ChatResponseReader implements ResponseReader {

  @Override
  public void read(Object response, LlmCallView call) {
    Object usage = SdkAccessors.get(response, "tokenUsage");
    if (usage != null) {
      readUsage(usage, call);
    }
    call.response(SdkAccessors.string(response, "modelName"), SdkAccessors.string(response, "id"));
  }

  private static void readUsage(Object usage, LlmCallView call) {
    long input = SdkAccessors.count(usage, "inputTokenCount");
    long output = SdkAccessors.count(usage, "outputTokenCount");
    long cacheRead = SdkAccessors.count(SdkAccessors.get(usage, "inputTokensDetails"), "cachedTokens");
    long cacheWrite = -1;
    long reasoning = SdkAccessors.count(SdkAccessors.get(usage, "outputTokensDetails"), "reasoningTokens");
    long anthropicRead = SdkAccessors.count(usage, "cacheReadInputTokens");
    long anthropicWrite = SdkAccessors.count(usage, "cacheCreationInputTokens");
    if (anthropicRead >= 0 || anthropicWrite >= 0) {
      cacheRead = anthropicRead;
      cacheWrite = anthropicWrite;
      if (input >= 0) {
        input += Math.max(0, anthropicRead) + Math.max(0, anthropicWrite);
      }
    }
    call.usage(input, output, cacheRead, cacheWrite, reasoning);
  }
}
