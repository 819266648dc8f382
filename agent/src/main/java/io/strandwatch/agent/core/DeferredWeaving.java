package io.strandwatch.agent.core;

import io.strandwatch.agent.weaving.ClassMentions;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.function.Supplier;

/**
 * The class file transformer registered at premain. Building the Byte Buddy agent builder loads about 900 classes
 * and generates one, which cost a hello-world JVM most of a second; this transformer defers all of it until a
 * loaded class mentions {@code @TrackedStrand} or an instrumented library's package (see {@link ClassMentions}
 * for why no earlier class can match). From then on it hands every class to Byte Buddy's transformer.
 *
 * <p>Runtime attach does not use it: there the application's classes are already loaded and Byte Buddy's own
 * installation retransforms them.
 */
final class DeferredWeaving implements ClassFileTransformer {

  private final ClassMentions candidates;
  private final Supplier<ClassFileTransformer> weaver;
  private volatile ClassFileTransformer delegate;
  private volatile boolean failed;
  /** The thread building the weaver: classes it loads meanwhile are the agent's own. */
  private volatile Thread building;

  private DeferredWeaving(ClassMentions candidates, Supplier<ClassFileTransformer> weaver) {
    this.candidates = candidates;
    this.weaver = weaver;
  }

  /**
   * Registers the transformer (retransformation-capable, so another agent's retransformation keeps our advice).
   * {@code weaver} builds Byte Buddy's raw transformer; it runs at most once.
   */
  static DeferredWeaving install(Instrumentation inst, ClassMentions candidates,
      Supplier<ClassFileTransformer> weaver) {
    DeferredWeaving deferred = new DeferredWeaving(candidates, weaver);
    inst.addTransformer(deferred, true);
    return deferred;
  }

  /** Whether Byte Buddy has been started (for logs and tests). */
  boolean started() {
    return delegate != null;
  }

  @Override
  public byte[] transform(Module module, ClassLoader loader, String className, Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain, byte[] classfileBuffer) {
    try {
      ClassFileTransformer current = delegate;
      if (current == null) {
        if (failed || Thread.currentThread() == building || isPlatformOrAgent(className, loader)
            || !candidates.foundIn(classfileBuffer)) {
          return null;
        }
        current = start(className);
        if (current == null) {
          return null;
        }
      }
      return current.transform(module, loader, className, classBeingRedefined, protectionDomain,
          classfileBuffer);
    } catch (Throwable t) {
      // Byte Buddy's transformer reports its own failures to the listener; this is only a last guard.
      AgentLog.warnOnce("deferred-weaving", "could not instrument " + className
          + "; it runs unchanged: " + t);
      return null;
    }
  }

  private synchronized ClassFileTransformer start(String firstCandidate) {
    if (delegate != null || failed) {
      return delegate;
    }
    long began = System.nanoTime();
    building = Thread.currentThread();
    try {
      delegate = weaver.get();
      AgentLog.debug("weaving started on " + firstCandidate + " in "
          + (System.nanoTime() - began) / 1_000_000 + " ms");
    } catch (Throwable t) {
      failed = true;
      AgentLog.warn("weaving could not start; nothing is instrumented and the application runs unchanged: " + t);
    } finally {
      building = null;
    }
    return delegate;
  }

  private boolean isPlatformOrAgent(String className, ClassLoader loader) {
    return className == null || loader == DeferredWeaving.class.getClassLoader()
        || className.startsWith("java/") || className.startsWith("jdk/") || className.startsWith("sun/")
        || className.startsWith("com/sun/") || className.startsWith("io/strandwatch/agent/")
        || className.startsWith("io/strandwatch/shaded/");
  }
}
