package io.strandwatch.bridge.config;

import java.util.Optional;

/** The OTLP transports the standard {@code OTEL_EXPORTER_OTLP_PROTOCOL} names. */
public enum OtlpProtocol {
  GRPC("grpc", "http://localhost:4317"),
  HTTP_PROTOBUF("http/protobuf", "http://localhost:4318");

  private final String settingValue;
  private final String defaultEndpoint;

  OtlpProtocol(String settingValue, String defaultEndpoint) {
    this.settingValue = settingValue;
    this.defaultEndpoint = defaultEndpoint;
  }

  public String settingValue() {
    return settingValue;
  }

  public String defaultEndpoint() {
    return defaultEndpoint;
  }

  public static Optional<OtlpProtocol> fromSetting(String value) {
    for (OtlpProtocol protocol : values()) {
      if (protocol.settingValue.equalsIgnoreCase(value.trim())) {
        return Optional.of(protocol);
      }
    }
    return Optional.empty();
  }
}
