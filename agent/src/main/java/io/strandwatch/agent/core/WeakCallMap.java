package io.strandwatch.agent.core;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Calls keyed weakly by identity of the object the SDK handed to the application (stream, future, handle). When
 * the application drops such an object without finishing it, the entry is expunged and the call is handed to
 * {@code onAbandoned}, so an abandoned stream never leaks and still ends exactly once.
 */
final class WeakCallMap {

  private final ConcurrentHashMap<Key, LlmCall> map = new ConcurrentHashMap<>();
  private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
  private final Consumer<LlmCall> onAbandoned;

  WeakCallMap(Consumer<LlmCall> onAbandoned) {
    this.onAbandoned = onAbandoned;
  }

  void put(Object carrier, LlmCall call) {
    expunge();
    map.put(new Key(carrier, queue), call);
  }

  LlmCall get(Object carrier) {
    expunge();
    return map.get(new Key(carrier, null));
  }

  int size() {
    return map.size();
  }

  /** Ends calls whose carrier was collected. Also run by the ticker, so it happens without new calls. */
  void expunge() {
    Object ref;
    while ((ref = queue.poll()) != null) {
      LlmCall call = map.remove(ref);
      if (call != null) {
        onAbandoned.accept(call);
      }
    }
  }

  private static final class Key extends WeakReference<Object> {
    private final int hash;

    Key(Object referent, ReferenceQueue<Object> queue) {
      super(referent, queue);
      this.hash = System.identityHashCode(referent);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof Key)) {
        return false;
      }
      Object mine = get();
      return mine != null && mine == ((Key) o).get();
    }
  }
}
