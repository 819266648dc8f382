package io.strandwatch.agent.instrumentation.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.instrumentation.RecordingCall;
import io.strandwatch.agent.instrumentation.FutureCompletion;
import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.ResponseReaders;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The stream and future wrappers end a call exactly once, whichever way the application finishes. */
class StreamWrappersTest {

  /** Events are numbers: each one's value is the output so far; 99 is the final event. */
  static final class CountingReader implements StreamReader {
    private boolean complete;

    @Override
    public void read(Object chunk, LlmCallView call) {
      int n = (Integer) chunk;
      call.usage(-1, n, -1, -1, -1);
      complete |= n == 99;
    }

    @Override
    public boolean complete() {
      return complete;
    }
  }

  private static final ResponseReader CLASSIFIER = (payload, call) -> { };

  private final RecordingCall call = new RecordingCall();

  @SuppressWarnings("unchecked")
  private FakeSdk.StreamResponse<Object> wrapSync(FakeSdk.Events events) {
    SyncStreamWrapper wrapper = new SyncStreamWrapper(FakeSdk.StreamResponse.class.getName(), CountingReader::new,
        CLASSIFIER, "test");
    return (FakeSdk.StreamResponse<Object>) wrapper.wrap(events, call);
  }

  @SuppressWarnings("unchecked")
  private FakeSdk.AsyncStreamResponse<Object> wrapAsync(FakeSdk.Pushed pushed) {
    AsyncStreamWrapper wrapper = new AsyncStreamWrapper(FakeSdk.AsyncStreamResponse.class.getName(),
        CountingReader::new, CLASSIFIER, "test");
    return (FakeSdk.AsyncStreamResponse<Object>) wrapper.wrap(pushed, call);
  }

  @Test
  void readToTheEndEndsOnceAsSuccess() {
    FakeSdk.Events events = new FakeSdk.Events(Arrays.asList(1, 2, 3), null);
    try (FakeSdk.StreamResponse<Object> stream = wrapSync(events)) {
      assertEquals(Arrays.asList(1, 2, 3), stream.stream().collect(Collectors.toList()));
    }
    assertEquals(Arrays.asList("null"), call.ends);
    assertEquals(3L, call.tokens[1]);
    assertEquals(3, call.firstChunks);
    assertTrue(events.closed);
  }

  @Test
  void countDoesNotSkipTheEvents() {
    FakeSdk.StreamResponse<Object> stream = wrapSync(new FakeSdk.Events(Arrays.asList(5, 7), null));
    assertEquals(2, stream.stream().count());
    assertEquals(7L, call.tokens[1]);
    assertEquals(Arrays.asList("null"), call.ends);
  }

  @Test
  void closedBeforeTheEndIsCancelledAndAfterTheFinalEventIsNot() {
    FakeSdk.StreamResponse<Object> stream = wrapSync(new FakeSdk.Events(Arrays.asList(1, 2, 3), null));
    Iterator<Object> it = stream.stream().iterator();
    it.next();
    stream.close();
    assertEquals(Arrays.asList("cancelled"), call.ends);

    RecordingCall second = new RecordingCall();
    SyncStreamWrapper wrapper = new SyncStreamWrapper(FakeSdk.StreamResponse.class.getName(), CountingReader::new,
        CLASSIFIER, "test");
    @SuppressWarnings("unchecked")
    FakeSdk.StreamResponse<Object> done = (FakeSdk.StreamResponse<Object>) wrapper.wrap(
        new FakeSdk.Events(Arrays.asList(1, 99, 100), null), second);
    done.stream().limit(2).forEach(x -> { });
    done.close();
    assertEquals(Arrays.asList("null"), second.ends);
  }

  @Test
  void sdkFailureMidStreamEndsWithItsType() {
    FakeSdk.StreamResponse<Object> stream = wrapSync(new FakeSdk.Events(Arrays.asList(1, 2),
        new UncheckedIOException(new java.io.IOException("connection cut"))));
    assertThrows(UncheckedIOException.class, () -> stream.stream().forEach(x -> { }));
    stream.close();
    assertEquals(Arrays.asList("java.io.UncheckedIOException"), call.ends);
    assertEquals(2L, call.tokens[1]);
  }

