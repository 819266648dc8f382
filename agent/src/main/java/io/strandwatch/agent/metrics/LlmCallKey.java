package io.strandwatch.agent.metrics;

import java.util.Objects;

/** The attributes that make an LLM call series distinct. */
public final class LlmCallKey {

  final String provider;
  final String operation;
  final String requestModel;
  final String responseModel;
  final String serverAddress;
  final int serverPort;
  final String strandName;
  final String errorType;
  private final int hash;

  public LlmCallKey(String provider, String operation, String requestModel, String responseModel,
      String serverAddress, int serverPort, String strandName, String errorType) {
    this.provider = provider;
    this.operation = operation;
    this.requestModel = requestModel;
    this.responseModel = responseModel;
    this.serverAddress = serverAddress;
    this.serverPort = serverPort;
    this.strandName = strandName;
    this.errorType = errorType;
    this.hash = Objects.hash(provider, operation, requestModel, responseModel, serverAddress, serverPort,
        strandName, errorType);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LlmCallKey)) {
      return false;
    }
    LlmCallKey k = (LlmCallKey) o;
    return hash == k.hash && serverPort == k.serverPort && Objects.equals(provider, k.provider)
        && Objects.equals(operation, k.operation) && Objects.equals(requestModel, k.requestModel)
        && Objects.equals(responseModel, k.responseModel) && Objects.equals(serverAddress, k.serverAddress)
        && Objects.equals(strandName, k.strandName) && Objects.equals(errorType, k.errorType);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
