package io.strandwatch.agent.instrumentation.ollama;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds the {@code stream} flag of the woven method's {@link RequestStreamingMapping request argument} into advice:
 * at weave time it becomes the bytecode {@code request.isStream()}, so the call can be started as a stream or not
 * before anything is sent, without the advice naming an ollama4j type or using reflection.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface RequestStreaming {}
