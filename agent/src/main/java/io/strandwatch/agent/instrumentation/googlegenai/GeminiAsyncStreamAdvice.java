package io.strandwatch.agent.instrumentation.googlegenai;

import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.bootstrap.LlmHooks;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Inlined into the package-private {@code AsyncModels#privateGenerateContentStream}: when the future yields the
 * {@code ResponseStream}, the call is bound to its iterator like a synchronous stream's; a failed future ends it.
 */
public final class GeminiAsyncStreamAdvice {

  private GeminiAsyncStreamAdvice() {}

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
  public static void exit(@Advice.Enter Object call,
      @Advice.Return(readOnly = false, typing = Assigner.Typing.DYNAMIC) Object future,
      @Advice.Thrown Throwable thrown) {
    LlmHooks llm = Dispatcher.llm();
    if (call == null || llm == null) {
      return;
    }
    if (thrown != null) {
      llm.fail(call, "gemini.response", thrown);
      return;
    }
    future = llm.wrap(call, "gemini.streamStart", future);
  }
}
