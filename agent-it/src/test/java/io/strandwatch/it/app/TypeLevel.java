package io.strandwatch.it.app;

import io.strandwatch.annotations.TrackedStrand;

@TrackedStrand(attributes = "team=platform")
public class TypeLevel {

  public void first() {
    Blackhole.consume(1);
  }

  public void second() {
    Blackhole.consume(2);
  }

  @TrackedStrand("typelevel.custom")
  public void named() {
    Blackhole.consume(3);
  }

  void notPublicHelper() {
    Blackhole.consume(4);
  }
}
