package io.strandwatch.agent.instrumentation;

/**
 * Reads an SDK's response objects on the agent side, by reflection, so woven advice only passes objects along.
 * Registered under a key (such as {@code openai.chat}) by a {@link LibraryInstrumentation}; advice names the
 * key in {@code Dispatcher.llm().read(call, key, payload)}. Implementations must not throw for unexpected
 * shapes: a field that cannot be read is unknown, never 0.
 */
public interface ResponseReader {

  /** Reads a complete response or one stream chunk/event into the call. */
  void read(Object payload, LlmCallView call);

  /** The {@code error.type} for a failure: {@link ErrorTypes} has the common cases. */
  default String classify(Throwable error) {
    return ErrorTypes.classify(error);
  }
}
