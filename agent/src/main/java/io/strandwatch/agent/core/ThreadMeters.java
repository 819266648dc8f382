package io.strandwatch.agent.core;

import java.lang.management.ManagementFactory;

/**
 * Reads the current thread's CPU time and allocated bytes. The JDK answers -1 on virtual threads (and where
 * the JVM does not support the measurement); that is kept as {@link #UNAVAILABLE}, never turned into a value.
 */
final class ThreadMeters {

  /** The JDK could not measure this thread (virtual thread, unsupported JVM). */
  static final long UNAVAILABLE = -1;
  /** Measurement switched off or skipped by sampling. */
  static final long NOT_MEASURED = -2;

  private final java.lang.management.ThreadMXBean standard;
  private final com.sun.management.ThreadMXBean threads;
  private final boolean cpuSupported;
  private final boolean allocationSupported;

  ThreadMeters(boolean cpuWanted, boolean allocationWanted) {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    com.sun.management.ThreadMXBean extended =
        bean instanceof com.sun.management.ThreadMXBean ? (com.sun.management.ThreadMXBean) bean : null;
    this.standard = bean;
    this.threads = extended;
    this.cpuSupported = cpuWanted && bean.isCurrentThreadCpuTimeSupported() && enableCpu(bean);
    this.allocationSupported = allocationWanted && extended != null && enableAllocation(extended);
  }

  private static boolean enableCpu(java.lang.management.ThreadMXBean bean) {
    if (!bean.isThreadCpuTimeEnabled()) {
      bean.setThreadCpuTimeEnabled(true);
    }
    return bean.isThreadCpuTimeEnabled();
  }

  private static boolean enableAllocation(com.sun.management.ThreadMXBean bean) {
    if (!bean.isThreadAllocatedMemorySupported()) {
      return false;
    }
    if (!bean.isThreadAllocatedMemoryEnabled()) {
      bean.setThreadAllocatedMemoryEnabled(true);
    }
    return bean.isThreadAllocatedMemoryEnabled();
  }

  boolean cpuSupported() {
    return cpuSupported;
  }

  boolean allocationSupported() {
    return allocationSupported;
  }

  long cpuNanos() {
    long v = standard.getCurrentThreadCpuTime();
    return v < 0 ? UNAVAILABLE : v;
  }

  long allocatedBytes() {
    // getCurrentThreadAllocatedBytes() only exists from JDK 14; this form is its JDK 11 equivalent.
    long v = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    return v < 0 ? UNAVAILABLE : v;
  }
}
