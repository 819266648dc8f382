package io.strandwatch.agent.instrumentation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An {@link LlmCallView} that keeps what readers and wrappers report, merged like the recorder merges it (a value
 * reported as unknown never overwrites a known one), for the SDK instrumentations' tests.
 */
public final class RecordingCall implements LlmCallView {

  public final long[] tokens = {-1, -1, -1, -1, -1};
  public int firstChunks;
  /** How many times a reader reported usage at all (an empty chunk must not). */
  public int usageReports;
  public String provider;
  public String requestModel;
  public String responseModel;
  public String serverAddress;
  public int serverPort = -1;
  public String responseId;
  public final List<String> ends = new ArrayList<>();

  @Override
  public boolean streaming() {
    return false;
  }

  @Override
  public void firstChunk() {
    firstChunks++;
  }

  @Override
  public void usage(long input, long output, long cacheRead, long cacheWrite, long reasoning) {
    usageReports++;
    long[] values = {input, output, cacheRead, cacheWrite, reasoning};
    for (int i = 0; i < values.length; i++) {
      if (values[i] >= 0) {
        tokens[i] = values[i];
      }
    }
  }

  @Override
  public void response(String responseModel, String responseId) {
    if (responseModel != null) {
      this.responseModel = responseModel;
    }
    if (responseId != null) {
      this.responseId = responseId;
    }
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
    ends.add(String.valueOf(errorType));
  }

  /** input, output, cache read, cache write, reasoning. */
  public List<Long> tokens() {
    return Arrays.asList(tokens[0], tokens[1], tokens[2], tokens[3], tokens[4]);
  }
}
