package io.strandwatch.bench.startup;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.strandwatch.annotations.TrackedStrand;

/**
 * The hello-world whose start-up is timed. It prints the monotonic clock at the start of {@code main} and after
 * its first strand returned; {@link StartupTimer} compares them with the clock reading it took just before
 * launching the JVM (System.nanoTime is CLOCK_MONOTONIC on Linux, shared by all processes).
 */
public class HelloStrand {

  static final String MARKER = "startup-nanos";

  public static void main(String[] args) {
    long inMain = System.nanoTime();
    String greeting = new HelloStrand().greet("world");
    long afterFirstStrand = System.nanoTime();
    System.out.println(greeting);
    System.out.println(MARKER + " " + inMain + " " + afterFirstStrand);
  }

  @TrackedStrand("hello.greet")
  @WithSpan("hello.greet")
  public String greet(String name) {
    return "Hello, " + name;
  }
}
