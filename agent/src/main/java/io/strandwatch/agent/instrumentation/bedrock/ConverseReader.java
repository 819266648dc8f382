package io.strandwatch.agent.instrumentation.bedrock;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.SdkAccessors;

/**
 * Reads a {@code ConverseResponse}: {@code usage()} ({@code inputTokens} excludes cache reads and writes) and the
 * AWS request id. A response without usage leaves the call's usage unknown.
 */
final class ConverseReader implements ResponseReader {

  static final String KEY = "bedrock.converse";

  @Override
  public void read(Object response, LlmCallView call) {
    reportUsage(SdkAccessors.get(response, "usage"), call);
    call.response(null, BedrockRequestIds.of(response));
  }

  /** Reports a Bedrock {@code TokenUsage} (Converse response or stream metadata event); null reports nothing. */
  static void reportUsage(Object usage, LlmCallView call) {
    if (usage == null) {
      return;
    }
    BedrockTokens.report(call, SdkAccessors.count(usage, "inputTokens"), SdkAccessors.count(usage, "outputTokens"),
        SdkAccessors.count(usage, "cacheReadInputTokens"), SdkAccessors.count(usage, "cacheWriteInputTokens"));
  }
}
