package io.strandwatch.agent.instrumentation.googlegenai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.instrumentation.RecordingCall;
import io.strandwatch.agent.instrumentation.FutureCompletion;
import io.strandwatch.agent.instrumentation.ResponseReaders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * The async Gemini paths hand the application a future; the agent must have read its value (bound the call to
 * the stream, ended a whole call) before any application stage sees it. CI caught the opposite order once:
 * {@code CompletableFuture} runs the newest dependent first, so a callback on the SDK's own future lost the race
 * against the application's {@code thenApplyAsync} that started iterating the stream.
 */
class FutureCompletionOrderTest {

  private static final String READER = "test.futureOrder";
  private final RecordingCall call = new RecordingCall();
  private final List<String> readsSeenByApplication = new ArrayList<>();

  FutureCompletionOrderTest() {
    ResponseReaders.register(READER, (value, view) -> view.usage((Integer) value, 7, -1, -1, -1));
  }

  @Test
  void applicationStagesRunAfterTheValueWasReadAndTheCallEnded() {
    CompletableFuture<Object> sdk = new CompletableFuture<>();
    CompletableFuture<Object> app = wrap(FutureCompletion.readingThenEnding(READER), sdk);
    CompletableFuture<Void> stage = app.thenAccept(v -> readsSeenByApplication.add(call.tokens[0] + "/" + call.ends));
    CompletableFuture<Void> all = CompletableFuture.allOf(app);
    sdk.complete(1000);
    all.join();
    stage.join();
    assertEquals(Arrays.asList("1000/[null]"), readsSeenByApplication);
    assertEquals(1000, app.join());
  }

  @Test
  void aStreamStartIsReadButTheCallStaysOpen() {
    CompletableFuture<Object> sdk = new CompletableFuture<>();
    CompletableFuture<Object> app = wrap(FutureCompletion.readingOnly(READER), sdk);
    app.thenAccept(v -> readsSeenByApplication.add(call.tokens[0] + "/" + call.ends));
    sdk.complete(5);
    assertEquals(Arrays.asList("5/[]"), readsSeenByApplication);
  }

  @Test
  void failuresReachTheApplicationUnchangedAfterTheCallEnded() {
    CompletableFuture<Object> sdk = new CompletableFuture<>();
    CompletableFuture<Object> app = wrap(FutureCompletion.readingThenEnding(READER), sdk);
    List<Throwable> seen = new ArrayList<>();
    app.exceptionally(e -> {
      seen.add(e);
      readsSeenByApplication.add(String.valueOf(call.ends.size()));
      return null;
    });
    IllegalStateException failure = new IllegalStateException("boom");
    sdk.completeExceptionally(failure);
    assertSame(failure, seen.get(0), "the application sees the SDK's exception, not a wrapper of it");
    assertEquals(Arrays.asList("1"), readsSeenByApplication);
    CompletionException joined = assertThrows(CompletionException.class, app::join);
    assertSame(failure, joined.getCause());
  }

  @Test
  void cancellingWhatTheApplicationHoldsCancelsTheSdkFutureAndEndsTheCall() {
    CompletableFuture<Object> sdk = new CompletableFuture<>();
    CompletableFuture<Object> app = wrap(FutureCompletion.readingOnly(READER), sdk);
    assertTrue(app.cancel(true));
    assertTrue(sdk.isCancelled());
    assertTrue(app.isCancelled());
    assertEquals(1, call.ends.size());
  }

  @SuppressWarnings("unchecked")
  private CompletableFuture<Object> wrap(FutureCompletion wrapper, CompletableFuture<Object> sdk) {
    return (CompletableFuture<Object>) wrapper.wrap(sdk, call);
  }
}
