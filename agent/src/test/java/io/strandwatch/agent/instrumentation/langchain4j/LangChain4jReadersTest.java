package io.strandwatch.agent.instrumentation.langchain4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.strandwatch.agent.instrumentation.RecordingCall;
import org.junit.jupiter.api.Test;

/** The readers against stand-ins shaped like LangChain4j's classes (same accessor names, no library). */
class LangChain4jReadersTest {

  public static class Usage {
    public Integer inputTokenCount() {
      return 850;
    }

    public Integer outputTokenCount() {
      return 300;
    }
  }

  /** Like {@code AnthropicTokenUsage}: cache counts beside, not inside, the input count. */
  public static class AnthropicUsage extends Usage {
    public Integer cacheReadInputTokens() {
      return 100;
    }

    public Integer cacheCreationInputTokens() {
      return 50;
    }
  }

  public static class Details {
    public Integer cachedTokens() {
      return 100;
    }

    public Integer reasoningTokens() {
      return 40;
    }
  }

  /** Like {@code OpenAiTokenUsage}: cached and reasoning counts are parts of input and output. */
  public static class OpenAiUsage extends Usage {
    public Details inputTokensDetails() {
      return new Details();
    }

    public Details outputTokensDetails() {
      return new Details();
    }
  }

  /** A usage whose counts the provider left out. */
  public static class EmptyUsage {
    public Integer inputTokenCount() {
      return null;
    }

    public Integer outputTokenCount() {
      return null;
    }
  }

  public static class Response {
    private final Object usage;

    Response(Object usage) {
      this.usage = usage;
    }

    public Object tokenUsage() {
      return usage;
    }

    public String modelName() {
      return "model-2025";
    }

    public String id() {
      return "chatcmpl-1";
    }
  }

  public static class Request {
    public String modelName() {
      return "model";
    }
  }

  @Test
  void anthropicCacheCountsAreAddedToTheInput() {
    RecordingCall call = new RecordingCall();
    new ChatResponseReader().read(new Response(new AnthropicUsage()), call);
    assertEquals("[1000, 300, 100, 50, -1]", call.tokens().toString());
    assertEquals("model-2025", call.responseModel);
    assertEquals("chatcmpl-1", call.responseId);
  }

  @Test
  void openAiDetailsAreAlreadyPartsOfTheTotals() {
    RecordingCall call = new RecordingCall();
    new ChatResponseReader().read(new Response(new OpenAiUsage()), call);
    assertEquals("[850, 300, 100, -1, 40]", call.tokens().toString());
  }

  @Test
  void aPlainUsageKnowsNoDetailAndMissingCountsAreUnknown() {
    RecordingCall plain = new RecordingCall();
    new ChatResponseReader().read(new Response(new Usage()), plain);
    assertEquals("[850, 300, -1, -1, -1]", plain.tokens().toString());

    RecordingCall empty = new RecordingCall();
    new ChatResponseReader().read(new Response(new EmptyUsage()), empty);
    assertEquals("[-1, -1, -1, -1, -1]", empty.tokens().toString());

    RecordingCall none = new RecordingCall();
    new ChatResponseReader().read(new Response(null), none);
    assertEquals(0, none.usageReports, "no usage reported");
    assertEquals("chatcmpl-1", none.responseId);
  }

  @Test
  void theRequestNamesTheRequestedModel() {
    RecordingCall call = new RecordingCall();
    new ChatRequestReader().read(new Request(), call);
    assertEquals("model", call.requestModel);
  }

  @Test
  void providersComeFromTheIntegrationPackage() {
    assertEquals("openai", LangChain4jProviders.of("dev.langchain4j.model.openai.OpenAiChatModel"));
    assertEquals("openai", LangChain4jProviders.of("dev.langchain4j.model.openaiofficial.OpenAiOfficialChatModel"));
    assertEquals("anthropic", LangChain4jProviders.of("dev.langchain4j.model.anthropic.AnthropicStreamingChatModel"));
    assertEquals("azure.ai.openai", LangChain4jProviders.of("dev.langchain4j.model.azure.AzureOpenAiChatModel"));
    assertEquals("aws.bedrock", LangChain4jProviders.of("dev.langchain4j.model.bedrock.BedrockChatModel"));
    assertEquals("gcp.gemini", LangChain4jProviders.of("dev.langchain4j.model.googleai.GoogleAiGeminiChatModel"));
    assertEquals("ollama", LangChain4jProviders.of("dev.langchain4j.model.ollama.OllamaChatModel"));
    assertEquals("deepseek", LangChain4jProviders.of("dev.langchain4j.community.model.deepseek.DeepSeekChatModel"));
    assertEquals("langchain4j", LangChain4jProviders.of("com.example.MyChatModel"));
  }
}
