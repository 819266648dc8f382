package io.strandwatch.it.langchain4j.app;

import dev.langchain4j.model.bedrock.BedrockChatModel;
import dev.langchain4j.model.bedrock.BedrockStreamingChatModel;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.policy.AddHeadersPolicy;
import com.azure.core.http.policy.FixedDelayOptions;
import com.azure.core.http.policy.RetryOptions;
import dev.langchain4j.model.azure.AzureOpenAiChatModel;
import dev.langchain4j.model.azure.AzureOpenAiStreamingChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.openaiofficial.OpenAiOfficialChatModel;
import dev.langchain4j.model.openaiofficial.OpenAiOfficialStreamingChatModel;
import dev.langchain4j.service.AiServices;
import io.strandwatch.annotations.TrackedStrand;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The application the LangChain4j tests fork: {@code main(baseUrl, scenario...)} runs each scenario's strand
 * against the simulator the test started and configured. Models are built once; the simulator decides usage
 * and failures per request, in the order the test queued them.
 */
public final class LangChain4jApp {

  private final ChatModel openAi;
  private final StreamingChatModel openAiStreaming;
  private final ChatModel anthropic;
  private final StreamingChatModel anthropicStreaming;
  private final String baseUrl;

  LangChain4jApp(String baseUrl) {
    this.baseUrl = baseUrl;
    this.openAi = OpenAiChatModel.builder().baseUrl(baseUrl + "/v1").apiKey(Secrets.API_KEY)
        .modelName("gpt-4o-mini").maxRetries(0).build();
    this.openAiStreaming = OpenAiStreamingChatModel.builder().baseUrl(baseUrl + "/v1").apiKey(Secrets.API_KEY)
        .modelName("gpt-4o-mini").build();
    this.anthropic = AnthropicChatModel.builder().baseUrl(baseUrl + "/v1/").apiKey(Secrets.API_KEY)
        .modelName("claude-sonnet-4-5").maxRetries(0).build();
    this.anthropicStreaming = AnthropicStreamingChatModel.builder().baseUrl(baseUrl + "/v1/")
        .apiKey(Secrets.API_KEY).modelName("claude-sonnet-4-5").build();
  }

  public static void main(String[] args) throws Exception {
    LangChain4jApp app = new LangChain4jApp(args[0]);
    for (int i = 1; i < args.length; i++) {
      app.run(args[i]);
    }
    System.out.println("done");
  }

