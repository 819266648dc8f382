package io.strandwatch.agent.instrumentation.ollama;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.SdkAccessors;

/** Reads the request model from the {@code OllamaChatRequest} ({@code getModel()}); never its messages. */
final class ChatRequestReader implements ResponseReader {

  static final String KEY = "ollama.request";

  @Override
  public void read(Object request, LlmCallView call) {
    call.request(SdkAccessors.string(request, "getModel"), null, -1);
  }
}
