package io.strandwatch.it.app;

import io.strandwatch.annotations.TrackedStrand;

public class Base {

  @TrackedStrand("base.run")
  public void run() {
    Blackhole.consume("base");
  }
}
