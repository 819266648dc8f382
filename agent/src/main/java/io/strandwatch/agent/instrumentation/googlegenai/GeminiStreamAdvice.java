package io.strandwatch.agent.instrumentation.googlegenai;

import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.bootstrap.LlmHooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Inlined into the package-private {@code Models#privateGenerateContentStream}: the returned
 * {@code ResponseStream} gets the call bound to its iterator; the iterator and close advice read chunks and end it.
 */
public final class GeminiStreamAdvice {

  private GeminiStreamAdvice() {}

  @Advice.OnMethodEnter(suppress = Throwable.class)
  public static Object enter(@Advice.Argument(0) String model, @Advice.FieldValue("apiClient") Object apiClient) {
    LlmHooks llm = Dispatcher.llm();
    if (llm == null) {
      return null;
    }
    Object call = llm.start("gcp.gemini", "generate_content", model, null, -1, true);
    llm.read(call, "gemini.client", apiClient);
    return call;
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter Object call, @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object stream,
      @Advice.Thrown Throwable thrown) {
    LlmHooks llm = Dispatcher.llm();
    if (call == null || llm == null) {
      return;
    }
    if (thrown != null) {
      llm.fail(call, "gemini.response", thrown);
      return;
    }
    llm.read(call, "gemini.streamStart", stream);
  }
}
