package io.strandwatch.agent.instrumentation;

import java.util.Collections;
import java.util.List;

/** Every library instrumentation the agent ships; one line each. */
public final class LibraryInstrumentations {

  private LibraryInstrumentations() {}

  public static List<LibraryInstrumentation> all() {
    return Collections.emptyList();
  }
}
