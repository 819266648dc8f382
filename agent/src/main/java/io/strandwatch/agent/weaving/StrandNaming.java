package io.strandwatch.agent.weaving;

import io.strandwatch.agent.core.AgentLog;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.annotation.AnnotationValue;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;

/**
 * Reads {@code @TrackedStrand} from class files (without loading the annotation class) and derives the strand
 * name and attributes: the method's annotation wins over its declaring type's; an empty name becomes
 * {@code SimpleClassName.methodName}.
 */
public final class StrandNaming {

  public static final String ANNOTATION = "io.strandwatch.annotations.TrackedStrand";

  private StrandNaming() {}

  static final class Strand {
    final String name;
    final Map<String, String> attributes;

    Strand(String name, Map<String, String> attributes) {
      this.name = name;
      this.attributes = attributes;
    }
  }

  /** The strand a method belongs to, or null when neither it nor its type is annotated. */
  static Strand of(TypeDescription type, MethodDescription method) {
    AnnotationDescription annotation = find(method.getDeclaredAnnotations());
    if (annotation == null) {
      annotation = find(type.getDeclaredAnnotations());
    }
    if (annotation == null) {
      return null;
    }
    String name = stringValue(annotation, "value");
    if (name == null || name.trim().isEmpty()) {
      name = simpleName(type) + "." + method.getInternalName();
    }
    return new Strand(name.trim(), attributes(annotation, name));
  }

  private static AnnotationDescription find(List<? extends AnnotationDescription> annotations) {
    for (AnnotationDescription a : annotations) {
      if (a.getAnnotationType().getName().equals(ANNOTATION)) {
        return a;
      }
    }
    return null;
  }

  private static String simpleName(TypeDescription type) {
    String simple = type.getSimpleName();
    if (simple == null || simple.isEmpty()) {
      // Anonymous and local classes: fall back to the binary name's last part, such as Outer$1.
      String name = type.getName();
      simple = name.substring(name.lastIndexOf('.') + 1);
    }
    return simple;
  }

  private static String stringValue(AnnotationDescription annotation, String property) {
    MethodDescription.InDefinedShape p = property(annotation, property);
    if (p == null) {
      return null;
    }
    AnnotationValue<?, ?> value = annotation.getValue(p);
    Object resolved = value.resolve();
    return resolved instanceof String ? (String) resolved : null;
  }

  private static Map<String, String> attributes(AnnotationDescription annotation, String strandName) {
    MethodDescription.InDefinedShape p = property(annotation, "attributes");
    if (p == null) {
      return Collections.emptyMap();
    }
    Object resolved = annotation.getValue(p).resolve();
    if (!(resolved instanceof String[]) || ((String[]) resolved).length == 0) {
      return Collections.emptyMap();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : (String[]) resolved) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        AgentLog.warnOnce("bad-attribute-" + strandName + pair, "strand '" + strandName + "': attribute \""
            + pair + "\" is ignored; attributes are \"key=value\", such as \"team=growth\"");
        continue;
      }
      out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
    return out;
  }

  private static MethodDescription.InDefinedShape property(AnnotationDescription annotation, String name) {
    for (MethodDescription.InDefinedShape m : annotation.getAnnotationType().getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        return m;
      }
    }
    return null;
  }
}
