package io.strandwatch.bridge.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything the bridge exports and where, resolved once at start from the standard settings.
 *
 * <p>One deliberate difference from the SDK's autoconfiguration: a signal whose exporter is not named defaults
 * to {@code otlp} only when an OTLP endpoint is configured, otherwise to {@code none}. An application started
 * with the agent and no OpenTelemetry settings then sends nothing to a collector that is not there.
 */
public final class ExportConfig {

  public static final String CUMULATIVE = "cumulative";
  public static final String DELTA = "delta";
  private static final Set<String> KNOWN_EXPORTERS = Set.of("otlp", "prometheus", "console", "logging");
  private static final int DEFAULT_CARDINALITY_LIMIT = 2000;

  private final String serviceName;
  private final Map<String, String> resourceAttributes;
  private final Map<Signal, List<String>> exporters;
  private final Map<Signal, OtlpTarget> otlpTargets;
  private final boolean deltaTemporality;
  private final boolean exponentialHistograms;
  private final String prometheusHost;
  private final int prometheusPort;
  private final Duration metricExportInterval;
  private final int cardinalityLimit;

  private ExportConfig(String serviceName, Map<String, String> resourceAttributes,
      Map<Signal, List<String>> exporters, Map<Signal, OtlpTarget> otlpTargets, boolean deltaTemporality,
      boolean exponentialHistograms, String prometheusHost, int prometheusPort, Duration metricExportInterval,
      int cardinalityLimit) {
    this.serviceName = serviceName;
    this.resourceAttributes = resourceAttributes;
    this.exporters = exporters;
    this.otlpTargets = otlpTargets;
    this.deltaTemporality = deltaTemporality;
    this.exponentialHistograms = exponentialHistograms;
    this.prometheusHost = prometheusHost;
    this.prometheusPort = prometheusPort;
    this.metricExportInterval = metricExportInterval;
    this.cardinalityLimit = cardinalityLimit;
  }

  /**
   * Resolves the settings. Problems (an unknown exporter name, a malformed number) are reported through
   * {@code log} and replaced by the default, never thrown: a typo must not take the application down.
   */
  public static ExportConfig resolve(OtelSettings settings, String defaultServiceName, Duration snapshotInterval,
      Consumer<String> log) {
    Map<String, String> resource = new LinkedHashMap<>(settings.map("otel.resource.attributes"));
    String serviceName = settings.get("otel.service.name")
        .orElseGet(() -> resource.getOrDefault("service.name", defaultServiceName));
    resource.remove("service.name");

    boolean disabled = settings.get("otel.sdk.disabled").map("true"::equalsIgnoreCase).orElse(false);
    Map<Signal, List<String>> exporters = new EnumMap<>(Signal.class);
    Map<Signal, OtlpTarget> targets = new EnumMap<>(Signal.class);
    for (Signal signal : Signal.values()) {
      List<String> names = disabled ? List.of() : exporterNames(settings, signal, log);
      exporters.put(signal, names);
      if (names.contains("otlp")) {
        targets.put(signal, OtlpTarget.resolve(settings, signal, log));
      }
    }

    String temporality = settings.get("otel.exporter.otlp.metrics.temporality.preference")
        .orElse(CUMULATIVE).toLowerCase(Locale.ROOT);
    // lowmemory means delta for counters and histograms, which is all the bridge exports.
    boolean delta = temporality.equals(DELTA) || temporality.equals("lowmemory");
    if (!delta && !temporality.equals(CUMULATIVE)) {
      log.accept("StrandWatch: unknown metrics temporality preference '" + temporality + "'; using cumulative");
    }
    String aggregation = settings.get("otel.exporter.otlp.metrics.default.histogram.aggregation")
        .orElse("explicit_bucket_histogram").toLowerCase(Locale.ROOT);
    boolean exponential = aggregation.equals("base2_exponential_bucket_histogram");
    if (!exponential && !aggregation.equals("explicit_bucket_histogram")) {
      log.accept("StrandWatch: unknown default histogram aggregation '" + aggregation
          + "'; using explicit_bucket_histogram");
    }

    String prometheusHost = settings.get("otel.exporter.prometheus.host").orElse("127.0.0.1");
    int prometheusPort = intSetting(settings, "otel.exporter.prometheus.port", 9464, log);
    Duration interval = snapshotInterval;
    try {
      interval = settings.duration("otel.metric.export.interval").orElse(snapshotInterval);
    } catch (IllegalArgumentException e) {
      log.accept("StrandWatch: ignoring otel.metric.export.interval: " + e.getMessage());
    }
    int cardinalityLimit = intSetting(settings, "otel.java.metrics.cardinality.limit", DEFAULT_CARDINALITY_LIMIT,
        log);
    return new ExportConfig(serviceName, resource, exporters, targets, delta, exponential, prometheusHost,
        prometheusPort, interval, Math.max(1, cardinalityLimit));
  }

  private static List<String> exporterNames(OtelSettings settings, Signal signal, Consumer<String> log) {
    List<String> configured = settings.list(signal.exporterKey());
    if (configured.isEmpty()) {
      return otlpEndpointConfigured(settings, signal) ? List.of("otlp") : List.of();
    }
    List<String> names = new ArrayList<>();
    for (String name : configured) {
      if (name.equals("none")) {
        continue;
      }
      if (!KNOWN_EXPORTERS.contains(name) || (name.equals("prometheus") && signal != Signal.METRICS)) {
        log.accept("StrandWatch: ignoring unsupported " + signal.exporterKey() + " value '" + name + "'");
        continue;
      }
      // "logging" is the SDK's old name for "console".
      String canonical = name.equals("logging") ? "console" : name;
      if (!names.contains(canonical)) {
        names.add(canonical);
      }
    }
    return List.copyOf(names);
  }

  private static boolean otlpEndpointConfigured(OtelSettings settings, Signal signal) {
    return settings.isSet("otel.exporter.otlp.endpoint") || settings.isSet(signal.otlpKey("endpoint"));
  }

  private static int intSetting(OtelSettings settings, String key, int fallback, Consumer<String> log) {
    String text = settings.get(key).orElse(null);
    if (text == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      log.accept("StrandWatch: ignoring " + key + "='" + text + "' (not a number); using " + fallback);
      return fallback;
    }
  }

  /** True when no signal has an exporter: the bridge then exports nothing and the agent reports locally. */
  public boolean localReportMode() {
    return exporters.values().stream().allMatch(List::isEmpty);
  }

  public String serviceName() {
    return serviceName;
  }

  /** {@code OTEL_RESOURCE_ATTRIBUTES} without {@code service.name} (that one is {@link #serviceName()}). */
  public Map<String, String> resourceAttributes() {
    return resourceAttributes;
  }

  /** The exporter names for a signal: {@code otlp}, {@code console} and (metrics only) {@code prometheus}. */
  public List<String> exporters(Signal signal) {
    return exporters.get(signal);
  }

  /** The OTLP target of a signal whose exporters include {@code otlp}. */
  public OtlpTarget otlpTarget(Signal signal) {
    return otlpTargets.get(signal);
  }

  public boolean deltaTemporality() {
    return deltaTemporality;
  }

  public boolean exponentialHistograms() {
    return exponentialHistograms;
  }

  public String prometheusHost() {
    return prometheusHost;
  }

  public int prometheusPort() {
    return prometheusPort;
  }

  public Duration metricExportInterval() {
    return metricExportInterval;
  }

  /** The most series one metric keeps before further series merge into the overflow series. */
  public int cardinalityLimit() {
    return cardinalityLimit;
  }
}
