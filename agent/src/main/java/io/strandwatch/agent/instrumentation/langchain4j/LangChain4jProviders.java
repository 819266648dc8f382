package io.strandwatch.agent.instrumentation.langchain4j;

/**
 * The {@code gen_ai.provider.name} of a LangChain4j chat model class, from its integration package: every
 * integration lives in its own {@code dev.langchain4j.model.<integration>} package, which is stable across 1.x,
 * while {@code ModelProvider} constants differ by version and are only known at run time.
 */
final class LangChain4jProviders {

  /** Package prefix, provider; first match wins, so more specific prefixes come first. */
  private static final String[][] BY_PACKAGE = {
      {"dev.langchain4j.model.openaiofficial.", "openai"},
      {"dev.langchain4j.model.openai.", "openai"},
      {"dev.langchain4j.model.azure.", "azure.ai.openai"},
      {"dev.langchain4j.model.anthropic.", "anthropic"},
      {"dev.langchain4j.model.bedrock.", "aws.bedrock"},
      {"dev.langchain4j.model.googleai.", "gcp.gemini"},
      {"dev.langchain4j.model.vertexai.", "gcp.vertex_ai"},
      {"dev.langchain4j.model.ollama.", "ollama"},
      {"dev.langchain4j.model.mistralai.", "mistral_ai"},
      {"dev.langchain4j.model.watsonx.", "ibm.watsonx.ai"},
  };

  private static final String MODEL_PACKAGE = ".model.";

  private LangChain4jProviders() {}

  /**
   * The provider for {@code className}; for an integration not in the table, its package segment after
   * {@code .model.} (such as {@code deepseek}), else {@code langchain4j}.
   */
  static String of(String className) {
    for (String[] entry : BY_PACKAGE) {
      if (className.startsWith(entry[0])) {
        return entry[1];
      }
    }
    int model = className.indexOf(MODEL_PACKAGE);
    if (model >= 0) {
      int start = model + MODEL_PACKAGE.length();
      int end = className.indexOf('.', start);
      if (end > start) {
        return className.substring(start, end);
      }
    }
    return "langchain4j";
  }
}
