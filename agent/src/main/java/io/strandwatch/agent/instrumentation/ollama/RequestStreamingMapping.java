package io.strandwatch.agent.instrumentation.ollama;

import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.MethodList;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.description.type.TypeDefinition;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.bytecode.StackManipulation;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.implementation.bytecode.member.MethodInvocation;
import net.bytebuddy.implementation.bytecode.member.MethodVariableAccess;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Resolves {@link RequestStreaming} to {@code arg0.isStream()}, the public Lombok getter of
 * {@code OllamaCommonRequest#stream} that {@code OllamaChatRequest} inherits. The {@link
 * io.strandwatch.agent.instrumentation.VersionGuard} of {@link OllamaInstrumentation} requires that getter, so a
 * version without it is not woven at all.
 */
final class RequestStreamingMapping implements Advice.OffsetMapping.Factory<RequestStreaming> {

  static final ElementMatcher.Junction<MethodDescription> IS_STREAM =
      named("isStream").and(takesArguments(0)).and(returns(boolean.class)).and(isPublic());

  @Override
  public Class<RequestStreaming> getAnnotationType() {
    return RequestStreaming.class;
  }

  @Override
  public Advice.OffsetMapping make(ParameterDescription.InDefinedShape target,
      AnnotationDescription.Loadable<RequestStreaming> annotation, AdviceType adviceType) {
    return new Advice.OffsetMapping() {
      @Override
      public Target resolve(TypeDescription instrumentedType, MethodDescription instrumentedMethod,
          Assigner assigner, Advice.ArgumentHandler argumentHandler, Sort sort) {
        ParameterDescription request = instrumentedMethod.getParameters().get(0);
        MethodDescription.InDefinedShape isStream = isStream(request.getType().asErasure());
        if (isStream == null) {
          throw new IllegalStateException(request.getType() + " has no isStream()");
        }
        return new Target.ForStackManipulation(new StackManipulation.Compound(
            MethodVariableAccess.of(request.getType()).loadFrom(argumentHandler.argument(request.getOffset())),
            MethodInvocation.invoke(isStream)));
      }
    };
  }

  /** The getter, declared by {@code type} or its nearest superclass; null when there is none. */
  static MethodDescription.InDefinedShape isStream(TypeDescription type) {
    for (TypeDefinition t = type; t != null; t = t.getSuperClass()) {
      MethodList<MethodDescription.InDefinedShape> found = t.asErasure().getDeclaredMethods().filter(IS_STREAM);
      if (!found.isEmpty()) {
        return found.getOnly();
      }
    }
    return null;
  }
}
