package io.strandwatch.agent.instrumentation.springai;

import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.bootstrap.LlmHooks;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into every {@code ChatModel#call(Prompt)} implementation (not the {@code call(ModelRequest)} bridge,
 * not the String/Message convenience defaults that end here). The requested model is read agent side: first the
 * model's default options, then the prompt's options, which win.
 */
public final class CallAdvice {

  private CallAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object enter(@ProviderName String provider, @Advice.This Object model,
      @Advice.Argument(0) Object prompt) {
    LlmHooks llm = Dispatcher.llm();
    if (llm == null) {
      return null;
    }
    Object call = llm.start(provider, "chat", null, null, -1, false);
    llm.read(call, "spring-ai.model", model);
    llm.read(call, "spring-ai.prompt", prompt);
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
      llm.fail(call, "spring-ai.chat", thrown);
    } else {
      llm.read(call, "spring-ai.chat", response);
      llm.end(call, null);
    }
  }
}
