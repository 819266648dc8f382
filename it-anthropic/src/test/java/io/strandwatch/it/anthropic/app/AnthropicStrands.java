package io.strandwatch.it.anthropic.app;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.AnthropicClientAsync;
import com.anthropic.core.http.AsyncStreamResponse;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.models.beta.messages.BetaRawMessageStreamEvent;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import io.strandwatch.annotations.TrackedStrand;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The strands of the test application; each name says what its LLM calls exercise. */
public class AnthropicStrands {

  private final AnthropicClient client;
  private final AnthropicClientAsync async;
  private final ExecutorService consumers;

  public AnthropicStrands(AnthropicClient client, AnthropicClientAsync async, ExecutorService consumers) {
    this.client = client;
    this.async = async;
    this.consumers = consumers;
  }

  static MessageCreateParams message(String model) {
    return MessageCreateParams.builder().model(model).maxTokens(1024).addUserMessage(Secrets.PROMPT).build();
  }

  static com.anthropic.models.beta.messages.MessageCreateParams betaMessage(String model) {
    return com.anthropic.models.beta.messages.MessageCreateParams.builder().model(model).maxTokens(1024)
        .addUserMessage(Secrets.PROMPT).build();
  }

  @TrackedStrand("anthropic.messages.sync")
  public int messagesTwice() {
    int blocks = client.messages().create(message("claude-sonnet-4-5")).content().size();
    return blocks + client.messages().create(message("claude-sonnet-4-5")).content().size();
  }

  /** Ends when the returned future completes, after the call's usage has been added. */
  @TrackedStrand("anthropic.messages.async")
  public CompletableFuture<String> messageAsync() {
    return async.messages().create(message("claude-sonnet-4-5")).thenApply(m -> m.id());
  }

  /** Started here, iterated (the Iterable side of the stream) on another thread while this strand waits. */
  @TrackedStrand("anthropic.messages.stream.other_thread")
  public int streamReadElsewhere() throws Exception {
    StreamResponse<RawMessageStreamEvent> stream = client.messages().createStreaming(message("claude-sonnet-4-5"));
    Future<Integer> events = consumers.submit(() -> {
      try (StreamResponse<RawMessageStreamEvent> s = stream) {
        return countEvents(s);
      }
    });
    return events.get(30, TimeUnit.SECONDS);
  }

  @TrackedStrand("anthropic.messages.async_stream")
  public CompletableFuture<Void> asyncStream() {
    AsyncStreamResponse<RawMessageStreamEvent> stream = async.messages().createStreaming(
        message("claude-sonnet-4-5"));
    return stream.subscribe(event -> { }).onCompleteFuture();
  }

  @TrackedStrand("anthropic.beta.sync")
  public String beta() {
    return client.beta().messages().create(betaMessage("claude-sonnet-4-5")).id();
  }

  @TrackedStrand("anthropic.beta.stream")
  public long betaStream() {
    try (StreamResponse<BetaRawMessageStreamEvent> stream = client.beta().messages().createStreaming(
        betaMessage("claude-sonnet-4-5"))) {
      return stream.stream().count();
    }
  }

  /** Three rejected requests (429, 529 overloaded, 500); the strand handles them itself. */
  @TrackedStrand("anthropic.errors")
  public int errors() {
    int failed = 0;
    for (String model : new String[] {"claude-err-429", "claude-err-529", "claude-err-500"}) {
      try {
        client.messages().create(message(model));
      } catch (RuntimeException expected) {
        failed++;
      }
    }
    return failed;
  }

  /** Cut after message_start: the input is known, the output never arrived. */
  @TrackedStrand("anthropic.stream.truncated")
  public void truncatedStream() {
    try (StreamResponse<RawMessageStreamEvent> stream = client.messages().createStreaming(message("claude-cut"))) {
      stream.stream().count();
    } catch (RuntimeException expected) {
      // counted by the agent as a failed call
    }
  }

  /** A usage without cache or thinking counts. */
  @TrackedStrand("anthropic.usage.partial")
  public void partialUsage() {
    client.messages().create(message("claude-partial"));
  }

  /** Started and dropped without reading: ends as abandoned once collected. */
  @TrackedStrand("anthropic.stream.abandoned")
  public void abandonStream() {
    client.messages().createStreaming(message("claude-abandon"));
  }

  /** Binding a new call's future also ends the calls whose carriers were collected meanwhile. */
  @TrackedStrand("anthropic.after_gc")
  public CompletableFuture<String> afterCollection() {
    return async.messages().create(message("claude-after")).thenApply(m -> m.id());
  }

  @TrackedStrand("anthropic.outer")
  public void outer() {
    client.messages().create(message("claude-sonnet-4-5"));
    inner();
  }

  @TrackedStrand("anthropic.inner")
  public void inner() {
    client.messages().create(message("claude-sonnet-4-5"));
  }

  /**
   * Through the Iterable side where the SDK has one (3.x), which the agent follows separately from
   * {@code stream()}; 2.x streams have only {@code stream()}. The same source runs against both majors.
   */
  private static int countEvents(StreamResponse<RawMessageStreamEvent> s) {
    Object events = s;
    if (events instanceof Iterable<?> iterable) {
      int n = 0;
      for (Object event : iterable) {
        n++;
      }
      return n;
    }
    return (int) s.stream().count();
  }
}
