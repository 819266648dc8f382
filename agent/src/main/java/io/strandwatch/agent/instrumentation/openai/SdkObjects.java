package io.strandwatch.agent.instrumentation.openai;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the model objects of the Stainless-generated SDKs (openai-java, anthropic-java) by reflection: the agent's
 * class loader cannot see SDK types. Those objects share one shape: a typed accessor per field ({@code long},
 * {@code Optional<Long>}, a nested object, or a union) that throws when a required field is absent, and an
 * {@code _additionalProperties()} map of {@code JsonValue}s holding the fields an older SDK version does not know.
 * Everything here answers "unknown" (null or -1) instead of throwing, and never turns an absent count into 0.
 */
public final class SdkObjects {

  /** A cached lookup miss, so classes lacking an accessor are not searched again. */
  private static final Method MISSING;

  static {
    try {
      MISSING = SdkObjects.class.getDeclaredMethod("missingMarker");
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<Map<String, Method>>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  private SdkObjects() {}

  private static void missingMarker() {}

  /**
   * The value of the no-argument accessor {@code name}; an {@code Optional} is unwrapped. Null when the object is
   * null, has no such accessor, the accessor throws (an absent required field) or the value is empty.
   */
  public static Object get(Object target, String name) {
    if (target == null) {
      return null;
    }
    Method m = accessor(target.getClass(), name);
    if (m == null) {
      return null;
    }
    try {
      return unwrap(m.invoke(target));
    } catch (InvocationTargetException | IllegalAccessException | RuntimeException | LinkageError e) {
      return null;
    }
  }

  /** True when {@code target}'s class has the public no-argument accessor {@code name}. */
  public static boolean has(Object target, String name) {
    return target != null && accessor(target.getClass(), name) != null;
  }

  /**
   * A token count: the typed accessor when this SDK version has one, otherwise the wire field {@code wireName}
   * among the additional properties (a newer field an older SDK does not model). -1 when absent, null or
   * negative. {@code node} may also be a map of JSON values, as an additional property holding an object is.
   */
  public static long count(Object node, String accessor, String wireName) {
    if (node == null) {
      return -1;
    }
    Object value;
    if (node instanceof Map) {
      value = ((Map<?, ?>) node).get(wireName);
    } else if (has(node, accessor)) {
      value = get(node, accessor);
    } else {
      value = additional(node, wireName);
    }
    return nonNegative(number(value));
  }

  /**
   * A nested object: the typed accessor's value when this SDK version has one, otherwise the wire field among
   * the additional properties as a map of JSON values (readable with {@link #count}); null when absent.
   */
  public static Object child(Object node, String accessor, String wireName) {
    if (node == null) {
      return null;
    }
    if (node instanceof Map) {
      return jsonObject(((Map<?, ?>) node).get(wireName));
    }
    if (has(node, accessor)) {
      return get(node, accessor);
    }
    return jsonObject(additional(node, wireName));
  }

  /**
   * A name-like value (a model) as text: a {@code String}, an SDK enum-like class ({@code asString()}), or a
   * union: its raw JSON string when it was deserialized, else the first present variant among {@code variants}.
   */
  public static String text(Object value, String... variants) {
    Object v = unwrap(value);
    if (v == null) {
      return null;
    }
    if (v instanceof String) {
      return (String) v;
    }
    Object s = get(v, "asString");
    if (s instanceof String) {
      return (String) s;
    }
    Object raw = get(get(v, "_json"), "asString");
    if (raw instanceof String) {
      return (String) raw;
    }
    for (String variant : variants) {
      Object inner = get(v, variant);
      if (inner != null) {
        return text(inner);
      }
    }
    return null;
  }

  private static Object additional(Object node, String wireName) {
    Object props = get(node, "_additionalProperties");
    return props instanceof Map ? ((Map<?, ?>) props).get(wireName) : null;
  }

  private static Object jsonObject(Object jsonValue) {
    if (jsonValue == null || jsonValue instanceof Map) {
      return jsonValue;
    }
    Object map = get(jsonValue, "asObject");
    return map instanceof Map ? map : null;
  }

  private static Number number(Object value) {
    Object v = unwrap(value);
    if (v == null || v instanceof Number) {
      return (Number) v;
    }
    Object n = get(v, "asNumber");
    return n instanceof Number ? (Number) n : null;
  }

  private static long nonNegative(Number n) {
    if (n == null) {
      return -1;
    }
    long v = n.longValue();
    return v < 0 ? -1 : v;
  }

  private static Object unwrap(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).orElse(null);
    }
    return value;
  }

  private static Method accessor(Class<?> type, String name) {
    Map<String, Method> cache = ACCESSORS.get(type);
    Method m = cache.get(name);
    if (m == null) {
      m = find(type, name);
      cache.put(name, m == null ? MISSING : m);
    }
    return m == MISSING ? null : m;
  }

  /** A public accessor reachable through a public type (an implementation class may be package-private). */
  private static Method find(Class<?> type, String name) {
    Method m;
    try {
      m = type.getMethod(name);
    } catch (NoSuchMethodException | SecurityException | LinkageError e) {
      return null;
    }
    if (m.getReturnType() == void.class) {
      return null;
    }
    if (Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
      return m;
    }
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      Method viaType = publicIn(c, name);
      if (viaType != null) {
        return viaType;
      }
      for (Class<?> i : c.getInterfaces()) {
        Method viaInterface = publicIn(i, name);
        if (viaInterface != null) {
          return viaInterface;
        }
      }
    }
    try {
      m.setAccessible(true);
      return m;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Method publicIn(Class<?> c, String name) {
    if (!Modifier.isPublic(c.getModifiers())) {
      return null;
    }
    try {
      return c.getMethod(name);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
