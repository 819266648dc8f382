package io.strandwatch.bridge.export;

import io.opentelemetry.exporter.otlp.internal.GrpcExporter;
import io.opentelemetry.exporter.otlp.internal.HttpExporter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences the OTLP exporters' own failure messages (java.util.logging, with a stack trace, several a minute),
 * because {@link ExportFailureLog} reports the same failures in one line a minute. The logger names come from
 * class literals so they follow the classes when the agent jar relocates OpenTelemetry: the application's own
 * OpenTelemetry, if any, keeps its logging.
 */
final class SdkExporterLogs {

  // java.util.logging keeps loggers weakly; a collected logger would come back with its default level.
  private static final List<Logger> SILENCED = new ArrayList<>();

  private SdkExporterLogs() {}

  static synchronized void silenceFailureMessages() {
    if (!SILENCED.isEmpty()) {
      return;
    }
    for (Class<?> exporter : List.of(HttpExporter.class, GrpcExporter.class)) {
      Logger logger = Logger.getLogger(exporter.getName());
      logger.setLevel(Level.OFF);
      SILENCED.add(logger);
    }
  }
}
