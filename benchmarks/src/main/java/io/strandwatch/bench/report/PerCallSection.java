package io.strandwatch.bench.report;

import java.io.IOException;

/** The per-call tables: every configuration against no agent and against the two peers. */
final class PerCallSection {

  private final PerCall perCall;

  PerCallSection(PerCall perCall) {
    this.perCall = perCall;
  }

  String render() throws IOException {
    StringBuilder out = new StringBuilder();
    for (String body : new String[] {"emptyBody", "workBody"}) {
      for (int threads : new int[] {1, 2}) {
        out.append("\n### ").append(body.equals("emptyBody") ? "Empty body" : "~1 µs body").append(", ")
            .append(threads).append(threads == 1 ? " thread" : " threads").append("\n\n");
        out.append(table(body, threads).render());
      }
    }
    return out.toString();
  }

  private Markdown table(String body, int threads) throws IOException {
    Markdown table = new Markdown("configuration", "ns/op", "± (99.9 %)", "best iteration", "over no agent, ns",
        "best over best, ns", "× no agent",
        "B/op", "OTel overhead ÷ this", "OTel B/op ÷ this", "Micrometer overhead ÷ this");
    double none = perCall.nanos("none", body, threads);
    double noneBest = perCall.bestNanos("none", body, threads);
    double otelOverhead = perCall.overhead("otel", body, threads);
    double otelBytes = perCall.extraBytes("otel", body, threads);
    double micrometerOverhead = perCall.overhead("micrometer", body, threads);
    for (String[] config : Measurements.PER_CALL_CONFIGS) {
      JmhCsv.Score time = perCall.time(config[0], body, threads);
      if (time == null) {
        long hung = perCall.hungAfter(config[0], body, threads);
        table.row(config[1], hung > 0 ? "**HUNG** (killed after " + hung + " s)" : "not run", "", "", "", "", "", "", "", "", "");
        continue;
      }
      double overhead = time.value - none;
      double extraBytes = perCall.extraBytes(config[0], body, threads);
      boolean baseline = config[0].equals("none");
      boolean otel = config[0].equals("otel");
      boolean micrometer = config[0].equals("micrometer");
      double best = perCall.bestNanos(config[0], body, threads);
      table.row(config[1], JmhCsv.format(time.value), JmhCsv.format(time.error), JmhCsv.format(best),
          baseline ? "" : JmhCsv.format(overhead), baseline ? "" : JmhCsv.format(best - noneBest),
          JmhCsv.format(time.value / none),
          JmhCsv.format(perCall.bytes(config[0], body, threads)),
          baseline || otel ? "" : ratio(otelOverhead, overhead), baseline || otel ? "" : ratio(otelBytes, extraBytes),
          baseline || micrometer ? "" : ratio(micrometerOverhead, overhead));
    }
    return table;
  }

  /** "how many times more the peer costs"; a cost below measurement noise reads as "this costs ~0". */
  static String ratio(double peer, double ours) {
    if (Double.isNaN(peer) || Double.isNaN(ours)) {
      return "n/a";
    }
    if (ours < 0.5) {
      return peer < 0.5 ? "both ~0" : "∞ (this ~0)";
    }
    return JmhCsv.format(peer / ours) + "×";
  }
}
