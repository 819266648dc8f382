package io.strandwatch.agent.instrumentation.ollama;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.SdkAccessors;
import java.net.URI;

/**
 * Reads the server from the endpoint caller's {@code getHost()}, the base URL the {@code Ollama} client was made
 * with ({@code http://localhost:11434} by default), to which the caller appends {@code /api/chat}. A URL without a
 * port uses its scheme's. Credentials in the URL are never read: only host and port.
 */
final class ServerReader implements ResponseReader {

  static final String KEY = "ollama.caller";

  @Override
  public void read(Object caller, LlmCallView call) {
    URI uri = parse(SdkAccessors.string(caller, "getHost"));
    if (uri == null || uri.getHost() == null) {
      return;
    }
    int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    call.request(null, uri.getHost(), port);
  }

  private static URI parse(String url) {
    if (url == null) {
      return null;
    }
    try {
      return URI.create(url.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
