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
    double[] wall = overheads("sw-wall");
    double[] alloc = overheads("sw-alloc");
    double[] cpu = overheads("sw-cpu");
    double[] sampled = overheads("sw-sampled");
    double cpuReading = reference.cost("currentThreadCpuTime");
    table.row("wall time only ≤ 100 ns/op over no agent", both(wall), met(wall[0] <= 100, wall[1] <= 100));
    double wallBytes = perCall.bytes("sw-wall", BODY, 1);
    table.row("wall time only: 0 B/op in steady state", JmhCsv.format(wallBytes) + " B/op", met(wallBytes < 1));
    table.row("+ allocation ≤ 130 ns/op over no agent", both(alloc), met(alloc[0] <= 130, alloc[1] <= 130));
    double limit = 1.10 * 2 * cpuReading;
    double[] cpuExtra = {cpu[0] - alloc[0], cpu[1] - alloc[1]};
    table.row("CPU every call: its cost over + allocation within 10 % of 2 × getCurrentThreadCpuTime (2 × "
        + ns(cpuReading) + ")", both(cpuExtra), met(cpuExtra[0] <= limit, cpuExtra[1] <= limit));
    double[] sampledExpected = {alloc[0] + 2 * cpuReading / SAMPLE_EVERY, alloc[1] + 2 * cpuReading / SAMPLE_EVERY};
    table.row("CPU sampled (1/" + SAMPLE_EVERY + ") close to the allocation figure: ≤ 1.25 × (allocation + 2 × "
        + "getCurrentThreadCpuTime / " + SAMPLE_EVERY + ") = " + both(sampledExpected), both(sampled),
        met(sampled[0] <= 1.25 * sampledExpected[0], sampled[1] <= 1.25 * sampledExpected[1]));
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
    StringBuilder hung = new StringBuilder();
    for (String config : new String[] {"sw-wall", "sw-alloc", "sw-sampled", "sw-cpu"}) {
      for (int threads : new int[] {1, 2}) {
        for (String body : Measurements.BODIES) {
          if (perCall.hungAfter(config, body, threads) > 0) {
            hung.append(hung.length() == 0 ? "" : ", ").append(config).append(' ').append(body).append(' ')
                .append(threads).append('t');
          }
        }
      }
    }
    table.row("(implicit) every per-call run completes", hung.length() == 0 ? "all completed" : "hung: " + hung,
        met(hung.length() == 0));
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

  /** Overhead over no agent of the mean, and of the best iteration over the best iteration. */
  private double[] overheads(String config) throws IOException {
    return new double[] {perCall.overhead(config, BODY, 1),
        perCall.bestNanos(config, BODY, 1) - perCall.bestNanos("none", BODY, 1)};
  }

  private static String both(double[] meanAndBest) {
    return "mean " + ns(meanAndBest[0]) + " / best " + ns(meanAndBest[1]);
  }

  private static String met(boolean mean, boolean best) {
    return "mean: " + (mean ? "yes" : "**no**") + " / best: " + (best ? "yes" : "**no**");
  }

  private static String ns(double value) {
    return JmhCsv.format(value) + " ns";
  }

  private static String met(boolean condition) {
    return condition ? "yes" : "**no**";
  }
}
