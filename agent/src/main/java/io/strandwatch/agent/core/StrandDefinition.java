package io.strandwatch.agent.core;

import io.strandwatch.agent.metrics.StrandSeries;
import io.strandwatch.agent.metrics.SeriesTable;
import java.util.Map;

/**
 * A strand as declared by {@code @TrackedStrand}: its id (bound into woven code as a constant), name and
 * attributes, and the series its executions record into. The ok series is a field so the common path needs
 * no lookup; error series are looked up by exception class.
 */
public final class StrandDefinition {

  /** Distinct error types kept per strand before the rest share one "other" series. */
  static final int MAX_ERROR_TYPES = 8;

  private final int id;
  private final String name;
  private final Map<String, String> attributes;
  private final StrandSeries okSeries;
  private final SeriesTable table;

  private volatile Class<?>[] errorClasses = new Class<?>[0];
  private volatile StrandSeries[] errorSeries = new StrandSeries[0];
  private StrandSeries otherErrors;

  StrandDefinition(int id, String name, Map<String, String> attributes, SeriesTable table) {
    this.id = id;
    this.name = name;
    this.attributes = attributes;
    this.table = table;
    this.okSeries = table.series(name, attributes, StrandSeries.OK, null);
  }

  public int id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Map<String, String> attributes() {
    return attributes;
  }

  StrandSeries okSeries() {
    return okSeries;
  }

  /** The series for an execution that threw {@code thrown}. Allocates only the first time a class is seen. */
  StrandSeries errorSeries(Throwable thrown) {
    Class<?> type = thrown.getClass();
    Class<?>[] classes = errorClasses;
    StrandSeries[] series = errorSeries;
    for (int i = 0; i < classes.length; i++) {
      if (classes[i] == type) {
        return series[i];
      }
    }
    return addErrorSeries(type);
  }

  private synchronized StrandSeries addErrorSeries(Class<?> type) {
    Class<?>[] classes = errorClasses;
    for (int i = 0; i < classes.length; i++) {
      if (classes[i] == type) {
        return errorSeries[i];
      }
    }
    if (classes.length >= MAX_ERROR_TYPES) {
      if (otherErrors == null) {
        otherErrors = table.series(name, attributes, StrandSeries.ERROR, "_OTHER");
      }
      return otherErrors;
    }
    StrandSeries created = table.series(name, attributes, StrandSeries.ERROR, type.getName());
    Class<?>[] newClasses = java.util.Arrays.copyOf(classes, classes.length + 1);
    StrandSeries[] newSeries = java.util.Arrays.copyOf(errorSeries, classes.length + 1);
    newClasses[classes.length] = type;
    newSeries[classes.length] = created;
    errorSeries = newSeries;
    errorClasses = newClasses;
    return created;
  }
}
