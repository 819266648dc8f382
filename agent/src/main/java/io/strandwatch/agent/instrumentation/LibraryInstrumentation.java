package io.strandwatch.agent.instrumentation;

import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * One library's instrumentation (one package per library under {@code io.strandwatch.agent.instrumentation}).
 * Implementations add their type matchers and advice to the shared agent builder. When the library version
 * on the class path lacks a method the advice needs, the instrumentation must skip the whole type with one
 * log line rather than apply part of itself.
 */
public interface LibraryInstrumentation {

  /** A short name used in logs and the {@code instrumentation.NAME.enabled} switch, such as {@code openai}. */
  String name();

  AgentBuilder install(AgentBuilder builder, ClassLoader agentLoader);
}
