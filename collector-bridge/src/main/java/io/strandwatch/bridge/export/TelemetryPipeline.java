package io.strandwatch.bridge.export;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.logs.Logger;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.SdkLoggerProviderBuilder;
import io.opentelemetry.sdk.metrics.Aggregation;
import io.opentelemetry.sdk.metrics.InstrumentSelector;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.View;
import io.opentelemetry.sdk.metrics.SdkMeterProviderBuilder;
import io.opentelemetry.sdk.metrics.export.MetricProducer;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.strandwatch.bridge.config.ExportConfig;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * The bridge's private OpenTelemetry SDK: one meter, tracer and logger provider, none of them global, so the
 * application's own OpenTelemetry (or another agent's) is never touched.
 */
public final class TelemetryPipeline {

  public static final String INSTRUMENTATION_SCOPE = "io.strandwatch";

  private final SdkMeterProvider meterProvider;
  private final SdkTracerProvider tracerProvider;
  private final SdkLoggerProvider loggerProvider;

  private TelemetryPipeline(SdkMeterProvider meterProvider, SdkTracerProvider tracerProvider,
      SdkLoggerProvider loggerProvider) {
    this.meterProvider = meterProvider;
    this.tracerProvider = tracerProvider;
    this.loggerProvider = loggerProvider;
  }

  public static TelemetryPipeline build(ExportConfig config, MetricProducer producer, ExporterFactory exporters) {
    Resource resource = resource(config);
    // The SDK measures its own readers with instruments on this provider; the bridge exports only the agent's
    // metrics, and producer data does not pass through views, so dropping every instrument drops just those.
    SdkMeterProviderBuilder meters = SdkMeterProvider.builder().setResource(resource)
        .registerMetricProducer(producer)
        .registerView(InstrumentSelector.builder().setName("*").build(),
            View.builder().setAggregation(Aggregation.drop()).build());
    exporters.metricReaders().forEach(meters::registerMetricReader);
    // Alerts are rare and each one matters: OTEL_TRACES_SAMPLER is for the application's traces, not these.
    SdkTracerProviderBuilder tracers = SdkTracerProvider.builder().setResource(resource)
        .setSampler(Sampler.alwaysOn());
    exporters.spanProcessors().forEach(tracers::addSpanProcessor);
    SdkLoggerProviderBuilder loggers = SdkLoggerProvider.builder().setResource(resource);
    exporters.logRecordProcessors().forEach(loggers::addLogRecordProcessor);
    return new TelemetryPipeline(meters.build(), tracers.build(), loggers.build());
  }

  /** The SDK's default resource, then {@code OTEL_RESOURCE_ATTRIBUTES}, then the service name on top. */
  static Resource resource(ExportConfig config) {
    AttributesBuilder attributes = Attributes.builder();
    config.resourceAttributes().forEach(attributes::put);
    attributes.put(AttributeKey.stringKey("service.name"), config.serviceName());
    return Resource.getDefault().merge(Resource.create(attributes.build()));
  }

  public Tracer tracer() {
    return tracerProvider.get(INSTRUMENTATION_SCOPE);
  }

  public Logger logger() {
    return loggerProvider.get(INSTRUMENTATION_SCOPE);
  }

  /** Exports what is pending now; true when every exporter finished within {@code timeoutMillis}. */
  public boolean flush(long timeoutMillis) {
    CompletableResultCode flushed = CompletableResultCode.ofAll(Arrays.asList(meterProvider.forceFlush(),
        tracerProvider.forceFlush(), loggerProvider.forceFlush()));
    return flushed.join(timeoutMillis, TimeUnit.MILLISECONDS).isDone();
  }

  /**
   * Flushes, then shuts down, within {@code timeoutMillis} whatever the collector does. The SDK's own shutdown
   * can block its caller for several seconds per reader, so it runs on a daemon thread that is abandoned, not
   * waited for, when time is up.
   *
   * @return true when everything finished in time
   */
  public boolean shutdown(long timeoutMillis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, timeoutMillis));
    CompletableResultCode done = new CompletableResultCode();
    Thread closer = new Thread(() -> {
      try {
        CompletableResultCode.ofAll(Arrays.asList(meterProvider.forceFlush(), tracerProvider.forceFlush(),
            loggerProvider.forceFlush())).join(remainingNanos(deadline), TimeUnit.NANOSECONDS);
        CompletableResultCode.ofAll(Arrays.asList(meterProvider.shutdown(), tracerProvider.shutdown(),
            loggerProvider.shutdown())).join(remainingNanos(deadline), TimeUnit.NANOSECONDS);
      } finally {
        done.succeed();
      }
    }, "strandwatch-otel-shutdown");
    closer.setDaemon(true);
    closer.start();
    done.join(remainingNanos(deadline), TimeUnit.NANOSECONDS);
    return done.isDone();
  }

  private static long remainingNanos(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }
}
