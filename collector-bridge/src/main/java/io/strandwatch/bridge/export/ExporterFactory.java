package io.strandwatch.bridge.export;

import io.opentelemetry.api.metrics.MeterProvider;
import io.opentelemetry.exporter.logging.LoggingMetricExporter;
import io.opentelemetry.exporter.logging.LoggingSpanExporter;
import io.opentelemetry.exporter.logging.SystemOutLogRecordExporter;
import io.opentelemetry.exporter.otlp.http.logs.OtlpHttpLogRecordExporter;
import io.opentelemetry.exporter.otlp.http.logs.OtlpHttpLogRecordExporterBuilder;
import io.opentelemetry.exporter.otlp.http.metrics.OtlpHttpMetricExporter;
import io.opentelemetry.exporter.otlp.http.metrics.OtlpHttpMetricExporterBuilder;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporterBuilder;
import io.opentelemetry.exporter.otlp.logs.OtlpGrpcLogRecordExporter;
import io.opentelemetry.exporter.otlp.logs.OtlpGrpcLogRecordExporterBuilder;
import io.opentelemetry.exporter.otlp.metrics.OtlpGrpcMetricExporter;
import io.opentelemetry.exporter.otlp.metrics.OtlpGrpcMetricExporterBuilder;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporterBuilder;
import io.opentelemetry.exporter.prometheus.PrometheusHttpServer;
import io.opentelemetry.sdk.logs.LogRecordProcessor;
import io.opentelemetry.sdk.logs.export.BatchLogRecordProcessor;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.MetricReader;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.strandwatch.bridge.config.ExportConfig;
import io.strandwatch.bridge.config.OtlpProtocol;
import io.strandwatch.bridge.config.OtlpTarget;
import io.strandwatch.bridge.config.Signal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds the readers and processors the configuration names. An exporter that cannot be built (an unreadable
 * certificate, a taken Prometheus port) is reported in one line and left out; the others still work.
 */
public final class ExporterFactory {

  private final ExportConfig config;
  private final ExportFailureLog failures;
  private final Consumer<String> log;

  public ExporterFactory(ExportConfig config, ExportFailureLog failures, Consumer<String> log) {
    this.config = config;
    this.failures = failures;
    this.log = log;
    SdkExporterLogs.silenceFailureMessages();
  }

  public List<MetricReader> metricReaders() {
    List<MetricReader> readers = new ArrayList<>();
    for (String name : config.exporters(Signal.METRICS)) {
      try {
        if (name.equals("prometheus")) {
          readers.add(PrometheusHttpServer.builder().setHost(config.prometheusHost())
              .setPort(config.prometheusPort()).build());
        } else {
          MetricExporter exporter = name.equals("otlp") ? otlpMetricExporter() : LoggingMetricExporter.create();
          readers.add(PeriodicMetricReader.builder(exporter).setInterval(config.metricExportInterval()).build());
        }
      } catch (RuntimeException e) {
        cannotBuild(Signal.METRICS, name, e);
      }
    }
    return readers;
  }

  public List<SpanProcessor> spanProcessors() {
    List<SpanProcessor> processors = new ArrayList<>();
    for (String name : config.exporters(Signal.TRACES)) {
      try {
        SpanExporter exporter = name.equals("otlp") ? otlpSpanExporter() : LoggingSpanExporter.create();
        processors.add(BatchSpanProcessor.builder(exporter).build());
      } catch (RuntimeException e) {
        cannotBuild(Signal.TRACES, name, e);
      }
    }
    return processors;
  }

  public List<LogRecordProcessor> logRecordProcessors() {
    List<LogRecordProcessor> processors = new ArrayList<>();
    for (String name : config.exporters(Signal.LOGS)) {
      try {
        LogRecordExporter exporter = name.equals("otlp") ? otlpLogExporter() : SystemOutLogRecordExporter.create();
        processors.add(BatchLogRecordProcessor.builder(exporter).build());
      } catch (RuntimeException e) {
        cannotBuild(Signal.LOGS, name, e);
      }
    }
    return processors;
  }

