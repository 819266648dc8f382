package io.strandwatch.bridge.config;

/** The three OpenTelemetry signals the bridge can export, with their setting names and OTLP/HTTP paths. */
public enum Signal {
  METRICS("metrics", "/v1/metrics"),
  TRACES("traces", "/v1/traces"),
  LOGS("logs", "/v1/logs");

  private final String settingName;
  private final String httpPath;

  Signal(String settingName, String httpPath) {
    this.settingName = settingName;
    this.httpPath = httpPath;
  }

  /** The signal's part of setting names, as in {@code otel.exporter.otlp.metrics.endpoint}. */
  public String settingName() {
    return settingName;
  }

  public String httpPath() {
    return httpPath;
  }

  /** {@code otel.metrics.exporter}, {@code otel.traces.exporter}, {@code otel.logs.exporter}. */
  public String exporterKey() {
    return "otel." + settingName + ".exporter";
  }

  public String otlpKey(String suffix) {
    return "otel.exporter.otlp." + settingName + "." + suffix;
  }
}
