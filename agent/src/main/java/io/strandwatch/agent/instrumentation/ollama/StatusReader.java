package io.strandwatch.agent.instrumentation.ollama;

import io.strandwatch.agent.instrumentation.ErrorTypes;
import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;

/**
 * Ends the call with the error type of the HTTP status ({@code rate_limited}, {@code timeout}, {@code http_5xx},
 * {@code http_4xx}) as soon as an error status is seen; the exception {@code callSync} throws next is then
 * already accounted for. A status without an error type is left to that exception.
 */
final class StatusReader implements ResponseReader {

  static final String KEY = "ollama.status";

  @Override
  public void read(Object status, LlmCallView call) {
    if (status instanceof Integer) {
      String type = ErrorTypes.forStatus((Integer) status);
      if (type != null) {
        call.end(type);
      }
    }
  }
}
