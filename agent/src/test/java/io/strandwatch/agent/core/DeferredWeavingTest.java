package io.strandwatch.agent.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.weaving.ClassMentions;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeferredWeavingTest {

  private static final byte[] PLAIN = bytes("plain class file");
  private static final byte[] CANDIDATE = bytes("..com/openai/client/OpenAIClient..");
  private static final byte[] WOVEN = bytes("woven");

  /** An application loader: not the one the agent's classes come from. */
  private final ClassLoader appLoader = new ClassLoader(null) { };
  private final AtomicInteger builds = new AtomicInteger();
  private final List<String> seenByWeaver = new ArrayList<>();
  private final List<ClassFileTransformer> registered = new ArrayList<>();

  @Test
  void byteBuddyStartsOnlyWhenAClassMentionsAWatchedPackageThenSeesEveryClass() {
    DeferredWeaving deferred = install(() -> {
      builds.incrementAndGet();
      return weaver();
    });
    assertEquals(1, registered.size());

    assertNull(transform(deferred, "com/example/Plain", PLAIN));
    assertNull(transform(deferred, "java/util/HashMap", CANDIDATE), "JDK classes never start it");
    assertFalse(deferred.started());
    assertEquals(0, builds.get());

    assertArrayEquals(WOVEN, transform(deferred, "com/example/UsesOpenAi", CANDIDATE));
    assertTrue(deferred.started());
    transform(deferred, "com/example/Plain2", PLAIN);
    transform(deferred, "com/example/UsesOpenAi2", CANDIDATE);

    assertEquals(1, builds.get(), "built once");
    // A subclass of a candidate may mention no watched package itself, so after the start Byte Buddy sees all.
    assertEquals(List.of("com/example/UsesOpenAi", "com/example/Plain2", "com/example/UsesOpenAi2"), seenByWeaver);
  }

  @Test
  void aWeaverThatCannotBeBuiltLeavesEveryClassUnchangedAndIsNotRetried() {
    DeferredWeaving deferred = install(() -> {
      builds.incrementAndGet();
      throw new IllegalStateException("no Byte Buddy today");
    });
    assertNull(transform(deferred, "com/example/UsesOpenAi", CANDIDATE));
    assertNull(transform(deferred, "com/example/UsesOpenAi2", CANDIDATE));
    assertEquals(1, builds.get());
    assertFalse(deferred.started());
  }

  @Test
  void aThrowingWeaverNeverReachesTheClassLoader() {
    DeferredWeaving deferred = install(() -> new ClassFileTransformer() {
      @Override
      public byte[] transform(Module module, ClassLoader loader, String className, Class<?> redefined,
          ProtectionDomain domain, byte[] classfileBuffer) {
        throw new LinkageError("broken");
      }
    });
    assertNull(transform(deferred, "com/example/UsesOpenAi", CANDIDATE));
  }

  private DeferredWeaving install(java.util.function.Supplier<ClassFileTransformer> weaver) {
    Instrumentation inst = (Instrumentation) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Instrumentation.class}, (proxy, method, args) -> {
          if (method.getName().equals("addTransformer")) {
            registered.add((ClassFileTransformer) args[0]);
          }
          return null;
        });
    return DeferredWeaving.install(inst, new ClassMentions(Collections.singletonList("com/openai/")), weaver);
  }

  private ClassFileTransformer weaver() {
    return new ClassFileTransformer() {
      @Override
      public byte[] transform(Module module, ClassLoader loader, String className, Class<?> redefined,
          ProtectionDomain domain, byte[] classfileBuffer) {
        seenByWeaver.add(className);
        return WOVEN;
      }
    };
  }

  private byte[] transform(DeferredWeaving deferred, String name, byte[] classFile) {
    return deferred.transform(null, appLoader, name, null, null, classFile);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
