package io.strandwatch.agent.instrumentation.langchain4j;

import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.bootstrap.LlmHooks;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into every {@code ChatModel#doChat(ChatRequest)} implementation: one provider request per call. The
 * request and response are handed agent side untouched; only the provider is a weave-time constant.
 */
public final class ChatAdvice {

  private ChatAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object enter(@ProviderName String provider, @Advice.Argument(0) Object request) {
    LlmHooks llm = Dispatcher.llm();
    if (llm == null) {
      return null;
    }
    Object call = llm.start(provider, "chat", null, null, -1, false);
    llm.read(call, "langchain4j.request", request);
    llm.enterFramework(call);
    return call;
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter Object call, @Advice.Return Object response,
      @Advice.Thrown Throwable thrown) {
    LlmHooks llm = Dispatcher.llm();
    if (call == null || llm == null) {
      return;
    }
    llm.leaveFramework(call);
    if (thrown != null) {
      llm.fail(call, "langchain4j.chat", thrown);
    } else {
      llm.read(call, "langchain4j.chat", response);
      llm.end(call, null);
    }
  }
}
