package io.strandwatch.agent.core;

import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;

/**
 * The shared Byte Buddy agent builder: retransformation without class format changes (so classes loaded before
 * the agent, and other agents' retransforms, keep working) and an ignore list that keeps the JDK and the agent
 * itself out of matching, which is also what keeps start-up cheap.
 */
final class WeavingSetup {

  private WeavingSetup() {}

  /**
   * {@code attached}: started by runtime attach, so application classes are already loaded and must be
   * retransformed. From {@code -javaagent} only JDK classes are loaded (all ignored), so the initial scan over
   * them is skipped (an explicit, empty discovery): it cost start-up time for nothing.
   */
  static AgentBuilder baseBuilder(boolean attached) {
    // Advice needs no Nexus (self-injected initializers); disabling it keeps Byte Buddy from probing
    // sun.misc.Unsafe, which JDK 24+ warns about on stderr. The shade plugin relocates this property name
    // along with Byte Buddy, so it affects only the agent's private copy.
    System.setProperty("net.bytebuddy.nexus.disabled", "true");
    return new AgentBuilder.Default()
        .disableClassFormatChanges()
        // Always registered as retransformation-capable, so another agent's retransformation keeps our advice.
        .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
        .with(attached ? AgentBuilder.RedefinitionStrategy.DiscoveryStrategy.SinglePass.INSTANCE
            : new AgentBuilder.RedefinitionStrategy.DiscoveryStrategy.Explicit())
        .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
        .with(AgentBuilder.TypeStrategy.Default.REDEFINE)
        .with(AgentBuilder.PoolStrategy.Default.FAST)
        .with(new FailureListener())
        .ignore(nameStartsWith("java.").or(nameStartsWith("javax.")).or(nameStartsWith("jdk."))
            .or(nameStartsWith("sun.")).or(nameStartsWith("com.sun.")).or(nameStartsWith("net.bytebuddy."))
            .or(nameStartsWith("io.strandwatch.agent.")).or(nameStartsWith("io.strandwatch.shaded."))
            .or(nameStartsWith("org.HdrHistogram.")).or(isSynthetic()));
  }

  /** Logs weaving failures once per type (in debug mode, every applied transformation too). */
  private static final class FailureListener extends AgentBuilder.Listener.Adapter {

    @Override
    public void onTransformation(TypeDescription typeDescription, ClassLoader classLoader, JavaModule module,
        boolean loaded, DynamicType dynamicType) {
      AgentLog.debug("instrumented " + typeDescription.getName());
    }

    @Override
    public void onError(String typeName, ClassLoader classLoader, JavaModule module, boolean loaded,
        Throwable throwable) {
      AgentLog.warnOnce("weave-" + typeName, "could not instrument " + typeName + "; it runs unchanged: "
          + throwable);
    }
  }
}
