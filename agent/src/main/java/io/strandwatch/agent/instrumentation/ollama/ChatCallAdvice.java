package io.strandwatch.agent.instrumentation.ollama;

import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.bootstrap.LlmHooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Inlined into {@code OllamaChatEndpointCaller#callSync(OllamaChatRequest)}, which sends one {@code POST /api/chat}
 * and reads the whole answer, streamed or not, before it returns: the call starts here and ends here. The caller
 * is bound to the call so the line advice ({@link ResponseLineAdvice}) finds it for the first chunk and the HTTP
 * status.
 */
public final class ChatCallAdvice {

  private ChatCallAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object enter(@RequestStreaming boolean streaming, @Advice.Argument(0) Object request,
      @Advice.This Object caller) {
    LlmHooks llm = Dispatcher.llm();
    if (llm == null) {
      return null;
    }
    Object call = llm.start("ollama", "chat", null, null, -1, streaming);
    llm.read(call, "ollama.request", request);
    llm.read(call, "ollama.caller", caller);
    llm.bind(caller, call);
    return call;
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter Object call, @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object result,
      @Advice.Thrown Throwable thrown) {
    LlmHooks llm = Dispatcher.llm();
    if (call == null || llm == null) {
      return;
    }
    if (thrown != null) {
      llm.fail(call, "ollama.chat", thrown);
      return;
    }
    llm.read(call, "ollama.chat", result);
    llm.end(call, null);
  }
}
