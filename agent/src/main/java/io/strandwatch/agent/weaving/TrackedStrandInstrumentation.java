package io.strandwatch.agent.weaving;

import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isAnnotatedWith;
import static net.bytebuddy.matcher.ElementMatchers.isBridge;
import static net.bytebuddy.matcher.ElementMatchers.isDeclaredBy;
import static net.bytebuddy.matcher.ElementMatchers.isMethod;
import static net.bytebuddy.matcher.ElementMatchers.isNative;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.returns;

import java.util.Map;
import java.util.function.ToIntBiFunction;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Weaves {@code @TrackedStrand} methods. Tracked: a method carrying the annotation, or a public method declared
 * in a type carrying it; the method needs a body (abstract and interface methods without one are not, and
 * annotations are not inherited by overrides). Default interface methods, static and private methods are
 * woven like any other.
 */
public final class TrackedStrandInstrumentation {

  private static final ElementMatcher.Junction<TypeDescription> ANNOTATED_TYPE =
      isAnnotatedWith(named(StrandNaming.ANNOTATION));

  private TrackedStrandInstrumentation() {}

  public static AgentBuilder install(AgentBuilder builder, ToIntBiFunction<String, Map<String, String>> register,
      ClassLoader agentLoader) {
    ElementMatcher.Junction<MethodDescription> withBody = isMethod().and(not(isAbstract())).and(not(isNative()))
        .and(not(isBridge())).and(not(isSynthetic()));
    ElementMatcher.Junction<MethodDescription> tracked = withBody.and(
        isAnnotatedWith(named(StrandNaming.ANNOTATION)).or(isPublic().and(isDeclaredBy(ANNOTATED_TYPE))));
    ElementMatcher.Junction<MethodDescription> returnsFuture =
        returns(hasSuperType(named("java.util.concurrent.CompletionStage")));

    Advice.WithCustomMapping mapping = Advice.withCustomMapping().bind(new StrandIdMapping(register));
    return builder
        .type(ANNOTATED_TYPE.or(declaresMethod(isAnnotatedWith(named(StrandNaming.ANNOTATION)))))
        .transform(new AgentBuilder.Transformer.ForAdvice(mapping)
            .include(agentLoader)
            .advice(tracked.and(not(returnsFuture)), StrandAdvice.class.getName())
            .advice(tracked.and(returnsFuture), AsyncStrandAdvice.class.getName()));
  }
}
