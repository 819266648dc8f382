package io.strandwatch.agent.instrumentation.googlegenai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.strandwatch.agent.instrumentation.RecordingCall;
import io.strandwatch.agent.instrumentation.googlegenai.GenAiShapes.ApiClient;
import io.strandwatch.agent.instrumentation.googlegenai.GenAiShapes.Response;
import io.strandwatch.agent.instrumentation.googlegenai.GenAiShapes.UsageMetadata;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GeminiReadersTest {

  private final RecordingCall call = new RecordingCall();

  @Test
  void thinkingIsBilledAsOutputAndReportedAsReasoning() {
    new GeminiResponseReader(false).read(Response.of(UsageMetadata.of(1000, null, 100, 210, 40),
        "gemini-2.5-flash-preview-05-20", "resp-1"), call);
    // promptTokenCount already includes the cached tokens; Gemini reports no cache writes.
    assertEquals(Arrays.asList(1000L, 250L, 100L, -1L, 40L), call.tokens());
    assertEquals("gemini-2.5-flash-preview-05-20", call.responseModel);
    assertEquals("resp-1", call.responseId);
    assertEquals(0, call.firstChunks);
  }

  @Test
  void toolUsePromptTokensAreInput() {
    new GeminiResponseReader(false).read(Response.of(UsageMetadata.of(500, 120, null, 30, null), null, null), call);
    assertEquals(Arrays.asList(620L, 30L, -1L, -1L, -1L), call.tokens());
  }

  @Test
  void streamChunksReplaceEachOtherAndEarlyOnesLeaveOutputUnknown() {
    GeminiResponseReader chunks = new GeminiResponseReader(true);
    chunks.read(Response.of(UsageMetadata.of(1000, null, null, null, null), null, "resp-2"), call);
    assertEquals(Arrays.asList(1000L, -1L, -1L, -1L, -1L), call.tokens());
    chunks.read(Response.of(UsageMetadata.of(1000, null, 100, 210, 40), "gemini-2.5-flash", "resp-2"), call);
    assertEquals(Arrays.asList(1000L, 250L, 100L, -1L, 40L), call.tokens());
    assertEquals(2, call.firstChunks);
  }

  @Test
  void aResponseWithoutUsageLeavesItUnknown() {
    new GeminiResponseReader(false).read(Response.of(null, null, null), call);
    assertEquals(Arrays.asList(-1L, -1L, -1L, -1L, -1L), call.tokens());
    assertNull(call.responseModel);
  }

  @Test
  void geminiApiClientKeepsTheProviderAndReadsTheBaseUrl() {
    new GeminiClientReader().read(new ApiClient(false, null, "http://127.0.0.1:9000/"), call);
    assertNull(call.provider);
    assertEquals("127.0.0.1", call.serverAddress);
    assertEquals(9000, call.serverPort);
  }

  @Test
  void vertexModeIsTheVertexProviderAtItsRegionalEndpoint() {
    new GeminiClientReader().read(new ApiClient(true, "europe-west4", null), call);
    assertEquals("gcp.vertex_ai", call.provider);
    assertEquals("europe-west4-aiplatform.googleapis.com", call.serverAddress);
    assertEquals(443, call.serverPort);
  }

  @Test
  void defaultGeminiEndpoint() {
    new GeminiClientReader().read(new ApiClient(false, null, null), call);
    assertEquals("generativelanguage.googleapis.com", call.serverAddress);
    assertEquals(443, call.serverPort);
  }
}
