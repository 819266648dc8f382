package io.strandwatch.bench.memory;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/** Live heap after full collections, and the JVM's own class histogram (jcmd GC.class_histogram). */
final class HeapMeter {

  private HeapMeter() {}

  /** Used heap after collections stop shrinking it; garbage from the previous phase is gone. */
  static long usedAfterGc() throws InterruptedException {
    long previous = Long.MAX_VALUE;
    long used = 0;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (used >= previous) {
        break;
      }
      previous = used;
    }
    return Math.min(used, previous);
  }

  static String classHistogram() throws Exception {
    return (String) ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
        new Object[] {new String[0]}, new String[] {String[].class.getName()});
  }
}
