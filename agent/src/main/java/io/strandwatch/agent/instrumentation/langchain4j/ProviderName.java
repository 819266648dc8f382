package io.strandwatch.agent.instrumentation.langchain4j;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds the {@code gen_ai.provider.name} of the instrumented chat model class into advice as a String constant,
 * resolved at weave time from the class ({@link LangChain4jProviders}), so advice needs no lookup.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ProviderName {}
