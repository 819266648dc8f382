package io.strandwatch.agent.instrumentation.langchain4j;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.implementation.bytecode.constant.TextConstant;

/** Resolves {@link ProviderName} to the provider of the class declaring the woven {@code doChat}. */
final class ProviderNameMapping implements Advice.OffsetMapping.Factory<ProviderName> {

  @Override
  public Class<ProviderName> getAnnotationType() {
    return ProviderName.class;
  }

  @Override
  public Advice.OffsetMapping make(ParameterDescription.InDefinedShape target,
      AnnotationDescription.Loadable<ProviderName> annotation, AdviceType adviceType) {
    return new Advice.OffsetMapping() {
      @Override
      public Target resolve(TypeDescription instrumentedType, MethodDescription instrumentedMethod,
          Assigner assigner, Advice.ArgumentHandler argumentHandler, Sort sort) {
        return new Target.ForStackManipulation(new TextConstant(LangChain4jProviders.of(instrumentedType.getName())));
      }
    };
  }
}
