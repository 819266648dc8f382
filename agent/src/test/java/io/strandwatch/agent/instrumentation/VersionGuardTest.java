package io.strandwatch.agent.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.declaresField;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ByteArrayClassLoader;
import net.bytebuddy.implementation.StubMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two "versions" of a small library, generated into their own class loaders: the guard matches every woven type of
 * the complete one and none of the one that changed, whichever of its types is matched first.
 */
class VersionGuardTest {

  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeEach
  void captureStderr() {
    originalErr = System.err;
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStderr() {
    System.setErr(originalErr);
  }

  @Test
  void aCompleteVersionIsWovenAndNothingIsLogged() {
    Library v2 = new Library().type("lib.Client", "call", "stream").type("lib.Stream", "next").field("lib.Stream");
    VersionGuard guard = guard("guard-complete");
    assertTrue(matches(guard, v2, "lib.Client"));
    assertTrue(matches(guard, v2, "lib.Stream"));
    assertEquals("", log());
  }

  @Test
  void aMethodMissingFromAnotherTypeLeavesTheWholeLibraryAlone() {
    Library v1 = new Library().type("lib.Client", "call", "stream").type("lib.Stream").field("lib.Stream");
    VersionGuard guard = guard("guard-method");
    // lib.Client itself is complete, but its calls would never end without lib.Stream#next: not woven either.
    assertFalse(matches(guard, v1, "lib.Client"));
    assertFalse(matches(guard, v1, "lib.Stream"));
    assertFalse(matches(guard, v1, "lib.Client"));
    assertEquals(List.of("[strandwatch] WARNING: guard-method: this version is not instrumented at all, the application "
        + "runs unchanged (lib.Stream lacks a method (name(equals(next)) and hasParameter(ofSize(0))))"), lines());
  }

  @Test
  void aMissingTypeOrFieldLeavesTheWholeLibraryAlone() {
    Library noStream = new Library().type("lib.Client", "call", "stream");
    VersionGuard guard = guard("guard-type");
    assertFalse(matches(guard, noStream, "lib.Client"));
    assertEquals(List.of("[strandwatch] WARNING: guard-type: this version is not instrumented at all, the application "
        + "runs unchanged (no class lib.Stream)"), lines());

    Library noField = new Library().type("lib.Client", "call", "stream").type("lib.Stream", "next");
    VersionGuard other = guard("guard-field");
    assertFalse(matches(other, noField, "lib.Stream"));
    assertEquals("[strandwatch] WARNING: guard-field: this version is not instrumented at all, the application "
        + "runs unchanged (lib.Stream lacks a field iterator)", lines().get(1));
  }

  @Test
  void eachClassLoaderHasItsOwnVerdict() {
    VersionGuard guard = guard("guard-loaders");
    Library v1 = new Library().type("lib.Client", "call").type("lib.Stream", "next").field("lib.Stream");
    Library v2 = new Library().type("lib.Client", "call", "stream").type("lib.Stream", "next").field("lib.Stream");
    assertFalse(matches(guard, v1, "lib.Client"));
    assertTrue(matches(guard, v2, "lib.Client"));
    assertFalse(matches(guard, v1, "lib.Stream"));
    assertTrue(matches(guard, v2, "lib.Stream"));
    assertEquals(1, lines().size());
  }

  @Test
  void otherTypesAreNeverMatched() {
    Library v2 = new Library().type("lib.Client", "call", "stream").type("lib.Stream", "next").field("lib.Stream")
        .type("lib.Other", "call");
    assertFalse(matches(guard("guard-other"), v2, "lib.Other"));
  }

  private static VersionGuard guard(String library) {
    return VersionGuard.of(library)
        .requireMethods("lib.Client", named("call"), named("stream"))
        .requireMethods("lib.Stream", named("next").and(takesArguments(0)))
        .require("lib.Stream", "a field iterator", declaresField(named("iterator")));
  }

  private static boolean matches(VersionGuard guard, Library library, String typeName) {
    String guarded = typeName.equals("lib.Other") ? "lib.Client" : typeName;
    TypeDescription type = library.description(typeName);
    return guard.type(guarded).matches(type, library.loader(), null, null, null);
  }

  private String log() {
    return stderr.toString(StandardCharsets.UTF_8);
  }

  private List<String> lines() {
    return log().lines().collect(Collectors.toList());
  }

  /** Generated classes served by one class loader, as a jar of one library version would be. */
  private static final class Library {
    private final Map<String, DynamicType.Builder<Object>> builders = new HashMap<>();
    private ByteArrayClassLoader loader;
    private final Map<String, TypeDescription> descriptions = new HashMap<>();

    Library type(String name, String... methods) {
      DynamicType.Builder<Object> b = new ByteBuddy().subclass(Object.class).name(name);
      for (String m : methods) {
        b = b.defineMethod(m, void.class, Visibility.PUBLIC).intercept(StubMethod.INSTANCE);
      }
      builders.put(name, b);
      return this;
    }

    Library field(String name) {
      builders.put(name, builders.get(name).defineField("iterator", Object.class, Visibility.PRIVATE));
      return this;
    }

    TypeDescription description(String name) {
      loader();
      return descriptions.get(name);
    }

    ClassLoader loader() {
      if (loader == null) {
        Map<String, byte[]> bytes = new HashMap<>();
        builders.forEach((name, b) -> {
          DynamicType.Unloaded<Object> unloaded = b.make();
          bytes.put(name, unloaded.getBytes());
          descriptions.put(name, unloaded.getTypeDescription());
        });
        loader = new ByteArrayClassLoader(null, bytes, ByteArrayClassLoader.PersistenceHandler.MANIFEST);
      }
      return loader;
    }
  }
}
