package io.strandwatch.agent.instrumentation.ollama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.instrumentation.RecordingCall;
import io.strandwatch.agent.instrumentation.ollama.OllamaShapes.ChatRequest;
import io.strandwatch.agent.instrumentation.ollama.OllamaShapes.ChatResult;
import io.strandwatch.agent.instrumentation.ollama.OllamaShapes.EndpointCaller;
import io.strandwatch.agent.instrumentation.ollama.OllamaShapes.FieldOnlyRequest;
import io.strandwatch.agent.instrumentation.ollama.OllamaShapes.ResponseModel;
import java.util.Arrays;
import java.util.List;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import org.junit.jupiter.api.Test;

class OllamaReadersTest {

  private final RecordingCall call = new RecordingCall();

  @Test
  void promptAndEvalCountsAreInputAndOutputAndTheRestIsUnknown() {
    new ChatResultReader().read(new ChatResult(new ResponseModel("llama3.2:3b", 1200, 340)), call);
    assertEquals(Arrays.asList(1200L, 340L, -1L, -1L, -1L), call.tokens());
    assertEquals("llama3.2:3b", call.responseModel);
    assertNull(call.responseId, "Ollama has no response id");
    assertTrue(call.ends.isEmpty(), "the advice ends the call, not the reader");
  }

  @Test
  void absentCountsAreUnknownNotZero() {
    new ChatResultReader().read(new ChatResult(new ResponseModel("llama3.2", null, null)), call);
    assertEquals(Arrays.asList(-1L, -1L, -1L, -1L, -1L), call.tokens());
    assertEquals("llama3.2", call.responseModel);

    RecordingCall promptCached = new RecordingCall();
    new ChatResultReader().read(new ChatResult(new ResponseModel("llama3.2", null, 12)), promptCached);
    assertEquals(Arrays.asList(-1L, 12L, -1L, -1L, -1L), promptCached.tokens());
  }

  @Test
  void aResultWithoutResponseOrOfAnotherShapeReadsNothing() {
    new ChatResultReader().read(new ChatResult(null), call);
    new ChatResultReader().read("not a result", call);
    assertEquals(Arrays.asList(-1L, -1L, -1L, -1L, -1L), call.tokens());
    assertNull(call.responseModel);
  }

  @Test
  void requestModelFromTheRequestOnly() {
    new ChatRequestReader().read(new ChatRequest("qwen3:8b", true), call);
    assertEquals("qwen3:8b", call.requestModel);
  }

  @Test
  void serverFromTheClientsHostUrl() {
    new ServerReader().read(new EndpointCaller("http://localhost:11434"), call);
    assertEquals("localhost", call.serverAddress);
    assertEquals(11434, call.serverPort);
  }

  @Test
  void aHostUrlWithoutPortUsesItsSchemesAndCredentialsAreNotKept() {
    new ServerReader().read(new EndpointCaller("https://user:secret@ollama.example.com"), call);
    assertEquals("ollama.example.com", call.serverAddress);
    assertEquals(443, call.serverPort);

    RecordingCall plain = new RecordingCall();
    new ServerReader().read(new EndpointCaller("http://10.0.0.7/ollama"), plain);
    assertEquals("10.0.0.7", plain.serverAddress);
    assertEquals(80, plain.serverPort);
  }

  @Test
  void anUnparsableHostLeavesTheServerUnknown() {
    new ServerReader().read(new EndpointCaller("not a url"), call);
    new ServerReader().read(new EndpointCaller(null), call);
    assertNull(call.serverAddress);
    assertEquals(-1, call.serverPort);
  }

  @Test
  void errorStatusesEndTheCallWithTheirType() {
    List<Integer> statuses = Arrays.asList(429, 500, 503, 504, 404, 400, 302);
    for (int status : statuses) {
      new StatusReader().read(status, call);
    }
    // 302 has no error type: the exception callSync throws next classifies it.
    assertEquals(Arrays.asList("rate_limited", "http_5xx", "http_5xx", "timeout", "http_4xx", "http_4xx"), call.ends);
  }

  @Test
  void theStreamFlagIsTheInheritedGetter() {
    MethodDescription.InDefinedShape getter =
        RequestStreamingMapping.isStream(TypeDescription.ForLoadedType.of(ChatRequest.class));
    assertNotNull(getter);
    assertEquals(OllamaShapes.CommonRequest.class.getName(), getter.getDeclaringType().getName());
    assertNull(RequestStreamingMapping.isStream(TypeDescription.ForLoadedType.of(FieldOnlyRequest.class)));
  }
}