  @Test
  void applicationConsumerFailureIsACancellationNotAnSdkError() {
    FakeSdk.StreamResponse<Object> stream = wrapSync(new FakeSdk.Events(Arrays.asList(1, 2), null));
    assertThrows(IllegalStateException.class, () -> stream.stream().forEach(x -> {
      throw new IllegalStateException("application bug");
    }));
    assertEquals(Arrays.asList("cancelled"), call.ends);
  }

  @Test
  void proxyKeepsIdentitySemantics() {
    FakeSdk.StreamResponse<Object> stream = wrapSync(new FakeSdk.Events(Arrays.asList(1), null));
    assertEquals(stream, stream);
    assertEquals(System.identityHashCode(stream), stream.hashCode());
  }

  @Test
  void asyncHandlerSeesEventsAfterTheCallAndTheCallEndsBeforeTheHandlerCompletes() {
    FakeSdk.Pushed pushed = new FakeSdk.Pushed();
    FakeSdk.AsyncStreamResponse<Object> stream = wrapAsync(pushed);
    List<Object> seen = new ArrayList<>();
    List<List<String>> endsWhenCompleted = new ArrayList<>();
    FakeSdk.AsyncStreamResponse<Object> returned = stream.subscribe(new FakeSdk.Handler<Object>() {
      @Override
      public void onNext(Object value) {
        seen.add(value);
      }

      @Override
      public void onComplete(Optional<Throwable> error) {
        endsWhenCompleted.add(new ArrayList<>(call.ends));
      }
    });
    assertSame(stream, returned);
    pushed.push(4);
    pushed.push(9);
    pushed.finish(null);
    assertEquals(Arrays.asList(4, 9), seen);
    assertEquals(Arrays.asList(Arrays.asList("null")), endsWhenCompleted);
    assertEquals(9L, call.tokens[1]);
    assertEquals(Arrays.asList("null"), call.ends);
  }

  @Test
  void asyncFailureAndCompletionFuture() throws Exception {
    FakeSdk.Pushed pushed = new FakeSdk.Pushed();
    FakeSdk.AsyncStreamResponse<Object> stream = wrapAsync(pushed);
    CompletableFuture<Void> done = stream.subscribe(v -> { }).onCompleteFuture();
    assertSame(done, stream.onCompleteFuture());
    pushed.push(1);
    pushed.finish(new java.util.concurrent.TimeoutException("read timed out"));
    ExecutionException e = assertThrows(ExecutionException.class, done::get);
    assertEquals(java.util.concurrent.TimeoutException.class, e.getCause().getClass());
    assertEquals(Arrays.asList("timeout"), call.ends);
  }

  @Test
  void asyncCloseBeforeTheEndIsCancelled() {
    FakeSdk.Pushed pushed = new FakeSdk.Pushed();
    FakeSdk.AsyncStreamResponse<Object> stream = wrapAsync(pushed);
    stream.subscribe(v -> { });
    pushed.push(1);
    stream.close();
    pushed.finish(null);
    assertTrue(pushed.closed);
    assertEquals(Arrays.asList("cancelled"), call.ends);
  }

  @Test
  void futureRelayCompletesAfterTheCallEnded() throws Exception {
    CompletableFuture<Object> sdk = new CompletableFuture<>();
    ResponseReader reader = (payload, view) -> view.usage((Integer) payload, 1, -1, -1, -1);
    ResponseReaders.register("test.relay", reader);
    @SuppressWarnings("unchecked")
    CompletableFuture<Object> relay =
        (CompletableFuture<Object>) FutureCompletion.readingThenEnding("test.relay").wrap(sdk, call);
    List<String> endsSeenByApplication = new ArrayList<>();
    relay.whenComplete((r, t) -> endsSeenByApplication.addAll(call.ends));
    sdk.complete(42);
    assertEquals(42, relay.get());
    assertEquals(Arrays.asList("null"), endsSeenByApplication);
    assertEquals(42L, call.tokens[0]);
  }

  @Test
  void cancellingTheRelayCancelsTheSdkFuture() {
    CompletableFuture<Object> sdk = new CompletableFuture<>();
    ResponseReaders.register("test.classifier", CLASSIFIER);
    @SuppressWarnings("unchecked")
    CompletableFuture<Object> relay =
        (CompletableFuture<Object>) FutureCompletion.readingThenEnding("test.classifier").wrap(sdk, call);
    assertTrue(relay.cancel(true));
    assertTrue(sdk.isCancelled());
    assertTrue(relay.isCancelled());
    assertEquals(Arrays.asList("cancelled"), call.ends);
  }
}
