package io.strandwatch.agent.instrumentation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The registered {@link ResponseReader}s by key. Instrumentations register theirs when installed. */
public final class ResponseReaders {

  private static final Map<String, ResponseReader> READERS = new ConcurrentHashMap<>();

  private ResponseReaders() {}

  public static void register(String key, ResponseReader reader) {
    READERS.put(key, reader);
  }

  /** The reader for {@code key}, or null. */
  public static ResponseReader get(String key) {
    return READERS.get(key);
  }
}
