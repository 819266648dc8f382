package io.strandwatch.agent.instrumentation;

import java.util.concurrent.CancellationException;

/**
 * Maps failures to the {@code error.type} values: {@code rate_limited} (429), {@code timeout},
 * {@code http_5xx}, {@code http_4xx}, {@code cancelled}, otherwise the exception's class name. The HTTP status is
 * found through the SDKs' usual accessors ({@code statusCode()}, {@code getStatusCode()}, {@code code()}) by
 * reflection, on each exception along the cause chain or on the response it carries ({@code getResponse()}).
 */
public final class ErrorTypes {

  public static final String RATE_LIMITED = "rate_limited";
  public static final String TIMEOUT = "timeout";
  public static final String HTTP_5XX = "http_5xx";
  public static final String HTTP_4XX = "http_4xx";
  public static final String CANCELLED = "cancelled";
  public static final String ABANDONED = "abandoned";

  private static final String[] STATUS_ACCESSORS = {"statusCode", "getStatusCode", "code", "status", "getStatus"};
  private static final String[] RESPONSE_ACCESSORS = {"getResponse", "response"};

  private ErrorTypes() {}

  public static String classify(Throwable error) {
    if (error == null) {
      return null;
    }
    Throwable root = unwrap(error);
    for (Throwable t = root; t != null; t = t.getCause() == t ? null : t.getCause()) {
      int status = statusOf(t);
      if (status > 0) {
        return forStatus(status);
      }
      if (t instanceof CancellationException) {
        return CANCELLED;
      }
      if (isTimeout(t)) {
        return TIMEOUT;
      }
    }
    return root.getClass().getName();
  }

  /** The error type of an HTTP status; null for success. */
  public static String forStatus(int status) {
    if (status == 429) {
      return RATE_LIMITED;
    }
    if (status == 408 || status == 504) {
      return TIMEOUT;
    }
    if (status >= 500) {
      return HTTP_5XX;
    }
    if (status >= 400) {
      return HTTP_4XX;
    }
    return null;
  }

  private static Throwable unwrap(Throwable t) {
    Throwable cur = t;
    while ((cur instanceof java.util.concurrent.CompletionException
        || cur instanceof java.util.concurrent.ExecutionException
        || cur instanceof java.lang.reflect.UndeclaredThrowableException) && cur.getCause() != null) {
      cur = cur.getCause();
    }
    return cur;
  }

  private static boolean isTimeout(Throwable t) {
    String name = t.getClass().getName();
    return t instanceof java.net.SocketTimeoutException || t instanceof java.util.concurrent.TimeoutException
        || name.endsWith("TimeoutException") || name.endsWith("HttpTimeoutException")
        || (t instanceof java.io.InterruptedIOException && "timeout".equalsIgnoreCase(t.getMessage()));
  }

  private static int statusOf(Throwable t) {
    int status = statusOn(t);
    if (status > 0) {
      return status;
    }
    // Azure's HttpResponseException (and Retrofit's HttpException) keep the status on the response they carry.
    for (String accessor : RESPONSE_ACCESSORS) {
      Object response = SdkAccessors.get(t, accessor);
      if (response != null && !(response instanceof Throwable)) {
        status = statusOn(response);
        if (status > 0) {
          return status;
        }
      }
    }
    return -1;
  }

  private static int statusOn(Object target) {
    for (String accessor : STATUS_ACCESSORS) {
      long status = SdkAccessors.count(target, accessor);
      if (status >= 100 && status < 600) {
        return (int) status;
      }
    }
    return -1;
  }
}
