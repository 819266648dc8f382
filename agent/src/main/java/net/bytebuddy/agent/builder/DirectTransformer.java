package net.bytebuddy.agent.builder;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;

/**
 * Byte Buddy's class file transformer for an agent builder, without the class Byte Buddy generates for it.
 *
 * <p>{@code AgentBuilder.makeRaw()} on Java 9+ first generates and loads a subclass of its
 * {@code ExecutingTransformer} whose only job is to pass the {@link Module} argument on; building that subclass
 * loads Byte Buddy's whole subclassing machinery and cost the agent's start-up 100–300 ms. This class does the
 * same forwarding in source: it lives in Byte Buddy's package (relocated with it into the agent's class loader) to
 * read the builder's configuration and call the transformer's package-visible entry point. It is compiled against
 * the pinned Byte Buddy version, so an incompatible upgrade fails the build rather than the agent.
 */
public final class DirectTransformer implements ClassFileTransformer {

  private final AgentBuilder.Default.ExecutingTransformer transformer;

  private DirectTransformer(AgentBuilder.Default.ExecutingTransformer transformer) {
    this.transformer = transformer;
  }

  /** The transformer {@code builder.makeRaw()} would make (no installation listener, no resubmission). */
  public static ClassFileTransformer of(AgentBuilder builder) {
    if (!(builder instanceof AgentBuilder.Default)) {
      return builder.makeRaw();
    }
    AgentBuilder.Default d = (AgentBuilder.Default) builder;
    return new DirectTransformer(new AgentBuilder.Default.ExecutingTransformer(d.byteBuddy, d.listener,
        d.poolStrategy, d.typeStrategy, d.locationStrategy, d.classFileLocator, d.nativeMethodStrategy,
        d.initializationStrategy, d.injectionStrategy, d.lambdaInstrumentationStrategy, d.descriptionStrategy,
        d.fallbackStrategy, d.classFileBufferStrategy, AgentBuilder.InstallationListener.NoOp.INSTANCE,
        d.ignoreMatcher, AgentBuilder.RedefinitionStrategy.ResubmissionEnforcer.Disabled.INSTANCE,
        d.transformations, d.circularityLock));
  }

  @Override
  public byte[] transform(Module module, ClassLoader loader, String className, Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain, byte[] classfileBuffer) {
    // The Object-typed overload is the one the generated subclass calls; the Module one would drop the module.
    return transformer.transform((Object) module, loader, className, classBeingRedefined, protectionDomain,
        classfileBuffer);
  }
}
