package io.strandwatch.agent.instrumentation.openai;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Constants the call advice is woven with, bound per instrumented method ({@code Advice.withCustomMapping()}),
 * so one tiny advice class serves every SDK method of its shape. Read only at weave time.
 */
public final class CallSite {

  private CallSite() {}

  /** The {@code gen_ai.provider.name}: {@code openai}, {@code anthropic}. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.PARAMETER)
  public @interface Provider {}

  /** The {@code gen_ai.operation.name}: {@code chat}, {@code embeddings}. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.PARAMETER)
  public @interface Operation {}

  /** True for methods returning a stream. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.PARAMETER)
  public @interface Streaming {}

  /** The key of the reader for the request's model ({@code <provider>.request}). */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.PARAMETER)
  public @interface RequestKey {}

  /** The key of the reader for the server the service talks to ({@code <provider>.server}). */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.PARAMETER)
  public @interface ServerKey {}

  /** The key of the reader for the response, and of the error classifier. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.PARAMETER)
  public @interface ResponseKey {}

  /** The key of the wrapper for a deferred result (future or stream); empty for complete responses. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.PARAMETER)
  public @interface WrapperKey {}
}
