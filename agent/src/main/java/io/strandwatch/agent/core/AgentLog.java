package io.strandwatch.agent.core;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agent's own one-line log on stderr, prefixed {@code [strandwatch]}. It deliberately avoids
 * java.util.logging: initializing a logging framework inside premain breaks application servers that install
 * their own log manager. Never called on the hot path.
 */
public final class AgentLog {

  private static volatile boolean debug;
  private static final Set<String> ONCE = ConcurrentHashMap.newKeySet();

  private AgentLog() {}

  public static void setDebug(boolean enabled) {
    debug = enabled;
  }

  public static boolean debugEnabled() {
    return debug;
  }

  public static void info(String message) {
    System.err.println("[strandwatch] " + message);
  }

  public static void warn(String message) {
    System.err.println("[strandwatch] WARNING: " + message);
  }

  public static void debug(String message) {
    if (debug) {
      System.err.println("[strandwatch] debug: " + message);
    }
  }

  /** Logs {@code message} the first time {@code key} is seen, never again. */
  public static void warnOnce(String key, String message) {
    if (ONCE.add(key)) {
      warn(message);
    }
  }
}
