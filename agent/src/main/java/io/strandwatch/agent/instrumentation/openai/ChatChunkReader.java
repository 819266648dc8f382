package io.strandwatch.agent.instrumentation.openai;

import io.strandwatch.agent.instrumentation.LlmCallView;
import java.util.List;

/**
 * The chunks of a streamed chat completion. Usage comes only in a last chunk, and only when the request set
 * {@code stream_options.include_usage}; without it the call's tokens stay unknown, never 0.
 */
final class ChatChunkReader implements StreamReader {

  private volatile boolean complete;

  @Override
  public void read(Object chunk, LlmCallView call) {
    call.response(SdkObjects.text(SdkObjects.get(chunk, "model")), SdkObjects.text(SdkObjects.get(chunk, "id")));
    Object usage = SdkObjects.get(chunk, "usage");
    if (usage != null) {
      OpenAiUsage.chat(usage, call);
      complete = true;
    }
    Object choices = SdkObjects.get(chunk, "choices");
    if (choices instanceof List) {
      for (Object choice : (List<?>) choices) {
        if (SdkObjects.get(choice, "finishReason") != null) {
          complete = true;
        }
      }
    }
  }

  @Override
  public boolean complete() {
    return complete;
  }
}
