package io.strandwatch.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.named;

import io.strandwatch.agent.core.AgentLog;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.pool.TypePool;
import net.bytebuddy.utility.JavaModule;

/**
 * Decides, once per class loader, whether the library version that loader holds has every type and method one
 * instrumentation weaves. If anything is missing the whole library is left alone, with one log line naming what
 * is missing: half an instrumentation (calls started by woven methods but never ended by the stream classes that
 * changed) would report wrong numbers, which is worse than none.
 *
 * <p>The check reads the other types' class files through a {@link TypePool} without loading them, when the
 * first woven type of that loader is matched; it never runs on an application's calls.
 */
public final class VersionGuard {

  private final String library;
  private final Map<String, List<Requirement>> requirements = new LinkedHashMap<>();
  /** Verdict per class loader; weak so that undeployed web applications' loaders can go. Null is the boot loader. */
  private final Map<ClassLoader, Boolean> verdicts = Collections.synchronizedMap(new WeakHashMap<>());

  private VersionGuard(String library) {
    this.library = library;
  }

  /** A guard for {@code library} (the instrumentation's name, used in the log line). */
  public static VersionGuard of(String library) {
    return new VersionGuard(library);
  }

  /** {@code typeName} must exist and declare a method matching each of {@code methods}. */
  @SafeVarargs
  public final VersionGuard requireMethods(String typeName, ElementMatcher<? super MethodDescription>... methods) {
    List<Requirement> list = requirements.computeIfAbsent(typeName, k -> new ArrayList<>());
    for (ElementMatcher<? super MethodDescription> m : methods) {
      list.add(new Requirement("a method " + m, t -> !t.getDeclaredMethods().filter(m).isEmpty()));
    }
    return this;
  }

  /** {@code typeName} must exist and satisfy {@code shape}, described as {@code what} in the log line. */
  public VersionGuard require(String typeName, String what, ElementMatcher<? super TypeDescription> shape) {
    requirements.computeIfAbsent(typeName, k -> new ArrayList<>()).add(new Requirement(what, shape::matches));
    return this;
  }

  /**
   * Matches {@code typeName} only where the whole library passes this guard. {@code typeName} should be one of
   * the required types.
   */
  public AgentBuilder.RawMatcher type(String typeName) {
    ElementMatcher<TypeDescription> byName = named(typeName);
    return new AgentBuilder.RawMatcher() {
      @Override
      public boolean matches(TypeDescription type, ClassLoader loader, JavaModule module, Class<?> redefined,
          ProtectionDomain domain) {
        return byName.matches(type) && allows(loader);
      }
    };
  }

  /** Whether the library version visible to {@code loader} has everything this guard requires. */
  public boolean allows(ClassLoader loader) {
    Boolean verdict = verdicts.get(loader);
    if (verdict == null) {
      verdict = check(loader);
      verdicts.put(loader, verdict);
    }
    return verdict;
  }

  private boolean check(ClassLoader loader) {
    ClassFileLocator locator = loader == null ? ClassFileLocator.ForClassLoader.ofBootLoader()
        : ClassFileLocator.ForClassLoader.of(loader);
    TypePool pool = TypePool.Default.WithLazyResolution.of(locator);
    for (Map.Entry<String, List<Requirement>> entry : requirements.entrySet()) {
      String missing = missing(pool, entry.getKey(), entry.getValue());
      if (missing != null) {
        AgentLog.warnOnce("version-" + library, library + ": this version is not instrumented at all, the "
            + "application runs unchanged (" + missing + ")");
        return false;
      }
    }
    return true;
  }

  private static String missing(TypePool pool, String typeName, List<Requirement> list) {
    TypePool.Resolution resolution = pool.describe(typeName);
    if (!resolution.isResolved()) {
      return "no class " + typeName;
    }
    TypeDescription type = resolution.resolve();
    for (Requirement r : list) {
      if (!r.test.matches(type)) {
        return typeName + " lacks " + r.what;
      }
    }
    return null;
  }

  private static final class Requirement {
    final String what;
    final ElementMatcher<TypeDescription> test;

    Requirement(String what, ElementMatcher<TypeDescription> test) {
      this.what = what;
      this.test = test;
    }
  }
}
