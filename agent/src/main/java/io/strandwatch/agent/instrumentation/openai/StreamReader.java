package io.strandwatch.agent.instrumentation.openai;

import io.strandwatch.agent.instrumentation.LlmCallView;

/**
 * Reads the chunks or events of one streamed response. A new instance serves each stream, so it may keep state
 * between events (Anthropic reports input in {@code message_start} and output in {@code message_delta}).
 */
public interface StreamReader {

  /** Reads one chunk or event into the call. Must not throw for unexpected shapes. */
  void read(Object chunk, LlmCallView call);

  /**
   * True once the provider's final event arrived, so closing the stream afterwards is a normal end, not a
   * cancellation.
   */
  boolean complete();

  /**
   * The {@code error.type} the stream itself reported in an event (a failed response arriving as an event of a
   * stream that otherwise ends normally), or null.
   */
  default String errorType() {
    return null;
  }
}
