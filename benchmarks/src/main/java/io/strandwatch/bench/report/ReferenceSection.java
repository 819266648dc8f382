package io.strandwatch.bench.report;

import java.io.IOException;

/** What each JDK reading costs here: the floor of each measurement mode. */
final class ReferenceSection {

  static final String[][] READINGS = {
      {"nanoTime", "System.nanoTime()"},
      {"currentThreadCpuTime", "ThreadMXBean.getCurrentThreadCpuTime()"},
      {"threadAllocatedBytesById", "getThreadAllocatedBytes(Thread.currentThread().getId()) (the agent's form)"},
      {"currentThreadAllocatedBytes", "getCurrentThreadAllocatedBytes() (JDK 14+)"},
  };

  private final Measurements measurements;

  ReferenceSection(Measurements measurements) {
    this.measurements = measurements;
  }

  String render() throws IOException {
    JmhCsv reference = measurements.reference();
    JmhLog log = measurements.referenceLog();
    Markdown table = new Markdown("reading", "ns/op", "± (99.9 %)", "best iteration", "B/op", "a strand needs",
        "floor, ns");
    for (String[] reading : READINGS) {
      JmhCsv.Score time = reference.find(reading[0], "");
      JmhCsv.Score bytes = reference.find(reading[0], PerCall.ALLOCATION);
      if (time == null) {
        table.row(reading[1], "not run", "", "", "", "", "");
        continue;
      }
      table.row(reading[1], JmhCsv.format(time.value), JmhCsv.format(time.error),
          JmhCsv.format(log.best(reading[0])), bytes == null ? "n/a" : JmhCsv.format(bytes.value), "2 per call", JmhCsv.format(2 * time.value));
    }
    return table.render();
  }

  double cost(String reading) throws IOException {
    JmhCsv.Score s = measurements.reference().find(reading, "");
    return s == null ? Double.NaN : s.value;
  }
}
