package io.strandwatch.agent.instrumentation.googlegenai;

import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.bootstrap.LlmHooks;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into {@code ResponseStream#close()}: a stream closed before its iterator said there was nothing more was
 * stopped by the application, so its call ends as cancelled (after the end of the stream this is a no-op).
 */
public final class StreamCloseAdvice {

  private StreamCloseAdvice() {}

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.FieldValue("iterator") Object iterator) {
    LlmHooks llm = Dispatcher.llm();
    Object call = llm == null ? null : llm.callOf(iterator);
    if (call != null) {
      llm.end(call, "cancelled");
    }
  }
}
