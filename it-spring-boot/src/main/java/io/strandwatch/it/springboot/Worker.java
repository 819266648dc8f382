package io.strandwatch.it.springboot;

import io.strandwatch.annotations.TrackedStrand;
import org.springframework.stereotype.Component;

/** A Spring bean in BOOT-INF/classes, loaded by Spring Boot's nested-jar class loader. */
@Component
public class Worker {

  @TrackedStrand("boot.work")
  public int work(int i) {
    return i % 7;
  }

  @TrackedStrand("boot.fail")
  public int fail(int i) {
    throw new IllegalStateException("failure " + i);
  }
}
