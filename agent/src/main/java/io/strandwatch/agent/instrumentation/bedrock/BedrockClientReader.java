package io.strandwatch.agent.instrumentation.bedrock;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.SdkAccessors;
import java.net.URI;

/**
 * Reads the server a Bedrock Runtime client talks to from its public {@code serviceClientConfiguration()}: the
 * endpoint override when there is one, otherwise the regional endpoint the SDK derives from the region.
 */
final class BedrockClientReader implements ResponseReader {

  static final String KEY = "bedrock.client";

  @Override
  public void read(Object client, LlmCallView call) {
    Object config = SdkAccessors.get(client, "serviceClientConfiguration");
    Object override = SdkAccessors.get(config, "endpointOverride");
    if (override instanceof URI) {
      URI uri = (URI) override;
      call.request(null, null, uri.getHost(), portOf(uri));
      return;
    }
    String region = SdkAccessors.string(SdkAccessors.get(config, "region"), "id");
    if (region != null) {
      call.request(null, null, "bedrock-runtime." + region + ".amazonaws.com", 443);
    }
  }

  private static int portOf(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
  }
}
