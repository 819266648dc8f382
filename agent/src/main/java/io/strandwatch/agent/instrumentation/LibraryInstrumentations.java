package io.strandwatch.agent.instrumentation;

import java.util.Arrays;
import java.util.List;

/** Every library instrumentation the agent ships; one line each. */
public final class LibraryInstrumentations {

  private LibraryInstrumentations() {}

  public static List<LibraryInstrumentation> all() {
    return Arrays.asList(
        new io.strandwatch.agent.instrumentation.bedrock.BedrockInstrumentation(),
        new io.strandwatch.agent.instrumentation.googlegenai.GoogleGenAiInstrumentation(),
        new io.strandwatch.agent.instrumentation.ollama.OllamaInstrumentation(),
        new io.strandwatch.agent.instrumentation.openai.OpenAiInstrumentation(),
        new io.strandwatch.agent.instrumentation.anthropic.AnthropicInstrumentation(),
        new io.strandwatch.agent.instrumentation.langchain4j.LangChain4jInstrumentation(),
        new io.strandwatch.agent.instrumentation.springai.SpringAiInstrumentation());
  }
}
