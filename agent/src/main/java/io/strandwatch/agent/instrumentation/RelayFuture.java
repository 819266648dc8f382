package io.strandwatch.agent.instrumentation;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * A future that completes like the SDK's (same value, same unwrapped exception, on the same thread), but only after
 * the agent has observed the outcome. The application gets this one: {@code CompletableFuture} runs dependents
 * newest-first, so with a callback on the SDK's own future an application stage (or the {@code allOf} a strand
 * waits on) could see the value, or start iterating a stream, before the agent had ended the call or bound it to
 * the stream. Cancelling it cancels the SDK's future too.
 */
public final class RelayFuture extends CompletableFuture<Object> {

  private final CompletableFuture<?> source;

  private RelayFuture(CompletableFuture<?> source) {
    this.source = source;
  }

  /** A relay of {@code source} that runs {@code first} (which must not throw) before it completes. */
  public static RelayFuture after(CompletableFuture<Object> source, BiConsumer<Object, Throwable> first) {
    RelayFuture relay = new RelayFuture(source);
    source.whenComplete((result, error) -> {
      try {
        first.accept(result, error);
      } finally {
        if (error == null) {
          relay.complete(result);
        } else {
          relay.completeExceptionally(error);
        }
      }
    });
    return relay;
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    // The SDK's future first: its completion ends the call and then completes this one as cancelled.
    source.cancel(mayInterruptIfRunning);
    super.cancel(mayInterruptIfRunning);
    return isCancelled();
  }
}
