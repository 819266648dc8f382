package io.strandwatch.bench.report;

import java.io.IOException;
import java.util.Map;

/** Each goal of the overhead issue against what was measured (empty body, one thread, unless stated). */
final class TargetsSection {

  private static final String BODY = "emptyBody";
  /** measure.cpu.sample-every's default. */
  private static final int SAMPLE_EVERY = 16;

  private final Measurements measurements;
  private final PerCall perCall;
  private final ReferenceSection reference;
  private final MemorySection memory;
  private final SnapshotSection snapshot;

  TargetsSection(Measurements measurements, PerCall perCall, ReferenceSection reference, MemorySection memory,
      SnapshotSection snapshot) {
    this.measurements = measurements;
    this.perCall = perCall;
    this.reference = reference;
    this.memory = memory;
    this.snapshot = snapshot;
  }

  String render() throws IOException {
    Markdown table = new Markdown("goal", "measured", "met");
    double wall = perCall.overhead("sw-wall", BODY, 1);
    double alloc = perCall.overhead("sw-alloc", BODY, 1);
    double cpu = perCall.overhead("sw-cpu", BODY, 1);
    double sampled = perCall.overhead("sw-sampled", BODY, 1);
    double cpuReading = reference.cost("currentThreadCpuTime");
    table.row("wall time only ≤ 100 ns/op over no agent", ns(wall), met(wall <= 100));
    double wallBytes = perCall.bytes("sw-wall", BODY, 1);
    table.row("wall time only: 0 B/op in steady state", JmhCsv.format(wallBytes) + " B/op", met(wallBytes < 1));
    table.row("+ allocation ≤ 130 ns/op over no agent", ns(alloc), met(alloc <= 130));
    double cpuExtra = cpu - alloc;
    table.row("CPU every call: its extra cost within 10 % of 2 × getCurrentThreadCpuTime ("
        + ns(2 * cpuReading) + ")", ns(cpuExtra) + " = " + JmhCsv.format(cpuExtra / (2 * cpuReading))
        + " × the two readings", met(cpuExtra <= 1.10 * 2 * cpuReading));
    double sampledExpected = alloc + 2 * cpuReading / SAMPLE_EVERY;
    table.row("CPU sampled (1/" + SAMPLE_EVERY + ") close to the allocation figure (expected ≈ " + ns(sampledExpected)
        + "; goal within 25 %)", ns(sampled), met(sampled <= 1.25 * sampledExpected));
    double otel = perCall.overhead("otel", BODY, 1);
    double otelBytes = perCall.extraBytes("otel", BODY, 1);
    for (String[] mode : new String[][] {{"sw-wall", "wall only"}, {"sw-alloc", "+ allocation"},
        {"sw-sampled", "+ CPU sampled"}, {"sw-cpu", "+ CPU every call (default)"}}) {
      double ours = perCall.overhead(mode[0], BODY, 1);
      double ourBytes = perCall.extraBytes(mode[0], BODY, 1);
      table.row("≥ 5× less time and allocation than @WithSpan (OTel: " + ns(otel) + ", "
          + JmhCsv.format(otelBytes) + " B/op), " + mode[1],
          PerCallSection.ratio(otel, ours) + " time, " + PerCallSection.ratio(otelBytes, ourBytes) + " bytes",
          met(otel >= 5 * ours && (ourBytes < 1 || otelBytes >= 5 * ourBytes)));
    }
    Map<String, String[]> startup = measurements.table("startup.csv");
    String[] sw = startup.get("strandwatch");
    double added = sw == null ? Double.NaN : Double.parseDouble(sw[5]) - StartupSection.addedBase(startup);
    table.row("start-up ≤ 300 ms added to a hello-world (median, to the first strand)", JmhCsv.format(added) + " ms",
        met(added <= 300));
    double perSeries = memory.bytesPerStrandSeries();
    table.row("≤ 50 KB per strand series", MemorySection.kb(perSeries), met(perSeries <= 50 * 1024));
    double tick = snapshot.tickMillis();
    table.row("snapshot of 10,000 series < 100 ms", JmhCsv.format(tick) + " ms", met(tick < 100));
    return table.render();
  }

  private static String ns(double value) {
    return JmhCsv.format(value) + " ns";
  }

  private static String met(boolean condition) {
    return condition ? "yes" : "**no**";
  }
}
