package io.strandwatch.agent.instrumentation.openai;

import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * The SDK stream's spliterator, with every element shown to the call first. Running out ends the call as
 * complete, an SDK exception (connection cut, error event) as failed; an exception thrown by the application's
 * own consumer aborts the stream, which counts as a cancellation.
 */
final class ObservedSpliterator implements Spliterator<Object> {

  private final Spliterator<Object> source;
  private final StreamCall call;
  /** Keeps the object the call is bound to alive while the application still reads through this spliterator. */
  @SuppressWarnings("unused")
  private final Object carrier;

  ObservedSpliterator(Spliterator<Object> source, StreamCall call, Object carrier) {
    this.source = source;
    this.call = call;
    this.carrier = carrier;
  }

  @Override
  public boolean tryAdvance(Consumer<? super Object> action) {
    ObservingConsumer observing = new ObservingConsumer(action, call);
    boolean advanced;
    try {
      advanced = source.tryAdvance(observing);
    } catch (RuntimeException | Error e) {
      if (observing.consumerFailed) {
        call.closed();
      } else {
        call.failed(e);
      }
      throw e;
    }
    if (!advanced) {
      call.completed();
    }
    return advanced;
  }

  @Override
  public Spliterator<Object> trySplit() {
    return null;
  }

  @Override
  public long estimateSize() {
    return source.estimateSize();
  }

  @Override
  public int characteristics() {
    // Never SIZED: a sized stream may answer count() without traversing, and the call would never see its end.
    return source.characteristics() & ~(SIZED | SUBSIZED);
  }

  private static final class ObservingConsumer implements Consumer<Object> {
    private final Consumer<? super Object> action;
    private final StreamCall call;
    boolean consumerFailed;

    ObservingConsumer(Consumer<? super Object> action, StreamCall call) {
      this.action = action;
      this.call = call;
    }

    @Override
    public void accept(Object chunk) {
      call.chunk(chunk);
      try {
        action.accept(chunk);
      } catch (RuntimeException | Error e) {
        consumerFailed = true;
        throw e;
      }
    }
  }
}
