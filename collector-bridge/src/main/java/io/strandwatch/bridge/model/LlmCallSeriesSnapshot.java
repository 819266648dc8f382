package io.strandwatch.bridge.model;

/**
 * One LLM call series over an interval, keyed like the GenAI semantic conventions plus the enclosing strand
 * ({@code null} when the call ran outside any strand; the innermost strand when nested).
 */
public final class LlmCallSeriesSnapshot {

  private final String provider;
  private final String operation;
  private final String requestModel;
  private final String responseModel;
  private final String serverAddress;
  private final int serverPort;
  private final String strandName;
  private final String errorType;
  private final Measure duration;
  private final Measure timeToFirstChunk;
  private final LlmUsage usage;

  public LlmCallSeriesSnapshot(String provider, String operation, String requestModel, String responseModel,
      String serverAddress, int serverPort, String strandName, String errorType, Measure duration,
      Measure timeToFirstChunk, LlmUsage usage) {
    this.provider = provider;
    this.operation = operation;
    this.requestModel = requestModel;
    this.responseModel = responseModel;
    this.serverAddress = serverAddress;
    this.serverPort = serverPort;
    this.strandName = strandName;
    this.errorType = errorType;
    this.duration = duration;
    this.timeToFirstChunk = timeToFirstChunk;
    this.usage = usage;
  }

  /** A {@code gen_ai.provider.name} value such as {@code openai}, {@code anthropic}, {@code aws.bedrock}. */
  public String provider() {
    return provider;
  }

  /** A {@code gen_ai.operation.name} value: {@code chat}, {@code embeddings}, {@code generate_content}, ... */
  public String operation() {
    return operation;
  }

  public String requestModel() {
    return requestModel;
  }

  /** The model the provider reported, or null. */
  public String responseModel() {
    return responseModel;
  }

  public String serverAddress() {
    return serverAddress;
  }

  /** The server port, or -1 when unknown. */
  public int serverPort() {
    return serverPort;
  }

  public String strandName() {
    return strandName;
  }

  /** Null on success; {@code rate_limited}, {@code timeout}, {@code http_5xx}, {@code http_4xx} or a class. */
  public String errorType() {
    return errorType;
  }

  /** Call duration in nanoseconds; its count is the number of calls. */
  public Measure duration() {
    return duration;
  }

  /** Time to the first streamed chunk in nanoseconds; empty for non-streaming calls. */
  public Measure timeToFirstChunk() {
    return timeToFirstChunk;
  }

  /** Tokens and cost per call ({@code calls()} is a plain count). */
  public LlmUsage usage() {
    return usage;
  }
}
