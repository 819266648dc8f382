package io.strandwatch.agent.instrumentation.ollama;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.SdkAccessors;

/**
 * Reads the {@code OllamaChatResult} that {@code callSync} returns: its {@code getResponseModel()} is the final
 * line of the answer (the one with {@code done: true}, which alone carries the counts, also for streams).
 * {@code prompt_eval_count} is the input and {@code eval_count} the output, thinking included; Ollama reports no
 * cache or reasoning counts, and ollama4j 1.1.6 does not read {@code prompt_eval_cached_count}, so those stay
 * unknown. An absent count is unknown, never 0. Ollama has no response id.
 */
final class ChatResultReader implements ResponseReader {

  static final String KEY = "ollama.chat";

  @Override
  public void read(Object result, LlmCallView call) {
    Object response = SdkAccessors.get(result, "getResponseModel");
    if (response == null) {
      return;
    }
    long input = SdkAccessors.count(response, "getPromptEvalCount");
    long output = SdkAccessors.count(response, "getEvalCount");
    if (input >= 0 || output >= 0) {
      call.usage(input, output, -1, -1, -1);
    }
    call.response(SdkAccessors.string(response, "getModel"), null);
  }
}
