package io.strandwatch.it.app;

/** Overrides an annotated method without the annotation and calls super: only the base execution counts. */
public class Overrider extends Base {

  @Override
  public void run() {
    super.run();
    Blackhole.consume("override");
  }
}
