package io.strandwatch.agent.instrumentation.openai;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isBridge;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.strandwatch.agent.instrumentation.VersionGuard;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Weaves the call advice into the service implementations of a Stainless-generated SDK. Only the concrete
 * two-argument {@code (Params, RequestOptions)} methods are matched: the convenience overloads are interface
 * default methods calling them, and instrumenting those too would count calls twice. If any service class of the
 * SDK version in use lacks one of its methods, no service is woven ({@link VersionGuard}).
 */
public final class ServiceWeaving {

  private final String provider;
  private final String requestOptionsType;
  private final ClassLoader agentLoader;
  private final VersionGuard guard;

  public ServiceWeaving(String library, String provider, String requestOptionsType, ClassLoader agentLoader) {
    this.provider = provider;
    this.requestOptionsType = requestOptionsType;
    this.agentLoader = agentLoader;
    this.guard = VersionGuard.of(library);
  }

  /** The reader keys every call of this provider uses for its request model and server. */
  public static String requestKey(String provider) {
    return provider + ".request";
  }

  public static String serverKey(String provider) {
    return provider + ".server";
  }

  @SuppressWarnings("unchecked")
  public AgentBuilder weave(AgentBuilder builder, String serviceType, SdkMethod... methods) {
    ElementMatcher.Junction<MethodDescription>[] required = new ElementMatcher.Junction[methods.length];
    for (int i = 0; i < methods.length; i++) {
      required[i] = matcher(methods[i]);
    }
    guard.requireMethods(serviceType, required);
    AgentBuilder.Identified.Narrowable type = builder.type(guard.type(serviceType));
    AgentBuilder.Identified.Extendable woven = null;
    for (int i = 0; i < methods.length; i++) {
      AgentBuilder.Transformer transformer = new AgentBuilder.Transformer.ForAdvice(mapping(methods[i]))
          .include(agentLoader)
          .advice(required[i], (methods[i].deferred() ? DeferredCallAdvice.class : CallAdvice.class).getName());
      woven = woven == null ? type.transform(transformer) : woven.transform(transformer);
    }
    return woven == null ? builder : woven;
  }

  private ElementMatcher.Junction<MethodDescription> matcher(SdkMethod m) {
    return named(m.name).and(isPublic()).and(not(isAbstract())).and(not(isBridge())).and(not(isSynthetic()))
        .and(takesArguments(2)).and(takesArgument(0, named(m.paramsType)))
        .and(takesArgument(1, named(requestOptionsType)));
  }

  private Advice.WithCustomMapping mapping(SdkMethod m) {
    return Advice.withCustomMapping()
        .bind(CallSite.Provider.class, provider)
        .bind(CallSite.Operation.class, m.operation)
        .bind(CallSite.Streaming.class, m.streaming)
        .bind(CallSite.RequestKey.class, requestKey(provider))
        .bind(CallSite.ServerKey.class, serverKey(provider))
        .bind(CallSite.ResponseKey.class, m.responseKey)
        .bind(CallSite.WrapperKey.class, m.wrapperKey == null ? "" : m.wrapperKey);
  }
}
