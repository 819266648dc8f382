package io.strandwatch.agent.instrumentation;

/**
 * Wraps what an SDK returns (a stream, an async handler) so the agent sees chunks and the end of the call. The
 * agent's class loader cannot see SDK types, so wrappers use {@link java.lang.reflect.Proxy} for SDK interfaces,
 * or JDK functional interfaces the SDK accepts. The wrapped object must behave exactly like the original.
 */
public interface ResultWrapper {

  /** The replacement for {@code original}, or null to keep it. */
  Object wrap(Object original, LlmCallView call);
}
