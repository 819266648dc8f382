package io.strandwatch.it.app;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.strandwatch.annotations.TrackedStrand;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.implementation.FixedValue;
import net.bytebuddy.matcher.ElementMatchers;
import org.HdrHistogram.Histogram;

/**
 * Uses the application's own Byte Buddy, HdrHistogram and OpenTelemetry SDK (older versions than the agent's)
 * and prints deterministic results: the output must be identical with and without the agent.
 */
public final class BundledLibraries {

  private BundledLibraries() {}

  private static String jarName(Class<?> type) {
    String path = type.getProtectionDomain().getCodeSource().getLocation().getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  @TrackedStrand("bundled.run")
  public static void run() throws Exception {
    Class<?> generated = new ByteBuddy().subclass(Object.class)
        .method(ElementMatchers.named("toString")).intercept(FixedValue.value("made by the app's Byte Buddy"))
        .make().load(BundledLibraries.class.getClassLoader()).getLoaded();
    System.out.println("bytebuddy: " + generated.getDeclaredConstructor().newInstance()
        + " (from " + jarName(ByteBuddy.class) + ")");

    Histogram h = new Histogram(3);
    for (int i = 1; i <= 1000; i++) {
      h.recordValue(i);
    }
    System.out.println("hdrhistogram: p50=" + h.getValueAtPercentile(50) + " max=" + h.getMaxValue()
        + " class=" + Histogram.class.getName() + " from " + jarName(Histogram.class));

    List<String> exported = new ArrayList<>();
    SpanExporter exporter = new SpanExporter() {
      @Override
      public CompletableResultCode export(Collection<SpanData> spans) {
        for (SpanData s : spans) {
          exported.add(s.getName());
        }
        return CompletableResultCode.ofSuccess();
      }

      @Override
      public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
      }

      @Override
      public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
      }
    };
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
        .buildAndRegisterGlobal();
    Tracer tracer = GlobalOpenTelemetry.getTracer("app");
    tracer.spanBuilder("app-span-1").startSpan().end();
    tracer.spanBuilder("app-span-2").startSpan().end();
    sdk.getSdkTracerProvider().forceFlush();
    System.out.println("opentelemetry: exported " + exported + " from " + jarName(OpenTelemetrySdk.class));
    sdk.close();
  }
}
