package io.strandwatch.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a unit of work (a "strand") whose executions the StrandWatch agent measures: wall time, thread CPU
 * time, allocated bytes, outcome, and the LLM calls, tokens and cost made while it runs.
 *
 * <p>On a method, that method is tracked. On a type, every public method declared in that type is tracked
 * (not inherited ones, not constructors); a method-level annotation wins over the type-level one.
 *
 * <p>Without the agent this annotation does nothing and costs nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface TrackedStrand {

  /**
   * The strand name used in metrics, reports and alerts. Empty (the default) means
   * {@code SimpleClassName.methodName}.
   */
  String value() default "";

  /**
   * Low-cardinality {@code "key=value"} pairs, such as {@code "team=growth"}, that become metric attributes
   * and budget scopes. Never put request data (user ids, prompts) here: every distinct value is a new series.
   */
  String[] attributes() default {};
}
