package io.strandwatch.agent.instrumentation.langchain4j;

import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.bootstrap.LlmHooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Inlined into every {@code StreamingChatModel#doChat(ChatRequest, StreamingChatResponseHandler)}
 * implementation. The handler the model reports to is swapped for one that also tells the agent about the first
 * chunk, the final response and errors; the call usually ends on the HTTP client's thread, after this returns.
 */
public final class StreamingChatAdvice {

  private StreamingChatAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object enter(@ProviderName String provider, @Advice.Argument(0) Object request,
      @Advice.Argument(value = 1, readOnly = false, typing = Assigner.Typing.DYNAMIC) Object handler) {
    LlmHooks llm = Dispatcher.llm();
    if (llm == null) {
      return null;
    }
    Object call = llm.start(provider, "chat", null, null, -1, true);
    llm.read(call, "langchain4j.request", request);
    handler = llm.wrap(call, "langchain4j.stream", handler);
    // Held weakly: if the model drops the handler without completing it, the call still ends once.
    llm.bind(handler, call);
    llm.enterFramework(call);
    return call;
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter Object call, @Advice.Thrown Throwable thrown) {
    LlmHooks llm = Dispatcher.llm();
    if (call == null || llm == null) {
      return;
    }
    llm.leaveFramework(call);
    if (thrown != null) {
      llm.fail(call, "langchain4j.chat", thrown);
    }
  }
}
