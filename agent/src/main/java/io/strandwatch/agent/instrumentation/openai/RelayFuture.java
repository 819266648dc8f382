package io.strandwatch.agent.instrumentation.openai;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * A future that completes like the SDK's, but only after the agent ended the call. The application gets this one:
 * callbacks on the SDK's own future run in no guaranteed order, so a strand ending on the future the application
 * holds could otherwise close before the call's usage is added. Cancelling it cancels the SDK's future too.
 */
final class RelayFuture extends CompletableFuture<Object> {

  private final CompletableFuture<?> source;

  private RelayFuture(CompletableFuture<?> source) {
    this.source = source;
  }

  /** A relay of {@code source} that runs {@code first} (which must not throw) before it completes. */
  static RelayFuture after(CompletableFuture<Object> source, BiConsumer<Object, Throwable> first) {
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
