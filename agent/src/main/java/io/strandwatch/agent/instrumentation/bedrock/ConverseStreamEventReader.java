package io.strandwatch.agent.instrumentation.bedrock;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.SdkAccessors;

/**
 * Reads one ConverseStream event. Only the {@code metadata} event carries usage; an event stream that ends without
 * it (the Netty client completes a cut connection normally) leaves the usage unknown.
 */
final class ConverseStreamEventReader implements ResponseReader {

  static final String KEY = "bedrock.converseStream";

  @Override
  public void read(Object event, LlmCallView call) {
    call.firstChunk();
    if (SdkAccessors.has(event, "usage")) {
      ConverseReader.reportUsage(SdkAccessors.get(event, "usage"), call);
    }
  }
}
