package io.strandwatch.it.app;

import io.strandwatch.annotations.TrackedStrand;

public class Work {

  @TrackedStrand("work.ok")
  public int ok() {
    return Blackhole.consume(42);
  }

  @TrackedStrand(value = "work.fail", attributes = {"team=growth", "tier=1"})
  public void fail() {
    throw new IllegalStateException("planned failure");
  }

  @TrackedStrand
  public long mixed(int i) {
    if (i % 10 == 0) {
      throw new UnsupportedOperationException("tenth");
    }
    if (i % 4 == 0) {
      throw new IllegalArgumentException("fourth");
    }
    return i;
  }
}
