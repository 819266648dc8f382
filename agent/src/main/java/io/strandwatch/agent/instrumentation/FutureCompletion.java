package io.strandwatch.agent.instrumentation;

import io.strandwatch.agent.core.AgentLog;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link ResultWrapper} for SDK methods returning a {@link CompletableFuture}: when the future completes, its
 * value goes to a {@link ResponseReader} and the call ends; when it fails (or is cancelled) the call ends with the
 * reader's error type. The application receives a {@link RelayFuture} of the SDK's future.
 */
public final class FutureCompletion implements ResultWrapper {

  private final String readerKey;
  private final boolean endOnSuccess;

  private FutureCompletion(String readerKey, boolean endOnSuccess) {
    this.readerKey = readerKey;
    this.endOnSuccess = endOnSuccess;
  }

  /** Reads the value with the reader under {@code readerKey}, then ends the call. */
  public static FutureCompletion readingThenEnding(String readerKey) {
    return new FutureCompletion(readerKey, true);
  }

  /**
   * Hands the value to the reader under {@code readerKey} (null: none) without ending the call, whose end comes
   * later (the value is a stream, or the future only says a stream has finished); a failure still ends it.
   */
  public static FutureCompletion readingOnly(String readerKey) {
    return new FutureCompletion(readerKey, false);
  }

  @Override
  public Object wrap(Object original, LlmCallView call) {
    if (!(original instanceof CompletableFuture)) {
      return null;
    }
    @SuppressWarnings("unchecked")
    CompletableFuture<Object> sdkFuture = (CompletableFuture<Object>) original;
    return RelayFuture.after(sdkFuture, (value, error) -> observe(value, error, call));
  }

  private void observe(Object value, Throwable error, LlmCallView call) {
    ResponseReader reader = readerKey == null ? null : ResponseReaders.get(readerKey);
    if (error != null) {
      String type = reader != null ? reader.classify(error) : null;
      call.end(type != null ? type : ErrorTypes.classify(error));
      return;
    }
    try {
      if (reader != null && value != null) {
        reader.read(value, call);
      }
    } catch (RuntimeException | LinkageError e) {
      AgentLog.warnOnce("reader-failed-" + readerKey, "reading a " + readerKey + " result failed; its usage is "
          + "unknown: " + e);
    } finally {
      if (endOnSuccess) {
        call.end(null);
      }
    }
  }
}
