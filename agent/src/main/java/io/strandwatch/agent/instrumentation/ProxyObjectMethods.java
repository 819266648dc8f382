package io.strandwatch.agent.instrumentation;

/**
 * {@code equals}, {@code hashCode} and {@code toString} of the agent's {@link java.lang.reflect.Proxy} wrappers
 * (streams, handlers, publishers): a wrapper equals only itself, so collections and identity checks in the
 * application behave as they did with one object, and it prints as the object it wraps.
 */
public final class ProxyObjectMethods {

  private ProxyObjectMethods() {}

  /** The answer to {@code name}, a method declared by {@link Object}, called on {@code proxy}. */
  public static Object invoke(Object proxy, Object wrapped, String name, Object[] args) {
    switch (name) {
      case "equals":
        return proxy == args[0];
      case "hashCode":
        return System.identityHashCode(proxy);
      default:
        return wrapped.toString();
    }
  }
}
