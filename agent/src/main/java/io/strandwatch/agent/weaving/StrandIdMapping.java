package io.strandwatch.agent.weaving;

import java.util.Map;
import java.util.function.ToIntBiFunction;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.implementation.bytecode.constant.IntegerConstant;

/**
 * Resolves {@link StrandId} to the id of the strand the instrumented method belongs to, registering the strand
 * on first sight. One Advice instance thus serves every tracked method, each getting its own constant.
 */
final class StrandIdMapping implements Advice.OffsetMapping.Factory<StrandId> {

  private final ToIntBiFunction<String, Map<String, String>> register;

  StrandIdMapping(ToIntBiFunction<String, Map<String, String>> register) {
    this.register = register;
  }

  @Override
  public Class<StrandId> getAnnotationType() {
    return StrandId.class;
  }

  @Override
  public Advice.OffsetMapping make(ParameterDescription.InDefinedShape target,
      AnnotationDescription.Loadable<StrandId> annotation, AdviceType adviceType) {
    return new Advice.OffsetMapping() {
      @Override
      public Target resolve(TypeDescription instrumentedType, MethodDescription instrumentedMethod,
          Assigner assigner, Advice.ArgumentHandler argumentHandler, Sort sort) {
        StrandNaming.Strand strand = StrandNaming.of(instrumentedType, instrumentedMethod);
        // -1 never matches a definition, so an unexpected match records nothing rather than failing.
        int id = strand == null ? -1 : register.applyAsInt(strand.name, strand.attributes);
        return new Target.ForStackManipulation(IntegerConstant.forValue(id));
      }
    };
  }
}
