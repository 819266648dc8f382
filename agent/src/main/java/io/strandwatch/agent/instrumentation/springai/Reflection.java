package io.strandwatch.agent.instrumentation.springai;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls Spring AI's (and the SDK usage objects') no-argument accessors by name: the agent's class loader cannot see the library. Lookups
 * are cached per class (a {@link ClassValue}, so a redeployed application's classes are not pinned), and any
 * failure reads as "absent" so a changed library shape degrades to unknown values, never to an exception.
 */
final class Reflection {

  private static final ClassValue<Map<String, Optional<Method>>> METHODS =
      new ClassValue<Map<String, Optional<Method>>>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  private Reflection() {}

  /**
   * The accessor's value, or null when the object has no such accessor or it failed. An {@code Optional} (the
   * official SDKs' usage objects, under Spring AI 2.0) is unwrapped.
   */
  static Object call(Object target, String accessor) {
    Object value = invoke(target, accessor);
    return value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
  }

  private static Object invoke(Object target, String accessor) {
    if (target == null) {
      return null;
    }
    Class<?> type = target.getClass();
    Optional<Method> method = METHODS.get(type).computeIfAbsent(accessor, name -> find(type, name));
    if (!method.isPresent()) {
      return null;
    }
    try {
      return method.get().invoke(target);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null;
    }
  }

  /** A token count, or -1 (unknown) when absent, not a number, or negative. */
  static long count(Object target, String accessor) {
    Object value = call(target, accessor);
    if (value instanceof Number) {
      long n = ((Number) value).longValue();
      return n < 0 ? -1 : n;
    }
    return -1;
  }

  static String string(Object target, String accessor) {
    Object value = call(target, accessor);
    return value instanceof String ? (String) value : null;
  }

  private static Optional<Method> find(Class<?> type, String name) {
    try {
      Method m = type.getMethod(name);
      // Implementation classes may be non-public even when the accessor is public API.
      if (!Modifier.isPublic(m.getDeclaringClass().getModifiers()) && !m.trySetAccessible()) {
        return Optional.empty();
      }
      return Optional.of(m);
    } catch (NoSuchMethodException | SecurityException | LinkageError e) {
      return Optional.empty();
    }
  }
}
