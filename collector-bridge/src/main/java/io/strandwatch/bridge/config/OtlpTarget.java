package io.strandwatch.bridge.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Where and how one signal goes over OTLP, resolved from the general and the per-signal settings. */
public final class OtlpTarget {

  private final OtlpProtocol protocol;
  private final String endpoint;
  private final Map<String, String> headers;
  private final Duration timeout;
  private final String compression;
  private final String certificatePath;

  OtlpTarget(OtlpProtocol protocol, String endpoint, Map<String, String> headers, Duration timeout,
      String compression, String certificatePath) {
    this.protocol = protocol;
    this.endpoint = endpoint;
    this.headers = Map.copyOf(headers);
    this.timeout = timeout;
    this.compression = compression;
    this.certificatePath = certificatePath;
  }

  public OtlpProtocol protocol() {
    return protocol;
  }

  /** The full URL: for OTLP/HTTP it includes the signal path ({@code /v1/metrics}). */
  public String endpoint() {
    return endpoint;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public Duration timeout() {
    return timeout;
  }

  /** {@code gzip} or {@code none}. */
  public String compression() {
    return compression;
  }

  /** A PEM file of trusted certificates, if configured. */
  public Optional<String> certificatePath() {
    return Optional.ofNullable(certificatePath);
  }

  static OtlpTarget resolve(OtelSettings settings, Signal signal, java.util.function.Consumer<String> log) {
    String protocolText = settings.first(signal.otlpKey("protocol"), "otel.exporter.otlp.protocol")
        .orElse(OtlpProtocol.HTTP_PROTOBUF.settingValue());
    OtlpProtocol protocol = OtlpProtocol.fromSetting(protocolText).orElseGet(() -> {
      log.accept("StrandWatch: OTLP protocol '" + protocolText + "' for " + signal.settingName()
          + " is not supported (grpc or http/protobuf); using http/protobuf");
      return OtlpProtocol.HTTP_PROTOBUF;
    });
    String endpoint = settings.get(signal.otlpKey("endpoint"))
        .orElseGet(() -> generalEndpoint(settings, protocol, signal));
    Map<String, String> headers = new java.util.LinkedHashMap<>(settings.map("otel.exporter.otlp.headers"));
    headers.putAll(settings.map(signal.otlpKey("headers")));
    Duration timeout = settings.duration(signal.otlpKey("timeout"), "otel.exporter.otlp.timeout")
        .orElse(Duration.ofSeconds(10));
    String compression = settings.first(signal.otlpKey("compression"), "otel.exporter.otlp.compression")
        .orElse("none");
    String certificate = settings.first(signal.otlpKey("certificate"), "otel.exporter.otlp.certificate")
        .orElse(null);
    return new OtlpTarget(protocol, endpoint, headers, timeout, compression, certificate);
  }

  // The spec: the general endpoint is a base URL to which OTLP/HTTP appends the signal's path.
  private static String generalEndpoint(OtelSettings settings, OtlpProtocol protocol, Signal signal) {
    String base = settings.get("otel.exporter.otlp.endpoint").orElse(protocol.defaultEndpoint());
    if (protocol == OtlpProtocol.GRPC) {
      return base;
    }
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + signal.httpPath();
  }
}
