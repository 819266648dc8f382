package io.strandwatch.agent.instrumentation;

/** What a {@link ResponseReader} may tell about the call it reads for. */
public interface LlmCallView {

  /** True when the call was started as a stream. */
  boolean streaming();

  /** Marks the first chunk of a stream (later marks are ignored). */
  void firstChunk();

  /**
   * Usage, normalized (input includes cache reads and writes; output includes reasoning). A non-negative value
   * replaces what an earlier chunk reported; -1 keeps it (or leaves it unknown).
   */
  void usage(long input, long output, long cacheRead, long cacheWrite, long reasoning);

  /** Model and response id as the provider reported them; nulls leave earlier values. */
  void response(String responseModel, String responseId);

  /**
   * What the request was sent to, for SDKs whose model or endpoint only SDK objects know (advice cannot call SDK
   * methods): read agent-side from the client or request right after the call started. Nulls and a negative port
   * keep what {@code start} was given.
   */
  default void request(String provider, String requestModel, String serverAddress, int serverPort) {}

  /** {@link #request(String, String, String, int)} without a provider change. */
  default void request(String requestModel, String serverAddress, int serverPort) {
    request(null, requestModel, serverAddress, serverPort);
  }

  /**
   * For a framework's call whose request is only made later (a cold {@code Flux}, on subscribe): between these
   * two, on this thread, an instrumented SDK call that starts is this request one layer down, and replaces this
   * call (see {@code LlmHooks#enterFramework}).
   */
  default void enterFramework() {}

  default void leaveFramework() {}

  /** Ends the call (success when {@code errorType} is null); later ends are ignored. */
  void end(String errorType);
}
