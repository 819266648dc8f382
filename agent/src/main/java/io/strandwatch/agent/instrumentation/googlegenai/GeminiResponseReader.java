package io.strandwatch.agent.instrumentation.googlegenai;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.SdkAccessors;

/**
 * Reads a {@code GenerateContentResponse}: a whole response, or one chunk of a stream (then it also marks the
 * first chunk). Every chunk of a stream carries a usage, the early ones with the prompt count only, so each
 * replaces the last and the final chunk's counts win; summing them would be wrong.
 */
final class GeminiResponseReader implements ResponseReader {

  static final String RESPONSE = "gemini.response";
  static final String CHUNK = "gemini.chunk";

  private final boolean chunks;

  GeminiResponseReader(boolean chunks) {
    this.chunks = chunks;
  }

  @Override
  public void read(Object response, LlmCallView call) {
    if (chunks) {
      call.firstChunk();
    }
    GeminiUsage.report(SdkAccessors.get(response, "usageMetadata"), call);
    call.response(SdkAccessors.string(response, "modelVersion"), SdkAccessors.string(response, "responseId"));
  }
}