  void run(String scenario) throws Exception {
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
      case "errors":
        errors();
        break;
      case "official":
        official();
        break;
      case "bedrock":
        bedrock();
        break;
      case "azure":
        azure();
        break;
      case "ai-service":
        aiService();
        break;
      default:
        throw new IllegalArgumentException(scenario);
    }
  }

  @TrackedStrand("lc4j.openai.sync")
  void openAiSync(int calls) {
    for (int i = 0; i < calls; i++) {
      openAi.chat(Secrets.PROMPT);
    }
  }

  @TrackedStrand("lc4j.openai.stream")
  void openAiStream(int calls) throws Exception {
    for (int i = 0; i < calls; i++) {
      stream(openAiStreaming);
    }
  }

  @TrackedStrand("lc4j.anthropic.sync")
  void anthropicSync(int calls) {
    for (int i = 0; i < calls; i++) {
      anthropic.chat(Secrets.PROMPT);
    }
  }

  @TrackedStrand("lc4j.anthropic.stream")
  void anthropicStream(int calls) throws Exception {
    for (int i = 0; i < calls; i++) {
      stream(anthropicStreaming);
    }
  }

  /** One rate-limited and one failing request per provider; the strand goes on after each. */
  @TrackedStrand("lc4j.errors")
  void errors() {
    for (ChatModel model : new ChatModel[] {openAi, openAi, anthropic, anthropic}) {
      try {
        model.chat(Secrets.PROMPT);
        throw new IllegalStateException("the simulator was told to fail this request");
      } catch (RuntimeException expected) {
        System.out.println("failed as queued: " + expected.getClass().getName());
      }
    }
  }

  /**
   * The OpenAI official SDK integration: openai-java underneath, which StrandWatch instruments too. A sync call,
   * a streamed one, and a rate-limited one.
   */
  @TrackedStrand("lc4j.official")
  void official() throws Exception {
    ChatModel model = OpenAiOfficialChatModel.builder().baseUrl(baseUrl + "/v1").apiKey(Secrets.API_KEY)
        .modelName("gpt-4o-mini").maxRetries(0).build();
    StreamingChatModel streaming = OpenAiOfficialStreamingChatModel.builder().baseUrl(baseUrl + "/v1")
        .apiKey(Secrets.API_KEY).modelName("gpt-4o-mini").build();
    syncStreamAndFailure(model, streaming);
  }

  /**
   * LangChain4j's Bedrock integration: the AWS SDK's bedrockruntime underneath, which StrandWatch instruments too.
   * A sync call, a streamed one, and a throttled one; the AWS SDK's own retries are off, as are LangChain4j's.
   */
  @TrackedStrand("lc4j.bedrock")
  void bedrock() throws Exception {
    URI endpoint = URI.create(baseUrl);
    StaticCredentialsProvider credentials =
        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLC4JCANARY", Secrets.API_KEY));
    try (BedrockRuntimeClient client = BedrockRuntimeClient.builder().endpointOverride(endpoint)
            .region(Region.US_EAST_1).credentialsProvider(credentials)
            .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
        BedrockRuntimeAsyncClient asyncClient = BedrockRuntimeAsyncClient.builder().endpointOverride(endpoint)
            .region(Region.US_EAST_1).credentialsProvider(credentials)
            // The simulator speaks HTTP/1.1 only; the async client would try HTTP/2 first.
            .httpClientBuilder(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP1_1))
            .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())).build()) {
      ChatModel model = BedrockChatModel.builder().client(client).modelId(BEDROCK_MODEL).maxRetries(0).build();
      StreamingChatModel streaming = BedrockStreamingChatModel.builder().client(asyncClient)
          .modelId(BEDROCK_MODEL).build();
      syncStreamAndFailure(model, streaming);
    }
  }

  /**
   * LangChain4j's Azure OpenAI integration, on {@code com.azure:azure-ai-openai}, which StrandWatch does not
   * instrument: here LangChain4j's layer is the only one that sees the call.
   */
  @TrackedStrand("lc4j.azure")
  void azure() throws Exception {
    // Azure's key credential refuses plain HTTP, and the simulator is plain HTTP on 127.0.0.1: the application
    // hands LangChain4j its own client that sends the same api-key header. Retries off, like the other models.
    OpenAIClientBuilder client = new OpenAIClientBuilder().endpoint(baseUrl)
        .addPolicy(new AddHeadersPolicy(new HttpHeaders().set(HttpHeaderName.fromString("api-key"), Secrets.API_KEY)))
        .retryOptions(new RetryOptions(new FixedDelayOptions(0, Duration.ZERO)));
    ChatModel model = AzureOpenAiChatModel.builder().openAIClient(client.buildClient())
        .deploymentName(AZURE_DEPLOYMENT).build();
    StreamingChatModel streaming = AzureOpenAiStreamingChatModel.builder().openAIAsyncClient(client.buildAsyncClient())
        .deploymentName(AZURE_DEPLOYMENT).build();
    syncStreamAndFailure(model, streaming);
  }

  /** What the application asks its AI service; LangChain4j implements it. */
  public interface Assistant {
    String chat(String message);
  }

  /** The tool the model asks for; LangChain4j runs it and sends the result back in a second request. */
  public static final class WeatherTool {
    @Tool("The weather in a city")
    public String weather(String city) {
      return "Sunny in " + city;
    }
  }

  /**
   * Through {@code AiServices}, the high-level API most applications use: one {@code chat} that runs the tool
   * loop, two requests (the model asks for the tool, then answers).
   */
  @TrackedStrand("lc4j.aiservice")
  String aiService() {
    Assistant assistant = AiServices.builder(Assistant.class).chatModel(openAi).tools(new WeatherTool()).build();
    return assistant.chat(Secrets.PROMPT);
  }

  /** An Azure deployment: a name the customer chose, with a model behind it. */
  public static final String AZURE_DEPLOYMENT = "prod-gpt4o";

  /** A sync call, a streamed one, and one the simulator was told to fail. */
  private static void syncStreamAndFailure(ChatModel model, StreamingChatModel streaming) throws Exception {
    model.chat(Secrets.PROMPT);
    stream(streaming);
    try {
      model.chat(Secrets.PROMPT);
      throw new IllegalStateException("the simulator was told to fail this request");
    } catch (RuntimeException expected) {
      System.out.println("failed as queued: " + expected.getClass().getName());
    }
  }

  /** An inference profile id, as Bedrock users call Claude. */
  public static final String BEDROCK_MODEL = "us.anthropic.claude-sonnet-4-5-20250929-v1:0";

  /** Streams one answer and waits for it, so the call ends inside the strand. */
  private static ChatResponse stream(StreamingChatModel model) throws Exception {
    CompletableFuture<ChatResponse> done = new CompletableFuture<>();
    model.chat(Secrets.PROMPT, new StreamingChatResponseHandler() {
      @Override
      public void onPartialResponse(String partial) {
        // the text is the application's business
      }

      @Override
      public void onCompleteResponse(ChatResponse response) {
        done.complete(response);
      }

      @Override
      public void onError(Throwable error) {
        done.completeExceptionally(error);
      }
    });
    return done.get(30, TimeUnit.SECONDS);
  }
}
