package io.strandwatch.agent.instrumentation.anthropic;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.openai.SdkObjects;

/** A complete {@code Message} or {@code BetaMessage}: model, id and usage. */
final class MessageReader implements ResponseReader {

  @Override
  public void read(Object message, LlmCallView call) {
    call.response(SdkObjects.text(SdkObjects.get(message, "model")), SdkObjects.text(SdkObjects.get(message, "id")));
    Object usage = SdkObjects.get(message, "usage");
    if (usage == null) {
      return;
    }
    long read = AnthropicUsage.cacheRead(usage);
    long write = AnthropicUsage.cacheWrite(usage);
    call.usage(AnthropicUsage.normalizedInput(AnthropicUsage.inputTokens(usage), read, write),
        AnthropicUsage.output(usage), read, write, AnthropicUsage.thinking(usage));
  }
}
