package io.strandwatch.agent.core;

/**
 * A meaningful default {@code service.name} (never {@code unknown_service}): the jar's base name for
 * {@code java -jar app.jar}, otherwise the main class's simple name. {@code OTEL_SERVICE_NAME} still wins.
 */
final class ServiceName {

  private ServiceName() {}

  static String guess() {
    String command = System.getProperty("sun.java.command", "").trim();
    if (command.isEmpty()) {
      return "java-application";
    }
    String first = command.split("\\s+")[0];
    if (first.endsWith(".jar")) {
      String file = first.substring(Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\')) + 1);
      return file.substring(0, file.length() - 4);
    }
    return first.substring(first.lastIndexOf('.') + 1);
  }
}
