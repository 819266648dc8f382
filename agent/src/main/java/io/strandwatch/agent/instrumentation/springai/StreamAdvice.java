package io.strandwatch.agent.instrumentation.springai;

import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.bootstrap.LlmHooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Inlined into every {@code StreamingChatModel#stream(Prompt)} implementation. The returned {@code Flux} is cold:
 * the request is made on subscribe, so the caller gets a Flux that reports chunks and the end to the agent. The
 * call starts here, on the caller's thread, so it belongs to the strands open where the stream was asked for.
 */
public final class StreamAdvice {

  private StreamAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object enter(@ProviderName String provider, @Advice.This Object model,
      @Advice.Argument(0) Object prompt) {
    LlmHooks llm = Dispatcher.llm();
    if (llm == null) {
      return null;
    }
    Object call = llm.start(provider, "chat", null, null, -1, true);
    llm.read(call, "spring-ai.model", model);
    llm.read(call, "spring-ai.prompt", prompt);
    llm.enterFramework(call);
    return call;
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter Object call,
      @Advice.Return(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object flux,
      @Advice.Thrown Throwable thrown) {
    LlmHooks llm = Dispatcher.llm();
    if (call == null || llm == null) {
      return;
    }
    llm.leaveFramework(call);
    if (thrown != null) {
      llm.fail(call, "spring-ai.chat", thrown);
      return;
    }
    flux = llm.wrap(call, "spring-ai.stream", flux);
    // Held weakly: a Flux dropped without being subscribed (or finished) still ends its call once.
    llm.bind(flux, call);
  }
}
