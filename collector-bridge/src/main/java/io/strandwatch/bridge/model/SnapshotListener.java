package io.strandwatch.bridge.model;

/**
 * Receives each interval's snapshot on the agent's ticker thread. Implementations must be quick and must not
 * throw; the ticker isolates a listener that throws and logs it once.
 */
public interface SnapshotListener {

  void onSnapshot(MetricsSnapshot snapshot);

  /** The JVM is exiting: flush within {@code timeoutMillis}. The last snapshot has already been delivered. */
  default void shutdown(long timeoutMillis) {}
}
