package io.strandwatch.agent.instrumentation.openai;

import java.net.URI;
import java.util.Locale;

/**
 * Whether an openai-java client talks to Azure OpenAI, decided as the SDK itself decides where to send requests:
 * an explicit Azure path mode ({@code LEGACY} deployments or {@code UNIFIED} {@code /openai/v1}), or, in the
 * default {@code AUTO} mode and in SDK versions without path modes, an Azure host name.
 */
final class AzureEndpoints {

  static final String PROVIDER = "azure.ai.openai";

  private static final String[] HOST_SUFFIXES = {
      ".openai.azure.com", ".services.ai.azure.com", ".azure-api.net", ".cognitiveservices.azure.com"};

  private AzureEndpoints() {}

  /** {@code pathMode} is the SDK's {@code AzureUrlPathMode} (or null where the version has none). */
  static boolean isAzure(Object pathMode, URI baseUrl) {
    String mode = pathMode == null ? "AUTO" : pathMode.toString();
    if ("LEGACY".equals(mode) || "UNIFIED".equals(mode)) {
      return true;
    }
    String host = baseUrl.getHost();
    if (host == null) {
      return false;
    }
    host = host.toLowerCase(Locale.ROOT);
    for (String suffix : HOST_SUFFIXES) {
      if (host.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }
}
