package io.strandwatch.it.openai.app;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientAsync;
import com.openai.core.http.AsyncStreamResponse;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseStreamEvent;
import io.strandwatch.annotations.TrackedStrand;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The strands of the test application; each name says what its LLM calls exercise. */
public class OpenAiStrands {

  private final OpenAIClient client;
  private final OpenAIClientAsync async;
  private final ExecutorService consumers;

  public OpenAiStrands(OpenAIClient client, OpenAIClientAsync async, ExecutorService consumers) {
    this.client = client;
    this.async = async;
    this.consumers = consumers;
  }

  static ChatCompletionCreateParams chat(String model) {
    return ChatCompletionCreateParams.builder().model(model).addUserMessage(Secrets.PROMPT).build();
  }

  static ChatCompletionCreateParams chatWithUsage(String model) {
    return chat(model).toBuilder()
        .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build();
  }

  static ResponseCreateParams response(String model) {
    return ResponseCreateParams.builder().model(model).input(Secrets.PROMPT).build();
  }

  /**
   * Azure OpenAI: the model parameter names the deployment. A blocking call, a stream with usage, and both again
   * through the client's async side, each awaited inside the strand.
   */
  @TrackedStrand("openai.azure")
  public long azure(OpenAIClient azure) {
    azure.chat().completions().create(chat(AZURE_DEPLOYMENT));
    long chunks;
    try (StreamResponse<ChatCompletionChunk> stream = azure.chat().completions()
        .createStreaming(chatWithUsage(AZURE_DEPLOYMENT))) {
      chunks = stream.stream().count();
    }
    azure.async().chat().completions().create(chat(AZURE_DEPLOYMENT)).join();
    azure.async().chat().completions().createStreaming(chatWithUsage(AZURE_DEPLOYMENT)).subscribe(chunk -> { })
        .onCompleteFuture().join();
    return chunks;
  }

  public static final String AZURE_DEPLOYMENT = "prod-gpt4o";

  /** A request the client gives up on: the strand handles the failure itself. */
  @TrackedStrand("openai.timeout")
  public boolean timedOut(OpenAIClient impatient) {
    try {
      impatient.chat().completions().create(chat("gpt-slow"));
      return false;
    } catch (RuntimeException expected) {
      return true;
    }
  }

  @TrackedStrand("openai.chat.sync")
  public int chatTwice() {
    int chars = client.chat().completions().create(chat("gpt-4o")).choices().size();
    return chars + client.chat().completions().create(chat("gpt-4o")).choices().size();
  }

  /** Ends when the returned future completes, after the call's usage has been added. */
  @TrackedStrand("openai.chat.async")
  public CompletableFuture<String> chatAsync() {
    return async.chat().completions().create(chat("gpt-4o")).thenApply(c -> c.id());
  }

  /** The stream is started here and read to its end on another thread while this strand waits. */
  @TrackedStrand("openai.chat.stream.other_thread")
  public long streamReadElsewhere() throws Exception {
    StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(chatWithUsage("gpt-4o"));
    Future<Long> chunks = consumers.submit(() -> {
      try (StreamResponse<ChatCompletionChunk> s = stream) {
        return s.stream().count();
      }
    });
    return chunks.get(30, TimeUnit.SECONDS);
  }

  /** Without stream_options.include_usage the provider sends no usage: tokens are unknown, not 0. */
  @TrackedStrand("openai.chat.stream.no_usage")
  public long streamWithoutUsage() {
    try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(
        chat("gpt-4o-mini"))) {
      return stream.stream().count();
    }
  }

  @TrackedStrand("openai.chat.async_stream")
  public CompletableFuture<Void> asyncStream() {
    AsyncStreamResponse<ChatCompletionChunk> stream = async.chat().completions().createStreaming(
        chatWithUsage("gpt-4o"));
    return stream.subscribe(chunk -> { }).onCompleteFuture();
  }

  @TrackedStrand("openai.responses.sync")
  public String responses() {
    return client.responses().create(response("gpt-4o")).id();
  }

  @TrackedStrand("openai.responses.stream")
  public long responsesStream() {
    try (StreamResponse<ResponseStreamEvent> stream = client.responses().createStreaming(response("gpt-4o"))) {
      return stream.stream().count();
    }
  }

  @TrackedStrand("openai.responses.async")
  public CompletableFuture<String> responsesAsync() {
    return async.responses().create(response("gpt-4o")).thenApply(r -> r.id());
  }

  /** Handler-style consumption: the strand waits for the handler's completion, not for a future. */
  @TrackedStrand("openai.responses.async_stream")
  public void responsesAsyncStream() throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    async.responses().createStreaming(response("gpt-4o")).subscribe(new AsyncStreamResponse.Handler<>() {
      @Override
      public void onNext(ResponseStreamEvent event) {
      }

      @Override
      public void onComplete(java.util.Optional<Throwable> error) {
        done.complete(null);
      }
    });
    done.get(30, TimeUnit.SECONDS);
  }

  @TrackedStrand("openai.embeddings")
  public int embeddings() throws Exception {
    EmbeddingCreateParams params = EmbeddingCreateParams.builder().model("text-embedding-3-small")
        .input(Secrets.PROMPT).build();
    int vectors = client.embeddings().create(params).data().size();
    return vectors + async.embeddings().create(params).get(30, TimeUnit.SECONDS).data().size();
  }

  /** Four rejected requests: 429, 500, 400, and a stream cut halfway; the strand itself handles them. */
  @TrackedStrand("openai.errors")
  public int errors() {
    int failed = 0;
    for (String model : new String[] {"gpt-err-429", "gpt-err-500", "gpt-err-400"}) {
      try {
        client.chat().completions().create(chat(model));
      } catch (RuntimeException expected) {
        failed++;
      }
    }
    try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(
        chatWithUsage("gpt-cut"))) {
      stream.stream().count();
    } catch (RuntimeException expected) {
      failed++;
    }
    return failed;
  }

  /** Usage objects lacking fields: partly (no cache or reasoning details) and wholly. */
  @TrackedStrand("openai.usage.partial")
  public void partialUsage() {
    client.chat().completions().create(chat("gpt-partial"));
  }

  @TrackedStrand("openai.usage.absent")
  public void absentUsage() {
    client.chat().completions().create(chat("gpt-nousage"));
  }

  /** Started and dropped without reading: ends as abandoned once collected. */
  @TrackedStrand("openai.stream.abandoned")
  public void abandonStream() {
    client.chat().completions().createStreaming(chatWithUsage("gpt-abandon"));
  }

  /** Binding a new call's future also ends the calls whose carriers were collected meanwhile. */
  @TrackedStrand("openai.after_gc")
  public CompletableFuture<String> afterCollection() {
    return async.chat().completions().create(chat("gpt-after")).thenApply(c -> c.id());
  }

  @TrackedStrand("openai.outer")
  public void outer() {
    client.chat().completions().create(chat("gpt-4o"));
    inner();
  }

  @TrackedStrand("openai.inner")
  public void inner() {
    client.chat().completions().create(chat("gpt-4o"));
  }
}
