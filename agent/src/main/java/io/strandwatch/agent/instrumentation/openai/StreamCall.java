package io.strandwatch.agent.instrumentation.openai;

import io.strandwatch.agent.core.AgentLog;
import io.strandwatch.agent.instrumentation.ErrorTypes;
import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One streamed call as the stream wrappers see it: chunks go to the stream's reader, and whichever comes first of
 * the end of the stream, an error, {@code close()} or cancellation ends the call, once.
 */
final class StreamCall {

  private final LlmCallView call;
  private final StreamReader reader;
  private final ResponseReader classifier;
  private final String name;
  private final AtomicBoolean ended = new AtomicBoolean();

  StreamCall(LlmCallView call, StreamReader reader, ResponseReader classifier, String name) {
    this.call = call;
    this.reader = reader;
    this.classifier = classifier;
    this.name = name;
  }

  void chunk(Object chunk) {
    if (ended.get()) {
      return;
    }
    call.firstChunk();
    try {
      reader.read(chunk, call);
    } catch (RuntimeException | LinkageError e) {
      AgentLog.warnOnce("stream-reader-failed-" + name, "reading a " + name + " stream event failed; the usage of "
          + "such streams may be unknown: " + e);
    }
  }

  void completed() {
    if (ended.compareAndSet(false, true)) {
      call.end(reader.errorType());
    }
  }

  void failed(Throwable error) {
    if (ended.compareAndSet(false, true)) {
      String type;
      try {
        type = classifier.classify(error);
      } catch (RuntimeException e) {
        type = null;
      }
      call.end(type != null ? type : ErrorTypes.classify(error));
    }
  }

  /** The application closed or cancelled the stream: a normal end if the final event was already read. */
  void closed() {
    if (reader.complete()) {
      completed();
    } else if (ended.compareAndSet(false, true)) {
      call.end(ErrorTypes.CANCELLED);
    }
  }
}
