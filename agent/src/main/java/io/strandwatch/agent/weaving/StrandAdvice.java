package io.strandwatch.agent.weaving;

import io.strandwatch.agent.bootstrap.Dispatcher;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into every tracked method whose return type is not a future. The strand id is a constant bound at
 * weave time; the only call out is to the bootstrap {@link Dispatcher}. No return value is bound, so methods
 * returning primitives are not boxed.
 */
public final class StrandAdvice {

  private StrandAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object enter(@StrandId int strandId) {
    return Dispatcher.enter(strandId);
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter Object frame, @Advice.Thrown Throwable thrown) {
    Dispatcher.exit(frame, thrown, null);
  }
}
