package io.strandwatch.agent.core;

import io.strandwatch.agent.instrumentation.LlmCallView;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One provider request in flight: what it was started with, the strand frames open on the thread that
 * started it (so usage is attributed there even when the response arrives on another thread), and what the
 * response reported so far. Ended exactly once.
 */
final class LlmCall implements LlmCallView {

  // Not final: an instrumentation may refine them from SDK objects right after start (LlmCallView#request).
  volatile String provider;
  final String operation;
  volatile String requestModel;
  volatile String serverAddress;
  volatile int serverPort;
  final boolean streaming;
  final long startNanos;
  final StrandFrame[] frames;
  final String strandName;
  /** The thread that started the call: a framework's request made on another one belongs to these frames. */
  final long threadId = Thread.currentThread().getId();

  final long[] tokens = {-1, -1, -1, -1, -1};
  volatile boolean usageReported;
  volatile String responseModel;
  volatile String responseId;
  volatile long firstChunkNanos;
  final AtomicBoolean ended = new AtomicBoolean();
  /** A framework's call inside which an SDK call started on the same thread: that one counts, this one not. */
  volatile boolean delegated;
  /** The framework call this one, itself a framework call, was started in (restored when it is left). */
  LlmCall enclosingFramework;
  private final LlmRecorder recorder;

  LlmCall(String provider, String operation, String requestModel, String serverAddress, int serverPort,
      boolean streaming, long startNanos, StrandFrame[] frames, LlmRecorder recorder) {
    this.recorder = recorder;
    this.provider = provider;
    this.operation = operation;
    this.requestModel = requestModel;
    this.serverAddress = serverAddress;
    this.serverPort = serverPort;
    this.streaming = streaming;
    this.startNanos = startNanos;
    this.frames = frames;
    this.strandName = frames.length == 0 ? null : frames[frames.length - 1].definition.name();
  }

  @Override
  public boolean streaming() {
    return streaming;
  }

  @Override
  public void firstChunk() {
    recorder.firstChunk(this);
  }

  @Override
  public void usage(long input, long output, long cacheRead, long cacheWrite, long reasoning) {
    recorder.usage(this, input, output, cacheRead, cacheWrite, reasoning);
  }

  @Override
  public void enterFramework() {
    recorder.enterFramework(this);
  }

  @Override
  public void leaveFramework() {
    recorder.leaveFramework(this);
  }

  @Override
  public void response(String responseModel, String responseId) {
    recorder.response(this, responseModel, responseId);
  }

  @Override
  public void request(String provider, String requestModel, String serverAddress, int serverPort) {
    if (provider != null) {
      this.provider = provider;
    }
    if (requestModel != null) {
      this.requestModel = requestModel;
    }
    if (serverAddress != null) {
      this.serverAddress = serverAddress;
    }
    if (serverPort >= 0) {
      this.serverPort = serverPort;
    }
  }

  @Override
  public void end(String errorType) {
    recorder.end(this, errorType);
  }
}
