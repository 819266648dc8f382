package io.strandwatch.it.app;

import io.strandwatch.annotations.TrackedStrand;

public class Shapes {

  @TrackedStrand("shapes.outer")
  public void outer() {
    for (int i = 0; i < 3; i++) {
      inner();
    }
  }

  @TrackedStrand("shapes.inner")
  void inner() {
    Blackhole.consume(new int[16]);
  }

  @TrackedStrand("shapes.static")
  static int staticWork() {
    return Blackhole.consume(7);
  }

  public void callsPrivate() {
    privateWork();
    privateWork();
  }

  @TrackedStrand("shapes.private")
  private void privateWork() {
    Blackhole.consume(1);
  }

  @TrackedStrand("shapes.factorial")
  public long factorial(int n) {
    return n <= 1 ? 1 : n * factorial(n - 1);
  }
}
