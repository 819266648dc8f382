package io.strandwatch.agent.instrumentation.openai;

import io.strandwatch.agent.core.AgentLog;
import io.strandwatch.agent.instrumentation.ErrorTypes;
import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.RelayFuture;
import io.strandwatch.agent.instrumentation.ResultWrapper;
import java.util.concurrent.CompletableFuture;

/**
 * For the asynchronous {@code create} methods: reads the response when the SDK's future completes, ends the call,
 * and only then completes the {@link RelayFuture} the application receives.
 */
public final class FutureWrapper implements ResultWrapper {

  private final ResponseReader reader;
  private final String name;

  public FutureWrapper(ResponseReader reader, String name) {
    this.reader = reader;
    this.name = name;
  }

  @Override
  public Object wrap(Object original, LlmCallView call) {
    if (!(original instanceof CompletableFuture)) {
      return null;
    }
    @SuppressWarnings("unchecked")
    CompletableFuture<Object> future = (CompletableFuture<Object>) original;
    return RelayFuture.after(future, (response, error) -> {
      try {
        if (error == null) {
          reader.read(response, call);
          call.end(null);
        } else {
          String type = reader.classify(error);
          call.end(type != null ? type : ErrorTypes.classify(error));
        }
      } catch (RuntimeException | LinkageError e) {
        AgentLog.warnOnce("future-reader-failed-" + name, "reading a " + name + " response failed; its usage is "
            + "unknown: " + e);
        call.end(error == null ? null : ErrorTypes.classify(error));
      }
    });
  }
}
