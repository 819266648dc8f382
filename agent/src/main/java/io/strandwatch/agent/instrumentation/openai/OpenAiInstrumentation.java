package io.strandwatch.agent.instrumentation.openai;

import io.strandwatch.agent.instrumentation.FutureCompletion;
import io.strandwatch.agent.instrumentation.LibraryInstrumentation;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.ResponseReaders;
import io.strandwatch.agent.instrumentation.ResultWrappers;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * The official OpenAI Java SDK ({@code com.openai:openai-java}): chat completions, the Responses API and
 * embeddings; blocking, {@code CompletableFuture} and streamed (blocking and asynchronous), at the concrete
 * service implementations. docs/llm-clients.md lists what is read from where.
 */
public final class OpenAiInstrumentation implements LibraryInstrumentation {

  static final String PROVIDER = "openai";
  static final String STREAM = "com.openai.core.http.StreamResponse";
  static final String ASYNC_STREAM = "com.openai.core.http.AsyncStreamResponse";

  private static final String CHAT_PARAMS = "com.openai.models.chat.completions.ChatCompletionCreateParams";
  private static final String RESPONSE_PARAMS = "com.openai.models.responses.ResponseCreateParams";
  private static final String EMBEDDING_PARAMS = "com.openai.models.embeddings.EmbeddingCreateParams";

  static final String CHAT = "openai.chat";
  static final String RESPONSES = "openai.responses";
  static final String EMBEDDINGS = "openai.embeddings";

  @Override
  public String name() {
    return PROVIDER;
  }

  @Override
  public String packagePrefix() {
    return "com/openai/";
  }

  @Override
  public AgentBuilder install(AgentBuilder builder, ClassLoader agentLoader) {
    registerReaders();
    ServiceWeaving services = new ServiceWeaving(PROVIDER, PROVIDER, "com.openai.core.RequestOptions", agentLoader);
    AgentBuilder b = builder;
    b = services.weave(b, "com.openai.services.blocking.chat.ChatCompletionServiceImpl",
        SdkMethod.blocking("create", CHAT_PARAMS, "chat", CHAT),
        SdkMethod.stream("createStreaming", CHAT_PARAMS, "chat", CHAT, CHAT + ".stream"));
    b = services.weave(b, "com.openai.services.async.chat.ChatCompletionServiceAsyncImpl",
        SdkMethod.future("create", CHAT_PARAMS, "chat", CHAT, CHAT + ".future"),
        SdkMethod.stream("createStreaming", CHAT_PARAMS, "chat", CHAT, CHAT + ".async_stream"));
    b = services.weave(b, "com.openai.services.blocking.ResponseServiceImpl",
        SdkMethod.blocking("create", RESPONSE_PARAMS, "chat", RESPONSES),
        SdkMethod.stream("createStreaming", RESPONSE_PARAMS, "chat", RESPONSES, RESPONSES + ".stream"));
    b = services.weave(b, "com.openai.services.async.ResponseServiceAsyncImpl",
        SdkMethod.future("create", RESPONSE_PARAMS, "chat", RESPONSES, RESPONSES + ".future"),
        SdkMethod.stream("createStreaming", RESPONSE_PARAMS, "chat", RESPONSES, RESPONSES + ".async_stream"));
    b = services.weave(b, "com.openai.services.blocking.EmbeddingServiceImpl",
        SdkMethod.blocking("create", EMBEDDING_PARAMS, "embeddings", EMBEDDINGS));
    b = services.weave(b, "com.openai.services.async.EmbeddingServiceAsyncImpl",
        SdkMethod.future("create", EMBEDDING_PARAMS, "embeddings", EMBEDDINGS, EMBEDDINGS + ".future"));
    return b;
  }

  static void registerReaders() {
    ResponseReaders.register(ServiceWeaving.requestKey(PROVIDER), new RequestModelReader());
    ResponseReaders.register(ServiceWeaving.serverKey(PROVIDER), new ServerReader(true));

    ResponseReader chat = new ChatCompletionReader();
    ResponseReaders.register(CHAT, chat);
    ResultWrappers.register(CHAT + ".future", FutureCompletion.readingThenEnding(CHAT));
    ResultWrappers.register(CHAT + ".stream", new SyncStreamWrapper(STREAM, ChatChunkReader::new, chat, CHAT));
    ResultWrappers.register(CHAT + ".async_stream",
        new AsyncStreamWrapper(ASYNC_STREAM, ChatChunkReader::new, chat, CHAT));

    ResponseReader responses = new ResponsesApiReader();
    ResponseReaders.register(RESPONSES, responses);
    ResultWrappers.register(RESPONSES + ".future", FutureCompletion.readingThenEnding(RESPONSES));
    ResultWrappers.register(RESPONSES + ".stream",
        new SyncStreamWrapper(STREAM, ResponsesEventReader::new, responses, RESPONSES));
    ResultWrappers.register(RESPONSES + ".async_stream",
        new AsyncStreamWrapper(ASYNC_STREAM, ResponsesEventReader::new, responses, RESPONSES));

    ResponseReader embeddings = new EmbeddingReader();
    ResponseReaders.register(EMBEDDINGS, embeddings);
    ResultWrappers.register(EMBEDDINGS + ".future", FutureCompletion.readingThenEnding(EMBEDDINGS));
  }
}
