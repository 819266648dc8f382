package io.strandwatch.agent.instrumentation.bedrock;

import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.bootstrap.LlmHooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Inlined into {@code DefaultBedrockRuntimeAsyncClient#converse} and {@code #invokeModel}: the call ends when the
 * returned future does. The future is bound to the call, so a future the application drops unfinished still ends
 * it (as abandoned).
 */
public final class BedrockAsyncCallAdvice {

  private BedrockAsyncCallAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object enter(@Advice.This Object client, @Advice.Argument(0) Object request) {
    LlmHooks llm = Dispatcher.llm();
    if (llm == null) {
      return null;
    }
    Object call = llm.start("aws.bedrock", "chat", null, null, -1, false);
    llm.read(call, "bedrock.client", client);
    llm.read(call, "bedrock.request", request);
    return call;
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter Object call, @Advice.Origin("bedrock.#m") String key,
      @Advice.Return(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object future,
      @Advice.Thrown Throwable thrown) {
    LlmHooks llm = Dispatcher.llm();
    if (call == null || llm == null) {
      return;
    }
    if (thrown != null) {
      llm.fail(call, key, thrown);
      return;
    }
    llm.bind(future, call);
    future = llm.wrap(call, key, future);
  }
}
