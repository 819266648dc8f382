package io.strandwatch.agent.instrumentation.springai;

import io.strandwatch.agent.instrumentation.SdkAccessors;
import io.strandwatch.agent.instrumentation.ErrorTypes;

/**
 * Error types of Spring AI failures. Beyond what {@link ErrorTypes} finds (the official SDKs' exceptions in 2.0
 * carry an int status), Spring's HTTP exceptions return their status as an {@code HttpStatusCode} object, and
 * Spring AI 1.x's retry layer throws {@code TransientAiException} / {@code NonTransientAiException} whose only
 * trace of the status is the message's leading {@code "429 - "}.
 */
final class SpringAiErrors {

  private SpringAiErrors() {}

  static String classify(Throwable error) {
    String generic = ErrorTypes.classify(error);
    if (generic == null || !generic.contains(".")) {
      return generic;
    }
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      int status = statusOf(t);
      if (status > 0) {
        String type = ErrorTypes.forStatus(status);
        if (type != null) {
          return type;
        }
      }
    }
    return generic;
  }

  private static int statusOf(Throwable t) {
    Object code = SdkAccessors.get(SdkAccessors.get(t, "getStatusCode"), "value");
    if (code instanceof Integer) {
      return (Integer) code;
    }
    return t.getClass().getName().endsWith("TransientAiException") ? leadingStatus(t.getMessage()) : -1;
  }

  /** The status at the start of {@code "429 - {...}"}, or -1. */
  static int leadingStatus(String message) {
    if (message == null || message.length() < 3) {
      return -1;
    }
    for (int i = 0; i < 3; i++) {
      if (!Character.isDigit(message.charAt(i))) {
        return -1;
      }
    }
    if (message.length() > 3 && Character.isDigit(message.charAt(3))) {
      return -1;
    }
    int status = Integer.parseInt(message.substring(0, 3));
    return status >= 400 && status < 600 ? status : -1;
  }
}
