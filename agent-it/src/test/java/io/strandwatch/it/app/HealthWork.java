package io.strandwatch.it.app;

import io.strandwatch.annotations.TrackedStrand;

/** Two strands for the JMX health test: one always succeeds, one always fails. */
public class HealthWork {

  @TrackedStrand("health.ok")
  public int ok() {
    return Blackhole.consume(7);
  }

  @TrackedStrand("health.fail")
  public void fail() {
    throw new IllegalStateException("planned failure");
  }
}
