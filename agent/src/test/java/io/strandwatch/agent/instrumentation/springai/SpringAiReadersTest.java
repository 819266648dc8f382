package io.strandwatch.agent.instrumentation.springai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.strandwatch.agent.instrumentation.RecordingCall;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The readers against stand-ins shaped like Spring AI's classes (same accessor names, no library). */
class SpringAiReadersTest {

  /** Like Spring AI 1.x's {@code AnthropicApi.Usage} record: input_tokens excludes cache reads and writes. */
  public static class AnthropicNative {
    public Integer inputTokens() {
      return 850;
    }

    public Integer cacheReadInputTokens() {
      return 100;
    }

    public Integer cacheCreationInputTokens() {
      return 50;
    }
  }

  /** Like openai-java's {@code CompletionUsage} under Spring AI 2.0: optional details. */
  public static class OpenAiNative {
    public Optional<Details> promptTokensDetails() {
      return Optional.of(new Details());
    }

    public Optional<Details> completionTokensDetails() {
      return Optional.of(new Details());
    }
  }

  public static class Details {
    public Optional<Long> cachedTokens() {
      return Optional.of(100L);
    }

    public Optional<Long> reasoningTokens() {
      return Optional.of(40L);
    }
  }

  /** Like azure-ai-openai's {@code CompletionsUsage} under Spring AI's Azure model: getters, boxed counts. */
  public static class AzureNative {
    public AzureDetails getPromptTokensDetails() {
      return new AzureDetails();
    }

    public AzureDetails getCompletionTokensDetails() {
      return new AzureDetails();
    }
  }

  public static class AzureDetails {
    public Integer getCachedTokens() {
      return 100;
    }

    public Integer getReasoningTokens() {
      return 40;
    }
  }

  public static class Usage {
    private final Integer prompt;
    private final Integer completion;
    private final Object nativeUsage;

    Usage(Integer prompt, Integer completion, Object nativeUsage) {
      this.prompt = prompt;
      this.completion = completion;
      this.nativeUsage = nativeUsage;
    }

    public Integer getPromptTokens() {
      return prompt;
    }

    public Integer getCompletionTokens() {
      return completion;
    }

    public Object getNativeUsage() {
      return nativeUsage;
    }
  }

  public static class Metadata {
    private final Usage usage;

    Metadata(Usage usage) {
      this.usage = usage;
    }

    public Usage getUsage() {
      return usage;
    }

    public String getModel() {
      return "model-2025";
    }

    public String getId() {
      return usage == null ? "" : "msg_1";
    }
  }

  public static class Response {
    private final Metadata metadata;

    Response(Usage usage) {
      this.metadata = new Metadata(usage);
    }

    public Metadata getMetadata() {
      return metadata;
    }
  }

  public static class Options {
    private final String model;

    Options(String model) {
      this.model = model;
    }

    public String getModel() {
      return model;
    }
  }

  public static class Prompt {
    private final Options options;

    Prompt(Options options) {
      this.options = options;
    }

    public Options getOptions() {
      return options;
    }
  }

  public static class LegacyModel {
    public Options getDefaultOptions() {
      return new Options("default-model");
    }
  }

  @Test
  void anthropicInputIsRecomputedFromTheNativeCounts() {
    RecordingCall call = new RecordingCall();
    new ChatResponseReader().read(new Response(new Usage(850, 300, new AnthropicNative())), call);
    assertEquals("[1000, 300, 100, 50, -1]", call.tokens().toString());
    assertEquals("msg_1", call.responseId);
    assertEquals("model-2025", call.responseModel);
  }

  @Test
  void openAiDetailsComeFromTheNativeUsageOptionalsIncluded() {
    RecordingCall call = new RecordingCall();
    new ChatResponseReader().read(new Response(new Usage(1000, 250, new OpenAiNative())), call);
    assertEquals("[1000, 250, 100, -1, 40]", call.tokens().toString());
  }

  @Test
  void azureDetailsComeFromTheNativeUsageGetters() {
    RecordingCall call = new RecordingCall();
    new ChatResponseReader().read(new Response(new Usage(1000, 250, new AzureNative())), call);
    assertEquals("[1000, 250, 100, -1, 40]", call.tokens().toString());
  }

  @Test
  void aStreamChunkWithAnEmptyUsageLeavesTheUsageAlone() {
    RecordingCall call = new RecordingCall();
    new ChatResponseReader().read(new Response(new Usage(0, 0, null)), call);
    new ChatResponseReader().read(new Response(null), call);
    assertEquals(0, call.usageReports, "no usage reported");
    // Ids merge like the recorder merges them (null keeps the earlier one): the empty id is checked on its own.
    RecordingCall emptyId = new RecordingCall();
    new ChatResponseReader().read(new Response(null), emptyId);
    assertNull(emptyId.responseId, "an empty id is no id");
  }

  @Test
  void thePromptModelWinsOverTheDefaults() {
    RecordingCall call = new RecordingCall();
    new OptionsModelReader("getOptions", "getDefaultOptions").read(new LegacyModel(), call);
    assertEquals("default-model", call.requestModel);
    new OptionsModelReader("getOptions").read(new Prompt(new Options("prompt-model")), call);
    assertEquals("prompt-model", call.requestModel);
    new OptionsModelReader("getOptions").read(new Prompt(null), call);
    assertEquals("prompt-model", call.requestModel, "a prompt without options keeps the default");
  }

  @Test
  void springAiRetryExceptionsCarryTheStatusInTheirMessage() {
    assertEquals(429, SpringAiErrors.leadingStatus("429 - {\"error\":{}}"));
    assertEquals(500, SpringAiErrors.leadingStatus("500 - Internal"));
    assertEquals(-1, SpringAiErrors.leadingStatus("4290 - no"));
    assertEquals(-1, SpringAiErrors.leadingStatus("HTTP 429"));
    assertEquals(-1, SpringAiErrors.leadingStatus(null));
  }

  @Test
  void providersComeFromTheModelPackage() {
    assertEquals("openai", SpringAiProviders.of("org.springframework.ai.openai.OpenAiChatModel"));
    assertEquals("anthropic", SpringAiProviders.of("org.springframework.ai.anthropic.AnthropicChatModel"));
    assertEquals("azure.ai.openai", SpringAiProviders.of("org.springframework.ai.azure.openai.AzureOpenAiChatModel"));
    assertEquals("aws.bedrock", SpringAiProviders.of("org.springframework.ai.bedrock.converse.BedrockProxyChatModel"));
    assertEquals("gcp.gemini", SpringAiProviders.of("org.springframework.ai.google.genai.GoogleGenAiChatModel"));
    assertEquals("ollama", SpringAiProviders.of("org.springframework.ai.ollama.OllamaChatModel"));
    assertEquals("minimax", SpringAiProviders.of("org.springframework.ai.minimax.MiniMaxChatModel"));
    assertEquals("spring-ai", SpringAiProviders.of("com.example.MyChatModel"));
  }
}
