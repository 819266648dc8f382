package io.strandwatch.bridge.export;

import io.opentelemetry.common.ComponentLoader;
import io.opentelemetry.exporter.sender.jdk.internal.JdkHttpSenderProvider;
import io.opentelemetry.exporter.sender.okhttp.internal.OkHttpGrpcSenderProvider;
import io.opentelemetry.sdk.common.export.GrpcSenderProvider;
import io.opentelemetry.sdk.common.export.HttpSenderProvider;
import java.util.Collections;

/**
 * Hands the OTLP exporters exactly one sender per transport: the JDK's HttpClient for OTLP/HTTP, OkHttp for
 * OTLP/gRPC. Left to service loading, the SDK would find two HTTP senders (JDK and OkHttp), pick one by a
 * global system property shared with the application's own OpenTelemetry, and log a warning otherwise.
 * Anything else the exporters load (compressors) still comes from service loading.
 */
final class SenderLoader implements ComponentLoader {

  static final SenderLoader INSTANCE = new SenderLoader();

  private final ComponentLoader services = ComponentLoader.forClassLoader(SenderLoader.class.getClassLoader());

  private SenderLoader() {}

  @Override
  @SuppressWarnings("unchecked")
  public <T> Iterable<T> load(Class<T> type) {
    if (type == HttpSenderProvider.class) {
      return (Iterable<T>) Collections.singletonList(new JdkHttpSenderProvider());
    }
    if (type == GrpcSenderProvider.class) {
      return (Iterable<T>) Collections.singletonList(new OkHttpGrpcSenderProvider());
    }
    return services.load(type);
  }
}
