package io.strandwatch.agent.instrumentation.bedrock;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;

/** Reads the initial response of a Bedrock event stream (before any event): only its AWS request id. */
final class StreamResponseReader implements ResponseReader {

  static final String KEY = "bedrock.streamResponse";

  @Override
  public void read(Object response, LlmCallView call) {
    call.response(null, BedrockRequestIds.of(response));
  }
}
