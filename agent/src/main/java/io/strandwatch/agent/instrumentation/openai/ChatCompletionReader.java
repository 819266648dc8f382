package io.strandwatch.agent.instrumentation.openai;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;

/** A complete {@code ChatCompletion}: model, id and usage. */
final class ChatCompletionReader implements ResponseReader {

  @Override
  public void read(Object completion, LlmCallView call) {
    call.response(SdkObjects.text(SdkObjects.get(completion, "model")),
        SdkObjects.text(SdkObjects.get(completion, "id")));
    Object usage = SdkObjects.get(completion, "usage");
    if (usage != null) {
      OpenAiUsage.chat(usage, call);
    }
  }
}
