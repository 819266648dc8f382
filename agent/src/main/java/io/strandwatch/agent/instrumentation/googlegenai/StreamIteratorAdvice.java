package io.strandwatch.agent.instrumentation.googlegenai;

import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.bootstrap.LlmHooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Inlined into {@code ResponseStream$ResponseStreamIterator}, on whatever thread consumes the stream: each chunk
 * {@code next()} returns is read; {@code hasNext()} returning false ends the call; an exception from either (a cut
 * connection surfaces there) fails it. Iterators of streams no call is bound to are left alone.
 */
public final class StreamIteratorAdvice {

  private StreamIteratorAdvice() {}

  /** For {@code next()}. */
  public static final class Next {
    private Next() {}

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.This Object iterator,
        @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object chunk, @Advice.Thrown Throwable thrown) {
      LlmHooks llm = Dispatcher.llm();
      Object call = llm == null ? null : llm.callOf(iterator);
      if (call == null) {
        return;
      }
      if (thrown != null) {
        llm.fail(call, "gemini.chunk", thrown);
      } else {
        llm.read(call, "gemini.chunk", chunk);
      }
    }
  }

  /** For {@code hasNext()}. */
  public static final class HasNext {
    private HasNext() {}

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    public static void exit(@Advice.This Object iterator, @Advice.Return boolean more,
        @Advice.Thrown Throwable thrown) {
      LlmHooks llm = Dispatcher.llm();
      Object call = llm == null ? null : llm.callOf(iterator);
      if (call == null) {
        return;
      }
      if (thrown != null) {
        llm.fail(call, "gemini.chunk", thrown);
      } else if (!more) {
        llm.end(call, null);
      }
    }
  }
}
