package io.strandwatch.agent.instrumentation;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.concurrent.CancellationException;

/**
 * Maps failures to the {@code error.type} values: {@code rate_limited} (429), {@code timeout},
 * {@code http_5xx}, {@code http_4xx}, {@code cancelled}, otherwise the exception's class name. The HTTP status is
 * found through the SDKs' usual accessors ({@code statusCode()}, {@code getStatusCode()}, {@code code()}) by
 * reflection, along the cause chain.
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
  private static final Object NOT_FOUND = new Object();

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
      Object response = invoke(t, accessor);
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
      Object v = invoke(target, accessor);
      if (v instanceof Number) {
        int status = ((Number) v).intValue();
        if (status >= 100 && status < 600) {
          return status;
        }
      }
    }
    return -1;
  }

  /**
   * Calls a public no-argument method through a public type that declares it: the object's own class may be a
   * library's package-private implementation (an HTTP response), whose methods reflection may not call.
   */
  private static Object invoke(Object target, String accessor) {
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      Object v = invokeThrough(type, target, accessor);
      if (v != NOT_FOUND) {
        return v;
      }
      for (Class<?> api : type.getInterfaces()) {
        v = invokeThrough(api, target, accessor);
        if (v != NOT_FOUND) {
          return v;
        }
      }
    }
    return null;
  }

  private static Object invokeThrough(Class<?> type, Object target, String accessor) {
    if (!Modifier.isPublic(type.getModifiers())) {
      return NOT_FOUND;
    }
    try {
      Method m = type.getMethod(accessor);
      return Modifier.isStatic(m.getModifiers()) ? NOT_FOUND : m.invoke(target);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError ignored) {
      return NOT_FOUND; // not this accessor, or not callable through this type
    }
  }
}
