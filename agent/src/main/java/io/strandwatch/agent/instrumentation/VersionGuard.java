package io.strandwatch.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.named;

import io.strandwatch.agent.core.AgentLog;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * A type matcher that only matches a library type when it declares every method the instrumentation needs. A
 * version that lacks one is skipped as a whole, with one log line, instead of being half instrumented.
 */
public final class VersionGuard {

  private VersionGuard() {}

  @SafeVarargs
  public static ElementMatcher.Junction<TypeDescription> typeWithMethods(String library, String typeName,
      ElementMatcher<? super MethodDescription>... required) {
    ElementMatcher.Junction<TypeDescription> byName = named(typeName);
    return new ElementMatcher.Junction.AbstractBase<TypeDescription>() {
      @Override
      public boolean matches(TypeDescription type) {
        if (!byName.matches(type)) {
          return false;
        }
        for (int i = 0; i < required.length; i++) {
          if (type.getDeclaredMethods().filter(required[i]).isEmpty()) {
            AgentLog.warnOnce("version-" + library + "-" + typeName, library + ": " + typeName + " lacks a method "
                + "the instrumentation needs (requirement " + (i + 1) + " of " + required.length + ": "
                + required[i] + "); this library version is not instrumented, the application runs unchanged");
            return false;
          }
        }
        return true;
      }
    };
  }
}
