package io.strandwatch.agent.instrumentation.bedrock;

import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.bootstrap.LlmHooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Inlined into {@code DefaultBedrockRuntimeAsyncClient#converseStream} and {@code #invokeModelWithResponseStream}:
 * the application's response handler is replaced by a tapping proxy (wrapper key {@code bedrock.} plus the method
 * name), which sees the events and the stream's end; the returned future ends the call when the request fails
 * before any stream exists, and is bound to it so a dropped, never-finished stream still ends.
 */
public final class BedrockStreamAdvice {

  private BedrockStreamAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object enter(@Advice.This Object client, @Advice.Argument(0) Object request,
      @Advice.Argument(value = 1, readOnly = false, typing = Assigner.Typing.DYNAMIC) Object handler,
      @Advice.Origin("bedrock.#m") String key) {
    LlmHooks llm = Dispatcher.llm();
    if (llm == null) {
      return null;
    }
    Object call = llm.start("aws.bedrock", "chat", null, null, -1, true);
    llm.read(call, "bedrock.client", client);
    llm.read(call, "bedrock.request", request);
    handler = llm.wrap(call, key, handler);
    return call;
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter Object call, @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object future,
      @Advice.Thrown Throwable thrown) {
    LlmHooks llm = Dispatcher.llm();
    if (call == null || llm == null) {
      return;
    }
    if (thrown != null) {
      llm.fail(call, "bedrock.stream", thrown);
      return;
    }
    llm.bind(future, call);
    llm.wrap(call, "bedrock.streamFuture", future);
  }
}
