package io.strandwatch.agent.jmx;

import javax.management.ConstructorParameters;

/** One strand's totals since start and its health (a CompositeData row to JMX clients). */
public final class StrandStatus {

  private final String name;
  private final String health;
  private final long count;
  private final long errors;
  private final long p50Nanos;
  private final long p99Nanos;

  @ConstructorParameters({"name", "health", "count", "errors", "p50Nanos", "p99Nanos"})
  public StrandStatus(String name, String health, long count, long errors, long p50Nanos, long p99Nanos) {
    this.name = name;
    this.health = health;
    this.count = count;
    this.errors = errors;
    this.p50Nanos = p50Nanos;
    this.p99Nanos = p99Nanos;
  }

  public String getName() {
    return name;
  }

  public String getHealth() {
    return health;
  }

  /** Executions since the agent started. */
  public long getCount() {
    return count;
  }

  /** Executions that threw (or whose future failed). */
  public long getErrors() {
    return errors;
  }

  /** Median wall time per execution, ns (HdrHistogram, 2 significant digits); -1 when none was measured. */
  public long getP50Nanos() {
    return p50Nanos;
  }

  /** 99th percentile wall time per execution, ns; -1 when none was measured. */
  public long getP99Nanos() {
    return p99Nanos;
  }
}
