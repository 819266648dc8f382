package io.strandwatch.it.app;

import io.strandwatch.annotations.TrackedStrand;

public interface Greeter {

  @TrackedStrand("greeter.greet")
  default String greet() {
    return Blackhole.consume("hello");
  }
}
