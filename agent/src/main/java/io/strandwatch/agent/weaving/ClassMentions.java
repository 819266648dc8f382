package io.strandwatch.agent.weaving;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tells whether a class file mentions any of a few names (internal form, such as {@code com/openai/}). Every
 * type a class extends, implements, annotates itself with or takes as a parameter is named in its constant pool,
 * so a class that mentions none of the instrumented packages cannot match any instrumentation. A plain byte scan:
 * it allocates nothing and needs no class file parsing, and a false positive only costs an early Byte Buddy start.
 */
public final class ClassMentions {

  private final byte[][] names;
  /** Which bytes start a name, so most positions are rejected by one array read. */
  private final boolean[] firstBytes = new boolean[256];

  public ClassMentions(List<String> internalNames) {
    this.names = new byte[internalNames.size()][];
    for (int i = 0; i < names.length; i++) {
      names[i] = internalNames.get(i).getBytes(StandardCharsets.UTF_8);
      firstBytes[names[i][0] & 0xff] = true;
    }
  }

  public boolean foundIn(byte[] classFile) {
    if (classFile == null) {
      return false;
    }
    for (int at = 0; at < classFile.length; at++) {
      if (firstBytes[classFile[at] & 0xff] && startsAnyName(classFile, at)) {
        return true;
      }
    }
    return false;
  }

  private boolean startsAnyName(byte[] classFile, int at) {
    for (byte[] name : names) {
      if (at + name.length <= classFile.length && regionEquals(classFile, at, name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean regionEquals(byte[] classFile, int at, byte[] name) {
    for (int i = 0; i < name.length; i++) {
      if (classFile[at + i] != name[i]) {
        return false;
      }
    }
    return true;
  }
}
