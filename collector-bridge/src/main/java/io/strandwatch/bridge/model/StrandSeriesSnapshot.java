package io.strandwatch.bridge.model;

import java.util.Map;

/**
 * One strand series (strand x outcome x error type) over one interval. Every measure is per execution and
 * inclusive: an execution's tokens and cost include those of strands nested in it.
 */
public final class StrandSeriesSnapshot {

  public static final String OK = "ok";
  public static final String ERROR = "error";

  private final String strandName;
  private final Map<String, String> attributes;
  private final String outcome;
  private final String errorType;
  private final Measure duration;
  private final Measure cpuTime;
  private final Measure allocated;
  private final LlmUsage llm;

  public StrandSeriesSnapshot(String strandName, Map<String, String> attributes, String outcome, String errorType,
      Measure duration, Measure cpuTime, Measure allocated, LlmUsage llm) {
    this.strandName = strandName;
    this.attributes = attributes;
    this.outcome = outcome;
    this.errorType = errorType;
    this.duration = duration;
    this.cpuTime = cpuTime;
    this.allocated = allocated;
    this.llm = llm;
  }

  public String strandName() {
    return strandName;
  }

  /** The annotation's {@code key=value} attributes; immutable. */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** {@link #OK} or {@link #ERROR}. */
  public String outcome() {
    return outcome;
  }

  /** The exception class name for errors, null for ok. */
  public String errorType() {
    return errorType;
  }

  /** Wall time per execution, nanoseconds; its count is the number of executions in the interval. */
  public Measure duration() {
    return duration;
  }

  /** Thread CPU time per execution, nanoseconds (unavailable on virtual threads; not sampled: neither). */
  public Measure cpuTime() {
    return cpuTime;
  }

  /** Bytes allocated by the executing thread per execution. */
  public Measure allocated() {
    return allocated;
  }

  /** LLM calls, tokens and cost per execution. */
  public LlmUsage llm() {
    return llm;
  }
}
