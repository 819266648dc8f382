package io.strandwatch.agent.weaving;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class ClassMentionsTest {

  private final ClassMentions mentions = new ClassMentions(Arrays.asList(
      StrandNaming.ANNOTATION.replace('.', '/'), "java/util/concurrent/Callable"));

  /** Carries the annotation, so its class file names it. */
  @io.strandwatch.annotations.TrackedStrand
  static final class Annotated {
  }

  /** Names the second package only as an implemented interface. */
  static final class ImplementsCallable implements Callable<String> {
    @Override
    public String call() {
      return "";
    }
  }

  static final class Plain {
    int value;
  }

  @Test
  void aClassCarryingTheAnnotationIsACandidate() throws IOException {
    assertTrue(mentions.foundIn(classFile(Annotated.class)));
  }

  @Test
  void aClassImplementingAnInterfaceOfAWatchedPackageIsACandidate() throws IOException {
    assertTrue(mentions.foundIn(classFile(ImplementsCallable.class)));
  }

  @Test
  void aClassMentioningNoneIsNot() throws IOException {
    assertFalse(mentions.foundIn(classFile(Plain.class)));
    assertFalse(mentions.foundIn(null));
    assertFalse(mentions.foundIn(new byte[0]));
  }

  @Test
  void aNameCutOffAtTheEndOfTheFileDoesNotMatch() {
    byte[] truncated = "xxjava/util/concurrent/Call".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertFalse(mentions.foundIn(truncated));
    assertTrue(mentions.foundIn("xxjava/util/concurrent/Callable".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  private static byte[] classFile(Class<?> type) throws IOException {
    String resource = type.getName().replace('.', '/') + ".class";
    try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }
}
