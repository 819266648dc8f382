package io.strandwatch.agent.instrumentation;

import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * One library's instrumentation (one package per library under {@code io.strandwatch.agent.instrumentation}).
 * Implementations add their type matchers and advice to the shared agent builder. When the library version
 * on the class path lacks a type or method the advice needs, the instrumentation must skip the whole library
 * with one log line rather than apply part of itself ({@link VersionGuard}).
 */
public interface LibraryInstrumentation {

  /** A short name used in logs and by {@code instrumentation.disabled}, such as {@code openai}. */
  String name();

  /**
   * The package, in internal form ({@code com/openai/}), whose name appears in the class file of every class this
   * instrumentation can match: its own types, or a type implementing or taking one of them. Until a loaded class
   * mentions one of these, the agent does not start Byte Buddy at all (see {@code DeferredWeaving}).
   */
  String packagePrefix();

  /**
   * Adds this library's transformations to {@code builder} and registers its response readers and result
   * wrappers. {@code agentLoader} is the loader Byte Buddy reads advice classes from.
   */
  AgentBuilder install(AgentBuilder builder, ClassLoader agentLoader);
}
