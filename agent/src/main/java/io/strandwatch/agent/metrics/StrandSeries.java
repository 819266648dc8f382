package io.strandwatch.agent.metrics;

import io.strandwatch.bridge.model.LlmUsage;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.util.Map;

/**
 * The recorders of one strand series (strand x outcome x error type). Written by application threads at
 * strand exit, drained by the ticker.
 */
public final class StrandSeries {

  public static final String OK = StrandSeriesSnapshot.OK;
  public static final String ERROR = StrandSeriesSnapshot.ERROR;

  private final String strandName;
  private final Map<String, String> attributes;
  private final String outcome;
  private final String errorType;

  final MeasureRecorder duration = new MeasureRecorder();
  final MeasureRecorder cpu = new MeasureRecorder();
  final MeasureRecorder allocated = new MeasureRecorder();
  final LlmUsageRecorder llm = new LlmUsageRecorder(true);

  StrandSeries(String strandName, Map<String, String> attributes, String outcome, String errorType) {
    this.strandName = strandName;
    this.attributes = attributes;
    this.outcome = outcome;
    this.errorType = errorType;
  }

  public String strandName() {
    return strandName;
  }

  public Map<String, String> attributes() {
    return attributes;
  }

  public String outcome() {
    return outcome;
  }

  public String errorType() {
    return errorType;
  }

  public MeasureRecorder duration() {
    return duration;
  }

  public MeasureRecorder cpu() {
    return cpu;
  }

  public MeasureRecorder allocated() {
    return allocated;
  }

  public LlmUsageRecorder llm() {
    return llm;
  }

  /** Drains the interval into a snapshot, or returns null when nothing was recorded. Ticker thread only. */
  StrandSeriesSnapshot drain() {
    io.strandwatch.bridge.model.Measure d = duration.drain();
    io.strandwatch.bridge.model.Measure c = cpu.drain();
    io.strandwatch.bridge.model.Measure a = allocated.drain();
    LlmUsage usage = llm.drain(d.count());
    // An execution ending during the drain can have its duration in the next interval and its CPU, allocation or
    // LLM usage in this one (separate recorders). Those values are in the snapshot even when no duration is, or
    // they would be lost: the run totals stay exact (HotPathLoadTest).
    if (d == io.strandwatch.bridge.model.Measure.EMPTY && c == io.strandwatch.bridge.model.Measure.EMPTY
        && a == io.strandwatch.bridge.model.Measure.EMPTY && usage == LlmUsage.NONE) {
      return null;
    }
    return new StrandSeriesSnapshot(strandName, attributes, outcome, errorType, d, c, a, usage);
  }
}