  private void cannotBuild(Signal signal, String exporter, RuntimeException e) {
    log.accept("StrandWatch: cannot export " + signal.settingName() + " with '" + exporter + "' ("
        + ExportFailureLog.describe(e) + ")");
  }

  private MetricExporter otlpMetricExporter() {
    OtlpTarget target = config.otlpTarget(Signal.METRICS);
    MetricExporter exporter;
    if (target.protocol() == OtlpProtocol.GRPC) {
      OtlpGrpcMetricExporterBuilder builder = OtlpGrpcMetricExporter.builder().setEndpoint(target.endpoint())
          .setTimeout(target.timeout()).setCompression(target.compression()).setMeterProvider(MeterProvider::noop)
          .setComponentLoader(SenderLoader.INSTANCE);
      target.headers().forEach(builder::addHeader);
      certificate(target).ifPresent(builder::setTrustedCertificates);
      exporter = builder.build();
    } else {
      OtlpHttpMetricExporterBuilder builder = OtlpHttpMetricExporter.builder().setEndpoint(target.endpoint())
          .setTimeout(target.timeout()).setCompression(target.compression()).setMeterProvider(MeterProvider::noop)
          .setComponentLoader(SenderLoader.INSTANCE);
      target.headers().forEach(builder::addHeader);
      certificate(target).ifPresent(builder::setTrustedCertificates);
      exporter = builder.build();
    }
    return new ReportingMetricExporter(exporter, failures, target.endpoint());
  }

  private SpanExporter otlpSpanExporter() {
    OtlpTarget target = config.otlpTarget(Signal.TRACES);
    SpanExporter exporter;
    if (target.protocol() == OtlpProtocol.GRPC) {
      OtlpGrpcSpanExporterBuilder builder = OtlpGrpcSpanExporter.builder().setEndpoint(target.endpoint())
          .setTimeout(target.timeout()).setCompression(target.compression()).setMeterProvider(MeterProvider::noop)
          .setComponentLoader(SenderLoader.INSTANCE);
      target.headers().forEach(builder::addHeader);
      certificate(target).ifPresent(builder::setTrustedCertificates);
      exporter = builder.build();
    } else {
      OtlpHttpSpanExporterBuilder builder = OtlpHttpSpanExporter.builder().setEndpoint(target.endpoint())
          .setTimeout(target.timeout()).setCompression(target.compression()).setMeterProvider(MeterProvider::noop)
          .setComponentLoader(SenderLoader.INSTANCE);
      target.headers().forEach(builder::addHeader);
      certificate(target).ifPresent(builder::setTrustedCertificates);
      exporter = builder.build();
    }
    return new ReportingSpanExporter(exporter, failures, target.endpoint());
  }

  private LogRecordExporter otlpLogExporter() {
    OtlpTarget target = config.otlpTarget(Signal.LOGS);
    LogRecordExporter exporter;
    if (target.protocol() == OtlpProtocol.GRPC) {
      OtlpGrpcLogRecordExporterBuilder builder = OtlpGrpcLogRecordExporter.builder()
          .setEndpoint(target.endpoint()).setTimeout(target.timeout()).setCompression(target.compression())
          .setMeterProvider(MeterProvider::noop)
          .setComponentLoader(SenderLoader.INSTANCE);
      target.headers().forEach(builder::addHeader);
      certificate(target).ifPresent(builder::setTrustedCertificates);
      exporter = builder.build();
    } else {
      OtlpHttpLogRecordExporterBuilder builder = OtlpHttpLogRecordExporter.builder()
          .setEndpoint(target.endpoint()).setTimeout(target.timeout()).setCompression(target.compression())
          .setMeterProvider(MeterProvider::noop)
          .setComponentLoader(SenderLoader.INSTANCE);
      target.headers().forEach(builder::addHeader);
      certificate(target).ifPresent(builder::setTrustedCertificates);
      exporter = builder.build();
    }
    return new ReportingLogRecordExporter(exporter, failures, target.endpoint());
  }

  private static java.util.Optional<byte[]> certificate(OtlpTarget target) {
    return target.certificatePath().map(path -> {
      try {
        return Files.readAllBytes(Paths.get(path));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read certificate " + path + ": " + e.getMessage(), e);
      }
    });
  }
}
