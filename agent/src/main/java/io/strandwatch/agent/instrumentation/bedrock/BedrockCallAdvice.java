package io.strandwatch.agent.instrumentation.bedrock;

import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.bootstrap.LlmHooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Inlined into the synchronous {@code DefaultBedrockRuntimeClient#converse} and {@code #invokeModel}. The reader key
 * is {@code bedrock.} plus the method name, a constant of the woven method.
 */
public final class BedrockCallAdvice {

  private BedrockCallAdvice() {}

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
      @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object response, @Advice.Thrown Throwable thrown) {
    LlmHooks llm = Dispatcher.llm();
    if (call == null || llm == null) {
      return;
    }
    if (thrown != null) {
      llm.fail(call, key, thrown);
      return;
    }
    llm.read(call, key, response);
    llm.end(call, null);
  }
}
