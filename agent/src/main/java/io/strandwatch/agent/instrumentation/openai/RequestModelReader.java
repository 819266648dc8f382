package io.strandwatch.agent.instrumentation.openai;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;

/**
 * Reads the requested model from a request params object ({@code ChatCompletionCreateParams},
 * {@code ResponseCreateParams}, {@code EmbeddingCreateParams}, Anthropic's {@code MessageCreateParams}): a plain
 * enum-like class in most, a union (string, chat model, responses-only model) in the Responses API, optional there.
 */
public final class RequestModelReader implements ResponseReader {

  private static final String[] UNION_VARIANTS = {"string", "chat", "only"};

  @Override
  public void read(Object params, LlmCallView call) {
    String model = SdkObjects.text(SdkObjects.get(params, "model"), UNION_VARIANTS);
    if (model != null) {
      call.request(model, null, -1);
    }
  }
}
