package io.strandwatch.agent.bootstrap;

/**
 * What LLM client instrumentations call. One call object per provider request: created when the request
 * starts (on the caller's thread, so it is attributed to the strands open there), then fed usage and model as
 * the response arrives (possibly on another thread), and ended exactly once.
 *
 * <p>Token counts follow StrandWatch's normalized convention: {@code input} counts every input token
 * including cache reads and cache writes, {@code output} includes reasoning tokens; -1 means "not reported".
 */
public interface LlmHooks {

  long UNKNOWN = -1L;

  /**
   * Starts a call. {@code provider} is a {@code gen_ai.provider.name} value, {@code operation} a
   * {@code gen_ai.operation.name} value. Returns an opaque call handle (never null).
   */
  Object start(String provider, String operation, String requestModel, String serverAddress, int serverPort,
      boolean streaming);

  /**
   * Called by a framework's advice (LangChain4j, Spring AI) right after {@link #start}: until
   * {@link #leaveFramework}, any instrumented call started on this thread is the same request seen one layer down,
   * at the SDK that actually sends it. The framework's call is then dropped and the SDK's counts, once.
   */
  void enterFramework(Object call);

  /** Ends what {@link #enterFramework} began on this thread; called on the framework method's every exit. */
  void leaveFramework(Object call);

  /** The first chunk of a streamed response arrived (only the first call counts). */
  void firstChunk(Object call);

  /** Usage as reported by the provider, normalized; a non-negative value replaces an earlier one, -1 keeps it. */
  void usage(Object call, long input, long output, long cacheRead, long cacheWrite, long reasoning);

  /** The model the provider says answered, and its response id (both may be null). */
  void response(Object call, String responseModel, String responseId);

  /**
   * Ends the call once; further calls are ignored. {@code errorType} is null on success, otherwise one of
   * {@code rate_limited}, {@code timeout}, {@code http_5xx}, {@code http_4xx}, {@code cancelled} or an
   * exception class name.
   */
  void end(Object call, String errorType);

  /**
   * Hands a complete response, or one stream chunk/event, to the {@code ResponseReader} the instrumentation
   * registered under {@code reader}; the reader (agent side, reflection on the SDK object) extracts usage, model
   * and id. Lets advice stay tiny and free of SDK-specific logic.
   */
  void read(Object call, String reader, Object payload);

  /** Ends the call as failed, with the error type the {@code reader}'s classifier gives {@code error}. */
  void fail(Object call, String reader, Throwable error);

  /**
   * Associates a call with an object the SDK hands to the application (a stream, a future, a response
   * handle), held weakly: if the application drops the object without finishing it, the call ends as
   * {@code abandoned} once the object is collected, so nothing leaks.
   */
  void bind(Object carrier, Object call);

  /** The call bound to {@code carrier}, or null. */
  Object callOf(Object carrier);

  /**
   * Returns what the application should receive instead of {@code original} (a stream or handler the agent
   * wraps to see chunks and the end), made by the {@code ResultWrapper} registered under {@code wrapper};
   * {@code original} itself when nothing applies or anything fails. Advice casts the result back.
   */
  Object wrap(Object call, String wrapper, Object original);
}
