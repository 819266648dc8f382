package io.strandwatch.bridge.metrics;

import io.opentelemetry.sdk.common.InstrumentationScopeInfo;
import io.opentelemetry.sdk.metrics.data.Data;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.MetricDataType;
import io.opentelemetry.sdk.resources.Resource;

/** An immutable {@link MetricData}: the SDK's own implementation is internal, so the bridge has its own. */
final class BridgeMetricData implements MetricData {

  static final InstrumentationScopeInfo SCOPE = InstrumentationScopeInfo.create("io.strandwatch");

  private final Resource resource;
  private final String name;
  private final String description;
  private final String unit;
  private final MetricDataType type;
  private final Data<?> data;

  BridgeMetricData(Resource resource, String name, String description, String unit, MetricDataType type,
      Data<?> data) {
    this.resource = resource;
    this.name = name;
    this.description = description;
    this.unit = unit;
    this.type = type;
    this.data = data;
  }

  @Override
  public Resource getResource() {
    return resource;
  }

  @Override
  public InstrumentationScopeInfo getInstrumentationScopeInfo() {
    return SCOPE;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public String getUnit() {
    return unit;
  }

  @Override
  public MetricDataType getType() {
    return type;
  }

  @Override
  public Data<?> getData() {
    return data;
  }

  @Override
  public String toString() {
    return "BridgeMetricData{" + name + ", " + type + ", " + data.getPoints().size() + " points}";
  }
}
