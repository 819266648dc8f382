package io.strandwatch.bench.memory;

import io.strandwatch.annotations.TrackedStrand;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.modifier.Ownership;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.MethodDelegation;

/**
 * A class with {@code count} distinct {@code @TrackedStrand} methods, generated at run time because a thousand
 * hand-written methods would say nothing more. The agent weaves it when it is loaded, like any application class.
 */
final class GeneratedStrands {

  private final Method[] strands;

  private GeneratedStrands(Method[] strands) {
    this.strands = strands;
  }

  static GeneratedStrands load(int count) throws NoSuchMethodException {
    DynamicType.Builder<Object> builder = new ByteBuddy().subclass(Object.class)
        .name(GeneratedStrands.class.getPackage().getName() + ".ThousandStrands");
    for (int i = 0; i < count; i++) {
      builder = builder.defineMethod(methodName(i), void.class, Visibility.PUBLIC, Ownership.STATIC)
          .withParameters(int.class)
          .intercept(MethodDelegation.to(StrandBody.class))
          .annotateMethod(AnnotationDescription.Builder.ofType(TrackedStrand.class)
              .define("value", "memory.strand-" + i).build());
    }
    Class<?> type = builder.make()
        .load(GeneratedStrands.class.getClassLoader(), ClassLoadingStrategy.Default.WRAPPER).getLoaded();
    Method[] strands = new Method[count];
    for (int i = 0; i < count; i++) {
      strands[i] = type.getMethod(methodName(i), int.class);
    }
    return new GeneratedStrands(strands);
  }

  private static String methodName(int i) {
    return "strand" + i;
  }

  int count() {
    return strands.length;
  }

  /** Runs strand {@code index} once; the failures it was asked for are expected and swallowed. */
  void run(int index, int outcome) throws IllegalAccessException {
    try {
      strands[index].invoke(null, outcome);
    } catch (InvocationTargetException expected) {
      if (outcome == StrandBody.OK) {
        throw new IllegalStateException(expected.getCause());
      }
    }
  }
}
