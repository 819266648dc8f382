package io.strandwatch.agent.weaving;

import io.strandwatch.agent.bootstrap.Dispatcher;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into tracked methods returning a {@code CompletionStage}: the returned future is passed along so the
 * execution ends when it completes. The caller still receives the very same future object.
 */
public final class AsyncStrandAdvice {

  private AsyncStrandAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object enter(@StrandId int strandId) {
    return Dispatcher.enter(strandId);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter Object frame, @Advice.Thrown Throwable thrown,
      @Advice.Return Object returned) {
    Dispatcher.exit(frame, thrown, returned);
  }
}
