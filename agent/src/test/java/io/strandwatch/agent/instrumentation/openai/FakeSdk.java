package io.strandwatch.agent.instrumentation.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/** Stand-ins with the shapes of the Stainless SDKs' stream types, for wrapper tests without an SDK. */
public final class FakeSdk {

  private FakeSdk() {}

  public interface StreamResponse<T> extends AutoCloseable {
    Stream<T> stream();

    @Override
    void close();
  }

  public interface Handler<T> {
    void onNext(T value);

    default void onComplete(Optional<Throwable> error) {}
  }

  public interface AsyncStreamResponse<T> {
    AsyncStreamResponse<T> subscribe(Handler<? super T> handler);

    AsyncStreamResponse<T> subscribe(Handler<? super T> handler, Executor executor);

    CompletableFuture<Void> onCompleteFuture();

    void close();
  }

  /** A blocking stream of fixed events, optionally failing after them. */
  public static final class Events implements StreamResponse<Object> {
    private final List<Object> events;
    private final RuntimeException failure;
    public boolean closed;

    public Events(List<Object> events, RuntimeException failure) {
      this.events = events;
      this.failure = failure;
    }

    @Override
    public Stream<Object> stream() {
      if (failure == null) {
        return events.stream();
      }
      return Stream.concat(events.stream(), Stream.of(1).map(x -> {
        throw failure;
      }));
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** An asynchronous stream the test drives by hand. */
  public static final class Pushed implements AsyncStreamResponse<Object> {
    public final List<Handler<? super Object>> handlers = new ArrayList<>();
    public final CompletableFuture<Void> done = new CompletableFuture<>();
    public boolean closed;

    @Override
    public AsyncStreamResponse<Object> subscribe(Handler<? super Object> handler) {
      handlers.add(handler);
      return this;
    }

    @Override
    public AsyncStreamResponse<Object> subscribe(Handler<? super Object> handler, Executor executor) {
      return subscribe(handler);
    }

    @Override
    public CompletableFuture<Void> onCompleteFuture() {
      return done;
    }

    @Override
    public void close() {
      closed = true;
    }

    public void push(Object event) {
      for (Handler<? super Object> h : handlers) {
        h.onNext(event);
      }
    }

    public void finish(Throwable error) {
      for (Handler<? super Object> h : handlers) {
        h.onComplete(Optional.ofNullable(error));
      }
      if (error == null) {
        done.complete(null);
      } else {
        done.completeExceptionally(error);
      }
    }
  }
}
