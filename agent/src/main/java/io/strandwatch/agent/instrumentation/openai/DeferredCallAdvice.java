package io.strandwatch.agent.instrumentation.openai;

import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.bootstrap.LlmHooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Inlined into SDK methods whose result arrives later: asynchronous {@code create} (a {@code CompletableFuture})
 * and {@code createStreaming} (blocking or asynchronous stream). The call starts on the caller's thread; the
 * result is replaced by the agent's wrapper, which ends the call exactly once, and bound weakly to the call so a
 * stream the application drops unfinished still ends, as {@code abandoned}.
 */
public final class DeferredCallAdvice {

  private DeferredCallAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object enter(@Advice.This Object service, @Advice.Argument(0) Object params,
      @CallSite.Provider String provider, @CallSite.Operation String operation,
      @CallSite.Streaming boolean streaming, @CallSite.RequestKey String requestReader,
      @CallSite.ServerKey String serverReader) {
    LlmHooks llm = Dispatcher.llm();
    if (llm == null) {
      return null;
    }
    Object call = llm.start(provider, operation, null, null, -1, streaming);
    llm.read(call, requestReader, params);
    llm.read(call, serverReader, service);
    return call;
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter Object call,
      @Advice.Return(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object result,
      @Advice.Thrown Throwable thrown, @CallSite.ResponseKey String responseReader,
      @CallSite.WrapperKey String resultWrapper) {
    LlmHooks llm = Dispatcher.llm();
    if (call == null || llm == null) {
      return;
    }
    if (thrown != null) {
      llm.fail(call, responseReader, thrown);
      return;
    }
    Object wrapped = llm.wrap(call, resultWrapper, result);
    llm.bind(wrapped, call);
    result = wrapped;
  }
}
