package io.strandwatch.agent.instrumentation.googlegenai;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.SdkAccessors;
import java.net.URI;

/**
 * Reads the SDK's {@code ApiClient}: in Vertex AI mode the provider is {@code gcp.vertex_ai} instead of
 * {@code gcp.gemini}; the server is the configured base URL's host, or the default endpoint of the mode.
 */
final class GeminiClientReader implements ResponseReader {

  static final String KEY = "gemini.client";
  static final String VERTEX = "gcp.vertex_ai";

  @Override
  public void read(Object apiClient, LlmCallView call) {
    boolean vertex = Boolean.TRUE.equals(SdkAccessors.get(apiClient, "vertexAI"));
    String baseUrl = SdkAccessors.string(SdkAccessors.get(apiClient, "httpOptions"), "baseUrl");
    URI uri = parse(baseUrl);
    String host;
    int port;
    if (uri != null && uri.getHost() != null) {
      host = uri.getHost();
      port = uri.getPort() >= 0 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    } else {
      host = vertex ? vertexHost(SdkAccessors.string(apiClient, "location")) : "generativelanguage.googleapis.com";
      port = 443;
    }
    call.request(vertex ? VERTEX : null, null, host, port);
  }

  private static String vertexHost(String location) {
    return location == null || location.isEmpty() || "global".equals(location)
        ? "aiplatform.googleapis.com" : location + "-aiplatform.googleapis.com";
  }

  private static URI parse(String url) {
    if (url == null) {
      return null;
    }
    try {
      return URI.create(url);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
