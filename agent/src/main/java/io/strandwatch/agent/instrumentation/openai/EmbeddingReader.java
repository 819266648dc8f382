package io.strandwatch.agent.instrumentation.openai;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;

/** A {@code CreateEmbeddingResponse}: model and usage (embeddings responses carry no id). */
final class EmbeddingReader implements ResponseReader {

  @Override
  public void read(Object response, LlmCallView call) {
    call.response(SdkObjects.text(SdkObjects.get(response, "model")), null);
    Object usage = SdkObjects.get(response, "usage");
    if (usage != null) {
      OpenAiUsage.embeddings(usage, call);
    }
  }
}
