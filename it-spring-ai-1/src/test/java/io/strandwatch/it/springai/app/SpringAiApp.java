package io.strandwatch.it.springai.app;

import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.policy.AddHeadersPolicy;
import com.azure.core.http.policy.FixedDelayOptions;
import com.azure.core.http.policy.RetryOptions;
import io.strandwatch.annotations.TrackedStrand;
import java.time.Duration;
import java.util.List;
import org.springframework.ai.anthropic.AnthropicChatModel;
import org.springframework.ai.anthropic.AnthropicChatOptions;
import org.springframework.ai.anthropic.api.AnthropicApi;
import org.springframework.ai.azure.openai.AzureOpenAiChatModel;
import org.springframework.ai.azure.openai.AzureOpenAiChatOptions;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.api.OpenAiApi;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.retry.support.RetryTemplate;

/**
 * The application the Spring AI 1.1 tests fork: {@code main(baseUrl, scenario...)}. Models are built with their
 * builders, without a Spring context, and never retry, so one call is one HTTP request.
 */
public final class SpringAiApp {

  private final ChatModel openAi;
  private final ChatModel anthropic;
  private final String baseUrl;

  SpringAiApp(String baseUrl) {
    this.baseUrl = baseUrl;
    RetryTemplate once = RetryTemplate.builder().maxAttempts(1).build();
    this.openAi = OpenAiChatModel.builder()
        .openAiApi(OpenAiApi.builder().baseUrl(baseUrl).apiKey(Secrets.API_KEY).build())
        .defaultOptions(OpenAiChatOptions.builder().model("gpt-4o-mini").streamUsage(true).build())
        .retryTemplate(once).build();
    this.anthropic = AnthropicChatModel.builder()
        .anthropicApi(AnthropicApi.builder().baseUrl(baseUrl).apiKey(Secrets.API_KEY).build())
        .defaultOptions(AnthropicChatOptions.builder().model("claude-sonnet-4-5").maxTokens(512).build())
        .retryTemplate(once).build();
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
      case "prompt-model":
        promptModel();
        break;
      case "errors":
        errors();
        break;
      case "azure":
        azure();
        break;
      case "chat-client":
        chatClient();
        break;
      case "tools":
        tools();
        break;
      default:
        throw new IllegalArgumentException(scenario);
    }
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
      callThatFails(model);
    }
  }

  private static void callThatFails(ChatModel model) {
    try {
      model.call(new Prompt(Secrets.PROMPT));
      throw new IllegalStateException("the simulator was told to fail this request");
    } catch (RuntimeException expected) {
      System.out.println("failed as queued: " + expected.getClass().getName());
    }
  }

  /**
   * Spring AI's Azure OpenAI model, on {@code com.azure:azure-ai-openai}, which StrandWatch does not instrument:
   * Spring AI's layer alone sees each call. A blocking call, a streamed one and a throttled one.
   */
  @TrackedStrand("spring.azure")
  void azure() {
    // Azure's key credential refuses plain HTTP, and the simulator is plain HTTP on 127.0.0.1: the client sends
    // the same api-key header through a policy instead. No retries, like the other models.
    OpenAIClientBuilder client = new OpenAIClientBuilder().endpoint(baseUrl)
        .addPolicy(new AddHeadersPolicy(new HttpHeaders().set(HttpHeaderName.fromString("api-key"), Secrets.API_KEY)))
        .retryOptions(new RetryOptions(new FixedDelayOptions(0, Duration.ZERO)));
    ChatModel azure = AzureOpenAiChatModel.builder().openAIClientBuilder(client)
        .defaultOptions(AzureOpenAiChatOptions.builder().deploymentName(AZURE_DEPLOYMENT).streamUsage(true).build())
        .build();
    azure.call(new Prompt(Secrets.PROMPT));
    stream(azure);
    callThatFails(azure);
  }

  /**
   * Through {@code ChatClient}, the fluent API most applications use: it ends in the model's {@code call} and
   * {@code stream}, through its advisor chain. One blocking call, one stream.
   */
  @TrackedStrand("spring.chatclient")
  void chatClient() {
    ChatClient client = ChatClient.create(openAi);
    client.prompt().user(Secrets.PROMPT).call().chatResponse();
    client.prompt().user(Secrets.PROMPT).stream().chatResponse().collectList().block();
  }

  /** The tool the model asks for; Spring AI runs it and sends the result back in a second request. */
  public static final class WeatherTools {
    @Tool(description = "The weather in a city")
    public String weather(String city) {
      return "Sunny in " + city;
    }
  }

  /**
   * Spring AI executes the tool itself, inside the one {@code call}: two requests (the model asks for the tool,
   * then answers), one call with the usage Spring AI adds up over both.
   */
  @TrackedStrand("spring.tools")
  void tools() {
    ChatClient.create(openAi).prompt().user(Secrets.PROMPT).tools(new WeatherTools()).call().chatResponse();
  }

  /** An Azure deployment: a name the customer chose, with a model behind it. */
  public static final String AZURE_DEPLOYMENT = "prod-gpt4o";

  /** Streams one answer to the end inside the strand (the Flux is cold: the request is made here). */
  private static List<ChatResponse> stream(ChatModel model) {
    return model.stream(new Prompt(Secrets.PROMPT)).collectList().block();
  }
}
