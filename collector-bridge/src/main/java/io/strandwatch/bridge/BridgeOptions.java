package io.strandwatch.bridge;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * What the agent core hands the bridge at start. The {@code otel.*} system properties and {@code OTEL_*}
 * environment are passed in, not read here, so tests (and the core) decide exactly what the bridge sees.
 */
public final class BridgeOptions {

  private final String defaultServiceName;
  private final Map<String, String> systemProperties;
  private final Map<String, String> environment;
  private final Consumer<String> logger;
  private final Duration snapshotInterval;
  private final LongSupplier nanoClock;

  private BridgeOptions(Builder builder) {
    this.defaultServiceName = builder.defaultServiceName;
    this.systemProperties = Map.copyOf(builder.systemProperties);
    this.environment = Map.copyOf(builder.environment);
    this.logger = builder.logger;
    this.snapshotInterval = builder.snapshotInterval;
    this.nanoClock = builder.nanoClock;
  }

  /** @param defaultServiceName {@code service.name} unless OTEL_SERVICE_NAME or the resource says otherwise */
  public static Builder builder(String defaultServiceName) {
    return new Builder(defaultServiceName);
  }

  public String defaultServiceName() {
    return defaultServiceName;
  }

  public Map<String, String> systemProperties() {
    return systemProperties;
  }

  public Map<String, String> environment() {
    return environment;
  }

  public Consumer<String> logger() {
    return logger;
  }

  public Duration snapshotInterval() {
    return snapshotInterval;
  }

  public LongSupplier nanoClock() {
    return nanoClock;
  }

  public static final class Builder {

    private final String defaultServiceName;
    private Map<String, String> systemProperties = Map.of();
    private Map<String, String> environment = Map.of();
    private Consumer<String> logger = System.err::println;
    private Duration snapshotInterval = Duration.ofSeconds(10);
    private LongSupplier nanoClock = System::nanoTime;

    private Builder(String defaultServiceName) {
      this.defaultServiceName = Objects.requireNonNull(defaultServiceName, "defaultServiceName");
    }

    /** Typically {@code System.getProperties()}; only {@code otel.*} entries are read. */
    public Builder systemProperties(Properties properties) {
      Map<String, String> copy = new HashMap<>();
      for (String name : properties.stringPropertyNames()) {
        copy.put(name, properties.getProperty(name));
      }
      this.systemProperties = copy;
      return this;
    }

    public Builder systemProperties(Map<String, String> properties) {
      this.systemProperties = Objects.requireNonNull(properties, "properties");
      return this;
    }

    /** Typically {@code System.getenv()}; only {@code OTEL_*} entries are read. */
    public Builder environment(Map<String, String> environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** Receives one-line messages meant for the agent's log. */
    public Builder logger(Consumer<String> logger) {
      this.logger = Objects.requireNonNull(logger, "logger");
      return this;
    }

    /** The agent's snapshot interval; metrics are exported at the same pace unless otel.metric.export.interval says otherwise. */
    public Builder snapshotInterval(Duration interval) {
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("snapshot interval must be positive: " + interval);
      }
      this.snapshotInterval = interval;
      return this;
    }

    /** The clock that spaces export failure messages a minute apart; replaceable for tests. */
    public Builder nanoClock(LongSupplier nanoClock) {
      this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
      return this;
    }

    public BridgeOptions build() {
      return new BridgeOptions(this);
    }
  }
}
