package io.strandwatch.agent.instrumentation.googlegenai;

import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.bootstrap.LlmHooks;
import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.SdkAccessors;

/**
 * Reads a new {@code ResponseStream} by binding the call to the stream's iterator, the object the woven
 * {@code hasNext}/{@code next}/{@code close} advice find the call by (a {@code ResponseStream} hands out one
 * iterator for its whole life). The binding is weak: a stream dropped unfinished ends the call as abandoned.
 */
final class StreamBinder implements ResponseReader {

  static final String KEY = "gemini.streamStart";

  @Override
  public void read(Object stream, LlmCallView call) {
    Object iterator = SdkAccessors.get(stream, "iterator");
    LlmHooks llm = Dispatcher.llm();
    if (iterator != null && llm != null) {
      // The view a reader is given is the call handle itself.
      llm.bind(iterator, call);
    }
  }
}
