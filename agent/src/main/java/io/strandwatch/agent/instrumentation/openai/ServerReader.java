package io.strandwatch.agent.instrumentation.openai;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import java.lang.reflect.Field;
import java.net.URI;

/**
 * Reads {@code server.address} and {@code server.port} from an SDK service object: Stainless-generated services
 * keep the client's {@code ClientOptions} in a {@code clientOptions} field, whose {@code baseUrl()} is where the
 * requests go. The payload is the service itself, passed by the advice as {@code this}. For openai-java it also
 * tells Azure OpenAI from OpenAI ({@link AzureEndpoints}): the same SDK and classes serve both.
 */
public final class ServerReader implements ResponseReader {

  private final boolean detectAzure;

  /** {@code detectAzure}: whether an Azure endpoint makes the provider {@code azure.ai.openai} (openai-java only). */
  public ServerReader(boolean detectAzure) {
    this.detectAzure = detectAzure;
  }

  private static final ClassValue<Field> OPTIONS_FIELD = new ClassValue<Field>() {
    @Override
    protected Field computeValue(Class<?> type) {
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        try {
          Field f = c.getDeclaredField("clientOptions");
          f.setAccessible(true);
          return f;
        } catch (NoSuchFieldException | RuntimeException e) {
          // not declared here, or not accessible: look further up
        }
      }
      return null;
    }
  };

  @Override
  public void read(Object service, LlmCallView call) {
    Field f = OPTIONS_FIELD.get(service.getClass());
    if (f == null) {
      return;
    }
    Object options;
    try {
      options = f.get(service);
    } catch (IllegalAccessException e) {
      return;
    }
    Object baseUrl = SdkObjects.get(options, "baseUrl");
    if (!(baseUrl instanceof String)) {
      return;
    }
    try {
      URI uri = URI.create((String) baseUrl);
      int port = uri.getPort();
      if (port < 0) {
        port = "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
      }
      String provider = detectAzure && AzureEndpoints.isAzure(SdkObjects.get(options, "azureUrlPathMode"), uri)
          ? AzureEndpoints.PROVIDER : null;
      call.request(provider, null, uri.getHost(), port);
    } catch (IllegalArgumentException e) {
      // an unparsable base URL: the server stays unknown
    }
  }
}
