package io.strandwatch.it.springai.app;

import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import io.strandwatch.annotations.TrackedStrand;
import java.util.List;
import org.springframework.ai.anthropic.AnthropicChatModel;
import org.springframework.ai.anthropic.AnthropicChatOptions;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.google.genai.GoogleGenAiChatModel;
import org.springframework.ai.google.genai.GoogleGenAiChatOptions;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import reactor.core.scheduler.Schedulers;

/**
 * The application the Spring AI 2.0 tests fork: {@code main(baseUrl, scenario...)}. Models are built with their
 * builders, without a Spring context; they create openai-java / anthropic-java clients from the options, which
 * never retry, so one call is one HTTP request.
 */
public final class SpringAiApp {

  private final ChatModel openAi;
  private final ChatModel anthropic;
  private final ChatModel gemini;

  SpringAiApp(String baseUrl) {
    this.openAi = OpenAiChatModel.builder()
        .options(OpenAiChatOptions.builder().baseUrl(baseUrl + "/v1").apiKey(Secrets.API_KEY).maxRetries(0)
            .model("gpt-4o-mini").streamUsage(true).build())
        .build();
    this.anthropic = AnthropicChatModel.builder()
        .options(AnthropicChatOptions.builder().baseUrl(baseUrl).apiKey(Secrets.API_KEY).maxRetries(0)
            .model("claude-sonnet-4-5").maxTokens(512).build())
        .build();
    Client genAi = Client.builder().apiKey(Secrets.API_KEY).vertexAI(false)
        .httpOptions(HttpOptions.builder().baseUrl(baseUrl)
            .retryOptions(HttpRetryOptions.builder().attempts(1).build()).build())
        .build();
    this.gemini = GoogleGenAiChatModel.builder().genAiClient(genAi)
        .options(GoogleGenAiChatOptions.builder().model("gemini-2.5-flash").build())
        .build();
  }

  public static void main(String[] args) throws Exception {
    SpringAiApp app = new SpringAiApp(args[0]);
    for (int i = 1; i < args.length; i++) {
      app.run(args[i]);
    }
    System.out.println("done");
  }

  void run(String scenario) {
    switch (scenario) {
      case "openai-sync":
        openAiSync(3);
        break;
      case "openai-stream":
        openAiStream(2);
        break;
      case "anthropic-sync":
        anthropicSync(2);
        break;
      case "anthropic-stream":
        anthropicStream(2);
        break;
      case "gemini-sync":
        geminiSync(2);
        break;
      case "gemini-stream":
        geminiStream(2);
        break;
      case "gemini-stream-elsewhere":
        geminiStreamElsewhere(2);
        break;
      case "gemini-chat-client":
        geminiChatClient();
        break;
      case "prompt-model":
        promptModel();
        break;
      case "errors":
        errors();
        break;
      default:
        throw new IllegalArgumentException(scenario);
    }
  }

  /** Spring AI on google-genai, which StrandWatch instruments too: each request must count once. */
  @TrackedStrand("spring.gemini.sync")
  void geminiSync(int calls) {
    for (int i = 0; i < calls; i++) {
      gemini.call(new Prompt(Secrets.PROMPT));
    }
  }

  @TrackedStrand("spring.gemini.stream")
  void geminiStream(int calls) {
    for (int i = 0; i < calls; i++) {
      stream(gemini);
    }
  }

  /**
   * The application subscribes on another scheduler: the request is made on a boundedElastic thread, after
   * {@code stream} returned, and Spring AI's Gemini chunks carry no response id to match the two layers by.
   */
  @TrackedStrand("spring.gemini.stream.elsewhere")
  void geminiStreamElsewhere(int calls) {
    for (int i = 0; i < calls; i++) {
      gemini.stream(new Prompt(Secrets.PROMPT)).subscribeOn(Schedulers.boundedElastic()).collectList().block();
    }
  }

  /**
   * Through {@code ChatClient}, the fluent API most applications use, whose advisor chain ends in the model's
   * {@code call} and {@code stream}: one blocking call, one stream.
   */
  @TrackedStrand("spring.gemini.chatclient")
  void geminiChatClient() {
    ChatClient client = ChatClient.create(gemini);
    client.prompt().user(Secrets.PROMPT).call().chatResponse();
    client.prompt().user(Secrets.PROMPT).stream().chatResponse().collectList().block();
  }

  @TrackedStrand("spring.openai.sync")
  void openAiSync(int calls) {
    for (int i = 0; i < calls; i++) {
      openAi.call(new Prompt(Secrets.PROMPT));
    }
  }

  @TrackedStrand("spring.openai.stream")
  void openAiStream(int calls) {
    for (int i = 0; i < calls; i++) {
      stream(openAi);
    }
  }

  @TrackedStrand("spring.anthropic.sync")
  void anthropicSync(int calls) {
    for (int i = 0; i < calls; i++) {
      anthropic.call(new Prompt(Secrets.PROMPT));
    }
  }

  @TrackedStrand("spring.anthropic.stream")
  void anthropicStream(int calls) {
    for (int i = 0; i < calls; i++) {
      stream(anthropic);
    }
  }

  /** The prompt's options name another model than the defaults: that is the requested one. */
  @TrackedStrand("spring.prompt.model")
  void promptModel() {
    openAi.call(new Prompt(Secrets.PROMPT, OpenAiChatOptions.builder().model("gpt-4.1-nano").build()));
  }

  /** One rate-limited and one failing request per provider, sync; the strand goes on after each. */
  @TrackedStrand("spring.errors")
  void errors() {
    for (ChatModel model : new ChatModel[] {openAi, openAi, anthropic, anthropic}) {
      try {
        model.call(new Prompt(Secrets.PROMPT));
        throw new IllegalStateException("the simulator was told to fail this request");
      } catch (RuntimeException expected) {
        System.out.println("failed as queued: " + expected.getClass().getName());
      }
    }
  }

  /** Streams one answer to the end inside the strand (the Flux is cold: the request is made here). */
  private static List<ChatResponse> stream(ChatModel model) {
    return model.stream(new Prompt(Secrets.PROMPT)).collectList().block();
  }
}
