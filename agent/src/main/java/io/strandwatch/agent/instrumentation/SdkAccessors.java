package io.strandwatch.agent.instrumentation;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls no-argument accessors of SDK objects by reflection, for readers that cannot link against SDK types. SDK
 * model objects are often instances of non-public generated classes (AutoValue, {@code Default…} builders), whose
 * own methods reflection may not invoke: the accessor is looked up on the nearest public class or interface that
 * declares it. Lookups are cached per class in a {@link ClassValue}, so SDK class loaders are never pinned.
 * Every failure reads as "absent" (null, or -1 for counts), never as an exception.
 */
public final class SdkAccessors {

  private static final Method MISSING;

  static {
    try {
      MISSING = Object.class.getMethod("hashCode");
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static final ClassValue<ConcurrentHashMap<String, Method>> CACHE =
      new ClassValue<ConcurrentHashMap<String, Method>>() {
        @Override
        protected ConcurrentHashMap<String, Method> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  private SdkAccessors() {}

  /** {@code target.name()}, with an {@link Optional} result unwrapped; null when absent or failing. */
  public static Object get(Object target, String name) {
    if (target == null) {
      return null;
    }
    Method m = CACHE.get(target.getClass()).computeIfAbsent(name, n -> find(target.getClass(), n));
    if (m == MISSING) {
      return null;
    }
    try {
      return unwrap(m.invoke(target));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null;
    }
  }

  /** {@code target.name()} as a String, or null. */
  public static String string(Object target, String name) {
    Object v = get(target, name);
    return v == null ? null : v.toString();
  }

  /** {@code target.name()} as a non-negative count, or -1 when absent or not a number. */
  public static long count(Object target, String name) {
    return count(get(target, name));
  }

  /** A boxed number or numeric text as a non-negative count, or -1. */
  public static long count(Object value) {
    if (value instanceof Number) {
      long v = ((Number) value).longValue();
      return v < 0 ? -1 : v;
    }
    if (value instanceof String) {
      try {
        long v = Long.parseLong(((String) value).trim());
        return v < 0 ? -1 : v;
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return -1;
  }

  /** True when {@code target}'s class (or a public supertype) has a public no-argument method {@code name}. */
  public static boolean has(Object target, String name) {
    return target != null
        && CACHE.get(target.getClass()).computeIfAbsent(name, n -> find(target.getClass(), n)) != MISSING;
  }

  private static Object unwrap(Object v) {
    return v instanceof Optional ? ((Optional<?>) v).orElse(null) : v;
  }

  private static Method find(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Method m = publicMethod(c, name);
      if (m != null) {
        return m;
      }
      for (Class<?> i : c.getInterfaces()) {
        m = fromInterface(i, name);
        if (m != null) {
          return m;
        }
      }
    }
    return MISSING;
  }

  private static Method fromInterface(Class<?> iface, String name) {
    Method m = publicMethod(iface, name);
    if (m != null) {
      return m;
    }
    for (Class<?> parent : iface.getInterfaces()) {
      m = fromInterface(parent, name);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  private static Method publicMethod(Class<?> c, String name) {
    if (!Modifier.isPublic(c.getModifiers())) {
      return null;
    }
    try {
      Method m = c.getMethod(name);
      return Modifier.isPublic(m.getDeclaringClass().getModifiers()) ? m : null;
    } catch (NoSuchMethodException | SecurityException | LinkageError e) {
      return null;
    }
  }
}
