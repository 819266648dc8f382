package io.strandwatch.agent.instrumentation.bedrock;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.SdkAccessors;

/**
 * The request model of every Bedrock operation is the request's {@code modelId()}, passed on exactly as given
 * (a foundation model id, a {@code us.}/{@code eu.} inference profile or an ARN): pricing normalizes it, and the
 * responses never name the model.
 */
final class BedrockRequestReader implements ResponseReader {

  static final String KEY = "bedrock.request";

  @Override
  public void read(Object request, LlmCallView call) {
    String modelId = SdkAccessors.string(request, "modelId");
    if (modelId != null) {
      call.request(null, modelId, null, -1);
    }
  }
}
