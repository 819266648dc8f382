package io.strandwatch.agent.instrumentation.langchain4j;

import io.strandwatch.agent.instrumentation.SdkAccessors;
import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;

/**
 * Reads the requested model from a {@code ChatRequest}. {@code doChat} receives the request after
 * {@code chat} merged the model's default parameters into it, so its model name is the one sent.
 */
final class ChatRequestReader implements ResponseReader {

  @Override
  public void read(Object request, LlmCallView call) {
    call.request(SdkAccessors.string(request, "modelName"), null, -1);
  }
}
