package io.strandwatch.agent.instrumentation.ollama;

import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.bootstrap.LlmHooks;
import net.bytebuddy.asm.Advice;

/**
 * Inlined into the two methods {@code OllamaChatEndpointCaller#callSync} hands every line of the answer to, on the
 * caller's thread. Callers no call is bound to are left alone.
 */
public final class ResponseLineAdvice {

  private ResponseLineAdvice() {}

  /**
   * For {@code parseResponseAndAddToBuffer(String line, StringBuilder response, StringBuilder thinking)}: a line
   * parsed while nothing was buffered yet is the first chunk. Once text has arrived the buffers are not empty and
   * the advice does nothing, so a long stream costs two {@code length()} calls a line.
   */
  public static final class Parsed {
    private Parsed() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object caller, @Advice.Argument(1) StringBuilder response,
        @Advice.Argument(2) StringBuilder thinking) {
      if (response.length() != 0 || thinking.length() != 0) {
        return;
      }
      LlmHooks llm = Dispatcher.llm();
      Object call = llm == null ? null : llm.callOf(caller);
      if (call != null) {
        llm.firstChunk(call);
      }
    }
  }

  /**
   * For {@code handleErrorStatus(int status, String line, StringBuilder response)}, called with the HTTP status
   * before each line is parsed. The {@code OllamaException} that {@code callSync} throws for an error status
   * carries only the server's message, so the status is taken here: a 4xx or 5xx ends the call with its type.
   */
  public static final class Status {
    private Status() {}

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static void enter(@Advice.This Object caller, @Advice.Argument(0) int status) {
      if (status < 400) {
        return;
      }
      LlmHooks llm = Dispatcher.llm();
      Object call = llm == null ? null : llm.callOf(caller);
      if (call != null) {
        llm.read(call, "ollama.status", Integer.valueOf(status));
      }
    }
  }
}
