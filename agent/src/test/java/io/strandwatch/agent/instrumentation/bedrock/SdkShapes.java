package io.strandwatch.agent.instrumentation.bedrock;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stand-ins with the accessor shapes of the AWS SDK model classes the readers reflect on. */
public final class SdkShapes {

  private SdkShapes() {}

  public static final class TokenUsage {
    private final Integer input;
    private final Integer output;
    private final Integer cacheRead;
    private final Integer cacheWrite;

    public TokenUsage(Integer input, Integer output, Integer cacheRead, Integer cacheWrite) {
      this.input = input;
      this.output = output;
      this.cacheRead = cacheRead;
      this.cacheWrite = cacheWrite;
    }

    public Integer inputTokens() {
      return input;
    }

    public Integer outputTokens() {
      return output;
    }

    public Integer cacheReadInputTokens() {
      return cacheRead;
    }

    public Integer cacheWriteInputTokens() {
      return cacheWrite;
    }
  }

  public static final class Metadata {
    private final String requestId;

    public Metadata(String requestId) {
      this.requestId = requestId;
    }

    public String requestId() {
      return requestId;
    }
  }

  public static final class ConverseResponse {
    private final TokenUsage usage;
    private final String requestId;

    public ConverseResponse(TokenUsage usage, String requestId) {
      this.usage = usage;
      this.requestId = requestId;
    }

    public TokenUsage usage() {
      return usage;
    }

    public Metadata responseMetadata() {
      return new Metadata(requestId);
    }
  }

  /** A stream event other than metadata: no usage accessor at all. */
  public static final class ContentBlockDelta {
  }

  public static final class MetadataEvent {
    private final TokenUsage usage;

    public MetadataEvent(TokenUsage usage) {
      this.usage = usage;
    }

    public TokenUsage usage() {
      return usage;
    }
  }

  public static final class Bytes {
    private final byte[] bytes;

    public Bytes(String text) {
      this.bytes = text.getBytes(StandardCharsets.UTF_8);
    }

    public byte[] asByteArrayUnsafe() {
      return bytes;
    }
  }

  public static final class HttpResponse {
    private final Map<String, List<String>> headers;

    public HttpResponse(Map<String, List<String>> headers) {
      this.headers = headers;
    }

    public Map<String, List<String>> headers() {
      return headers;
    }
  }

  public static final class InvokeModelResponse {
    private final Map<String, List<String>> headers;
    private final String body;

    public InvokeModelResponse(Map<String, List<String>> headers, String body) {
      this.headers = headers;
      this.body = body;
    }

    public HttpResponse sdkHttpResponse() {
      return new HttpResponse(headers);
    }

    public Bytes body() {
      return new Bytes(body);
    }

    public Metadata responseMetadata() {
      return new Metadata("req-invoke-1");
    }
  }

  public static final class PayloadPart {
    private final String json;

    public PayloadPart(String json) {
      this.json = json;
    }

    public Bytes bytes() {
      return new Bytes(json);
    }
  }

  public static final class Region {
    private final String id;

    public Region(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public static final class ClientConfiguration {
    private final URI endpointOverride;
    private final Region region;

    public ClientConfiguration(URI endpointOverride, Region region) {
      this.endpointOverride = endpointOverride;
      this.region = region;
    }

    public Optional<URI> endpointOverride() {
      return Optional.ofNullable(endpointOverride);
    }

    public Region region() {
      return region;
    }
  }

  public static final class Client {
    private final ClientConfiguration config;

    public Client(ClientConfiguration config) {
      this.config = config;
    }

    public ClientConfiguration serviceClientConfiguration() {
      return config;
    }
  }

  public static final class Request {
    private final String modelId;

    public Request(String modelId) {
      this.modelId = modelId;
    }

    public String modelId() {
      return modelId;
    }
  }
}
