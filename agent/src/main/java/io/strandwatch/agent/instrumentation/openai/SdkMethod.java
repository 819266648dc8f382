package io.strandwatch.agent.instrumentation.openai;

/**
 * One SDK service method to instrument: its name, the request params type it takes first (the second parameter is
 * always the SDK's {@code RequestOptions}), the operation, and the keys of the reader and of the wrapper for a
 * deferred result.
 */
public final class SdkMethod {

  final String name;
  final String paramsType;
  final String operation;
  final boolean streaming;
  final String responseKey;
  final String wrapperKey;

  private SdkMethod(String name, String paramsType, String operation, boolean streaming, String responseKey,
      String wrapperKey) {
    this.name = name;
    this.paramsType = paramsType;
    this.operation = operation;
    this.streaming = streaming;
    this.responseKey = responseKey;
    this.wrapperKey = wrapperKey;
  }

  /** A blocking method returning the complete response. */
  public static SdkMethod blocking(String name, String paramsType, String operation, String responseKey) {
    return new SdkMethod(name, paramsType, operation, false, responseKey, null);
  }

  /** A method returning a {@code CompletableFuture} of the response. */
  public static SdkMethod future(String name, String paramsType, String operation, String responseKey,
      String wrapperKey) {
    return new SdkMethod(name, paramsType, operation, false, responseKey, wrapperKey);
  }

  /** A method returning a stream (blocking or asynchronous) of chunks or events. */
  public static SdkMethod stream(String name, String paramsType, String operation, String responseKey,
      String wrapperKey) {
    return new SdkMethod(name, paramsType, operation, true, responseKey, wrapperKey);
  }

  boolean deferred() {
    return wrapperKey != null;
  }
}
