package io.strandwatch.agent.metrics;

import io.strandwatch.bridge.model.LlmUsage;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.util.Map;
import java.util.TreeMap;

/** One strand's totals over the run, all outcomes merged; what the end-of-run report shows per strand. */
public final class StrandTotals {

  private final String name;
  private final Map<String, String> attributes;
  private long errors;
  private final Map<String, Long> errorTypes = new TreeMap<>();
  private final MeasureTotals duration = new MeasureTotals();
  private final MeasureTotals cpu = new MeasureTotals();
  private final MeasureTotals allocated = new MeasureTotals();
  private final UsageTotals llm = new UsageTotals();

  StrandTotals(String name, Map<String, String> attributes) {
    this.name = name;
    this.attributes = attributes;
  }

  void add(StrandSeriesSnapshot s) {
    long n = s.duration().count();
    if (StrandSeriesSnapshot.ERROR.equals(s.outcome())) {
      errors += n;
      errorTypes.merge(s.errorType(), n, Long::sum);
    }
    duration.add(s.duration());
    cpu.add(s.cpuTime());
    allocated.add(s.allocated());
    LlmUsage u = s.llm();
    llm.add(u);
  }

  public String name() {
    return name;
  }

  public Map<String, String> attributes() {
    return attributes;
  }

  public long count() {
    return duration.count();
  }

  public long errors() {
    return errors;
  }

  public Map<String, Long> errorTypes() {
    return errorTypes;
  }

  public MeasureTotals duration() {
    return duration;
  }

  public MeasureTotals cpu() {
    return cpu;
  }

  public MeasureTotals allocated() {
    return allocated;
  }

  public UsageTotals llm() {
    return llm;
  }
}
