package io.strandwatch.it.app;

/** Keeps results alive so the JIT cannot remove the work a strand is measured on. */
public final class Blackhole {

  public static volatile Object sink;

  private Blackhole() {}

  public static <T> T consume(T value) {
    sink = value;
    return value;
  }

  public static int consume(int value) {
    sink = value;
    return value;
  }
}
