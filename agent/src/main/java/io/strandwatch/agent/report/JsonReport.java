package io.strandwatch.agent.report;

import io.strandwatch.agent.alerts.AlertHistory;
import io.strandwatch.agent.alerts.AlertRecord;
import io.strandwatch.agent.metrics.MeasureTotals;
import io.strandwatch.agent.metrics.ModelTotals;
import io.strandwatch.agent.metrics.RunTotals;
import io.strandwatch.agent.metrics.StrandTotals;
import io.strandwatch.agent.metrics.UsageTotals;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** The end-of-run report as JSON; the format is documented in docs/report.md. */
public final class JsonReport {

  static final int FORMAT_VERSION = 1;

  private JsonReport() {}

  public static String render(RunTotals totals, AlertHistory alerts, long endEpochMillis) {
    JsonWriter w = new JsonWriter();
    w.beginObject();
    w.name("format").value(FORMAT_VERSION);
    w.name("started").value(Instant.ofEpochMilli(totals.startEpochMillis()).toString());
    w.name("ended").value(Instant.ofEpochMilli(endEpochMillis).toString());
    w.name("strands").beginArray();
    for (StrandTotals s : totals.strands()) {
      strand(w, s);
    }
    w.endArray();
    w.name("models").beginArray();
    for (ModelTotals m : totals.models()) {
      w.beginObject();
      w.name("provider").value(m.provider());
      w.name("model").value(m.model());
      w.name("calls").value(m.calls());
      w.name("errors").value(m.errors());
      w.name("error_types").beginObject();
      for (Map.Entry<String, Long> e : m.errorTypes().entrySet()) {
        w.name(e.getKey()).value(e.getValue());
      }
      w.endObject();
      measure(w, "duration", m.duration());
      usage(w, m.usage(), false);
      w.endObject();
    }
    w.endArray();
    w.name("alerts").beginArray();
    for (AlertRecord r : alerts.records()) {
      w.beginObject();
      w.name("rule").value(r.rule());
      w.name("severity").value(r.severity());
      w.name("key").value(r.key());
      w.name("fired").value(Instant.ofEpochMilli(r.firedAtMillis()).toString());
      w.name("resolved");
      if (r.resolvedAtMillis() < 0) {
        w.nullValue();
      } else {
        w.value(Instant.ofEpochMilli(r.resolvedAtMillis()).toString());
      }
      w.name("peak").value(r.peak());
      w.name("peak_text").value(r.peakText());
      w.endObject();
    }
    w.endArray();
    w.name("alerts_dropped").value(alerts.dropped());
    w.endObject();
    return w.toString() + "\n";
  }

  private static void strand(JsonWriter w, StrandTotals s) {
    w.beginObject();
    w.name("name").value(s.name());
    w.name("attributes").beginObject();
    for (Map.Entry<String, String> e : s.attributes().entrySet()) {
      w.name(e.getKey()).value(e.getValue());
    }
    w.endObject();
    w.name("count").value(s.count());
    w.name("errors").value(s.errors());
    w.name("error_types").beginObject();
    for (Map.Entry<String, Long> e : s.errorTypes().entrySet()) {
      w.name(e.getKey()).value(e.getValue());
    }
    w.endObject();
    measure(w, "duration", s.duration());
    measure(w, "cpu", s.cpu());
    measure(w, "allocated", s.allocated());
    w.name("llm_calls").value(s.llm().calls());
    usage(w, s.llm(), true);
    w.endObject();
  }

  private static void usage(JsonWriter w, UsageTotals u, boolean perExecution) {
    w.name("tokens").beginObject();
    for (int i = 0; i < UsageTotals.TOKEN_TYPES.length; i++) {
      w.name(UsageTotals.TOKEN_TYPES[i]);
      if (u.tokensUnknown(i)) {
        w.nullValue();
      } else {
        w.value(u.tokens(i));
      }
    }
    w.name("unavailable").beginObject();
    for (int i = 0; i < UsageTotals.TOKEN_TYPES.length; i++) {
      w.name(UsageTotals.TOKEN_TYPES[i]).value(u.tokensUnavailable(i));
    }
    w.endObject();
    w.endObject();
    w.name("cost").beginObject();
    w.name("usd");
    if (u.costUnknown()) {
      w.nullValue();
    } else {
      w.rawNumber(usd(u.costPico()));
    }
    w.name(perExecution ? "unpriced_executions" : "unpriced_calls").value(u.costUnavailable());
    w.endObject();
  }

  private static void measure(JsonWriter w, String name, MeasureTotals m) {
    w.name(name).beginObject();
    w.name("count").value(m.count());
    w.name("p50").value(m.percentile(50));
    w.name("p90").value(m.percentile(90));
    w.name("p95").value(m.percentile(95));
    w.name("p99").value(m.percentile(99));
    w.name("max").value(m.max());
    w.name("mean").value(m.count() == 0 ? -1 : Math.round(m.mean()));
    w.name("sum").value(m.sum());
    w.name("unavailable").value(m.unavailable());
    w.endObject();
  }

  /** Exact decimal USD from pico-USD. */
  static String usd(long pico) {
    return BigDecimal.valueOf(pico, 12).stripTrailingZeros().toPlainString();
  }
}
