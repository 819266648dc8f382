package io.strandwatch.agent.instrumentation.bedrock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.strandwatch.agent.instrumentation.RecordingCall;
import io.strandwatch.agent.instrumentation.bedrock.SdkShapes.ConverseResponse;
import io.strandwatch.agent.instrumentation.bedrock.SdkShapes.InvokeModelResponse;
import io.strandwatch.agent.instrumentation.bedrock.SdkShapes.PayloadPart;
import io.strandwatch.agent.instrumentation.bedrock.SdkShapes.TokenUsage;
import java.net.URI;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BedrockReadersTest {

  private final RecordingCall call = new RecordingCall();

  @Test
  void converseInputIncludesCacheReadsAndWrites() {
    new ConverseReader().read(new ConverseResponse(new TokenUsage(850, 250, 100, 50), "req-1"), call);
    assertEquals(Arrays.asList(1000L, 250L, 100L, 50L, -1L), call.tokens());
    assertEquals("req-1", call.responseId);
  }

  @Test
  void absentCacheCountsAreUnknownAndAddNothing() {
    new ConverseReader().read(new ConverseResponse(new TokenUsage(30, 7, null, null), "req-2"), call);
    assertEquals(Arrays.asList(30L, 7L, -1L, -1L, -1L), call.tokens());
  }

  @Test
  void absentUsageLeavesEverythingUnknown() {
    new ConverseReader().read(new ConverseResponse(null, null), call);
    assertEquals(Arrays.asList(-1L, -1L, -1L, -1L, -1L), call.tokens());
    assertNull(call.responseId);
  }

  @Test
  void theSdksPlaceholderRequestIdIsNoId() {
    new ConverseReader().read(new ConverseResponse(new TokenUsage(1, 1, null, null), "UNKNOWN"), call);
    assertNull(call.responseId);
  }

  @Test
  void converseStreamReadsUsageOnlyFromTheMetadataEvent() {
    ConverseStreamEventReader reader = new ConverseStreamEventReader();
    reader.read(new SdkShapes.ContentBlockDelta(), call);
    assertEquals(Arrays.asList(-1L, -1L, -1L, -1L, -1L), call.tokens());
    reader.read(new SdkShapes.MetadataEvent(new TokenUsage(850, 250, 100, 0)), call);
    assertEquals(Arrays.asList(950L, 250L, 100L, 0L, -1L), call.tokens());
    assertEquals(2, call.firstChunks);
  }

  @Test
  void invokeModelReadsTheTokenCountHeadersWhateverTheirCase() {
    Map<String, List<String>> headers = new TreeMap<>();
    headers.put("x-amzn-bedrock-input-token-count", List.of("850"));
    headers.put("X-Amzn-Bedrock-Output-Token-Count", List.of("250"));
    headers.put("X-Amzn-Bedrock-Cache-Read-Input-Token-Count", List.of("100"));
    String body = "{\"id\":\"msg_bdrk_1\",\"usage\":{\"input_tokens\":1,\"output_tokens\":2}}";
    new InvokeModelReader().read(new InvokeModelResponse(headers, body), call);
    assertEquals(Arrays.asList(950L, 250L, 100L, -1L, -1L), call.tokens());
    assertEquals("msg_bdrk_1", call.responseId);
  }

  @Test
  void invokeModelFallsBackToTheAnthropicBody() {
    String body = "{\"id\":\"msg_bdrk_2\",\"usage\":{\"input_tokens\":850,\"cache_read_input_tokens\":100,"
        + "\"cache_creation_input_tokens\":50,\"output_tokens\":250}}";
    new InvokeModelReader().read(new InvokeModelResponse(Collections.emptyMap(), body), call);
    assertEquals(Arrays.asList(1000L, 250L, 100L, 50L, -1L), call.tokens());
  }

  @Test
  void invokeModelFallsBackToTheLlamaBody() {
    String body = "{\"generation\":\"...\",\"prompt_token_count\":12,\"generation_token_count\":34}";
    new InvokeModelReader().read(new InvokeModelResponse(Collections.emptyMap(), body), call);
    assertEquals(Arrays.asList(12L, 34L, -1L, -1L, -1L), call.tokens());
    assertEquals("req-invoke-1", call.responseId);
  }

  @Test
  void invokeModelWithNeitherHeadersNorUsageIsUnknown() {
    new InvokeModelReader().read(new InvokeModelResponse(Collections.emptyMap(), "not json"), call);
    assertEquals(Arrays.asList(-1L, -1L, -1L, -1L, -1L), call.tokens());
  }

  @Test
  void invokeStreamTakesTheInvocationMetricsOverTheAnthropicEvents() {
    InvokeStreamChunkReader reader = new InvokeStreamChunkReader();
    reader.read(new PayloadPart("{\"type\":\"message_start\",\"message\":{\"id\":\"msg_s\",\"usage\":"
        + "{\"input_tokens\":800,\"cache_read_input_tokens\":100,\"output_tokens\":1}}}"), call);
    assertEquals(Arrays.asList(900L, -1L, 100L, -1L, -1L), call.tokens());
    assertEquals("msg_s", call.responseId);
    reader.read(new PayloadPart("{\"type\":\"message_delta\",\"usage\":{\"output_tokens\":240}}"), call);
    assertEquals(Arrays.asList(900L, 240L, 100L, -1L, -1L), call.tokens());
    reader.read(new PayloadPart("{\"type\":\"message_stop\",\"amazon-bedrock-invocationMetrics\":"
        + "{\"inputTokenCount\":850,\"outputTokenCount\":250,\"cacheReadInputTokenCount\":100,"
        + "\"cacheWriteInputTokenCount\":50,\"invocationLatency\":12}}"), call);
    assertEquals(Arrays.asList(1000L, 250L, 100L, 50L, -1L), call.tokens());
    assertEquals(3, call.firstChunks);
  }

  @Test
  void requestModelIsTheModelIdAsGiven() {
    String arn = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/eu.anthropic.claude-3-haiku-v1:0";
    new BedrockRequestReader().read(new SdkShapes.Request(arn), call);
    assertEquals(arn, call.requestModel);
  }

  @Test
  void serverIsTheEndpointOverrideOrTheRegionalEndpoint() {
    new BedrockClientReader().read(new SdkShapes.Client(new SdkShapes.ClientConfiguration(
        URI.create("http://127.0.0.1:8089"), new SdkShapes.Region("us-east-1"))), call);
    assertEquals("127.0.0.1", call.serverAddress);
    assertEquals(8089, call.serverPort);

    RecordingCall regional = new RecordingCall();
    new BedrockClientReader().read(new SdkShapes.Client(new SdkShapes.ClientConfiguration(
        null, new SdkShapes.Region("eu-west-3"))), regional);
    assertEquals("bedrock-runtime.eu-west-3.amazonaws.com", regional.serverAddress);
    assertEquals(443, regional.serverPort);
  }
}
