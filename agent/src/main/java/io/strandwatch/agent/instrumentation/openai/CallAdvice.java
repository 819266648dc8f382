package io.strandwatch.agent.instrumentation.openai;

import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.bootstrap.LlmHooks;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into blocking SDK methods that return the complete response ({@code ...ServiceImpl#create(params,
 * RequestOptions)}). The call starts on the caller's thread, so it is attributed to the strands open there;
 * reading the request, the server and the response is left to agent-side readers named by the bound keys.
 */
public final class CallAdvice {

  private CallAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object enter(@Advice.This Object service, @Advice.Argument(0) Object params,
      @CallSite.Provider String provider, @CallSite.Operation String operation,
      @CallSite.RequestKey String requestReader, @CallSite.ServerKey String serverReader) {
    LlmHooks llm = Dispatcher.llm();
    if (llm == null) {
      return null;
    }
    Object call = llm.start(provider, operation, null, null, -1, false);
    llm.read(call, requestReader, params);
    llm.read(call, serverReader, service);
    return call;
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter Object call, @Advice.Return Object response,
      @Advice.Thrown Throwable thrown, @CallSite.ResponseKey String responseReader) {
    LlmHooks llm = Dispatcher.llm();
    if (call == null || llm == null) {
      return;
    }
    if (thrown != null) {
      llm.fail(call, responseReader, thrown);
      return;
    }
    llm.read(call, responseReader, response);
    llm.end(call, null);
  }
}
