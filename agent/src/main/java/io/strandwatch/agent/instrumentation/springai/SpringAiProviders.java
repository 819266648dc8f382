package io.strandwatch.agent.instrumentation.springai;

/**
 * The {@code gen_ai.provider.name} of a Spring AI chat model class, from its model package
 * ({@code org.springframework.ai.<provider>}), the same in 1.x and 2.x.
 */
final class SpringAiProviders {

  /** Package prefix, provider; first match wins, so more specific prefixes come first. */
  private static final String[][] BY_PACKAGE = {
      {"org.springframework.ai.azure.openai.", "azure.ai.openai"},
      {"org.springframework.ai.openai.", "openai"},
      {"org.springframework.ai.anthropic.", "anthropic"},
      {"org.springframework.ai.bedrock.", "aws.bedrock"},
      {"org.springframework.ai.vertexai.", "gcp.vertex_ai"},
      {"org.springframework.ai.google.genai.", "gcp.gemini"},
      {"org.springframework.ai.ollama.", "ollama"},
      {"org.springframework.ai.mistralai.", "mistral_ai"},
      {"org.springframework.ai.deepseek.", "deepseek"},
  };

  private static final String ROOT = "org.springframework.ai.";

  private SpringAiProviders() {}

  /** The provider for {@code className}; else its package segment after {@code org.springframework.ai.}. */
  static String of(String className) {
    for (String[] entry : BY_PACKAGE) {
      if (className.startsWith(entry[0])) {
        return entry[1];
      }
    }
    if (className.startsWith(ROOT)) {
      int end = className.indexOf('.', ROOT.length());
      if (end > ROOT.length()) {
        return className.substring(ROOT.length(), end);
      }
    }
    return "spring-ai";
  }
}
