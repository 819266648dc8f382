package io.strandwatch.agent.instrumentation.openai;

/** Finds an SDK interface by name among what an SDK object implements (the agent cannot name SDK types). */
final class SdkInterfaces {

  private SdkInterfaces() {}

  static Class<?> find(Class<?> type, String interfaceName) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        if (i.getName().equals(interfaceName)) {
          return i;
        }
        Class<?> inherited = find(i, interfaceName);
        if (inherited != null) {
          return inherited;
        }
      }
    }
    return null;
  }
}
