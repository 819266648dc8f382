package io.strandwatch.agent.instrumentation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The registered {@link ResultWrapper}s by key. Instrumentations register theirs when installed. */
public final class ResultWrappers {

  private static final Map<String, ResultWrapper> WRAPPERS = new ConcurrentHashMap<>();

  private ResultWrappers() {}

  public static void register(String key, ResultWrapper wrapper) {
    WRAPPERS.put(key, wrapper);
  }

  /** The wrapper for {@code key}, or null. */
  public static ResultWrapper get(String key) {
    return WRAPPERS.get(key);
  }
}
