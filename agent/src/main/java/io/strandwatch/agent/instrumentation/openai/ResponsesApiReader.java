package io.strandwatch.agent.instrumentation.openai;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;

/**
 * A complete Responses API {@code Response}. Its model is a union, whose {@code asString()} throws for a model the
 * SDK knows as an enum value, so the name comes through {@link SdkObjects#text}.
 */
final class ResponsesApiReader implements ResponseReader {

  static final String[] MODEL_VARIANTS = {"string", "chat", "only"};

  @Override
  public void read(Object response, LlmCallView call) {
    call.response(SdkObjects.text(SdkObjects.get(response, "model"), MODEL_VARIANTS),
        SdkObjects.text(SdkObjects.get(response, "id")));
    Object usage = SdkObjects.get(response, "usage");
    if (usage != null) {
      OpenAiUsage.responses(usage, call);
    }
  }
}
