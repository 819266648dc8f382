package io.strandwatch.simulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behavior selection, the request log, timing and the raw wire, with the JDK HTTP client only. */
class LlmSimulatorTest {

    private static LlmSimulator sim;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        sim = LlmSimulator.start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void reset() {
        sim.reset();
        sim.clearRequests();
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                .header("x-api-key", "any")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> chat(String model) throws Exception {
        return post("/v1/chat/completions", "{\"model\":\"" + model + "\",\"messages\":[]}");
    }

    @Test
    void queueBeatsRulesWhichBeatTheFunctionWhichBeatsTheDefault() throws Exception {
        sim.setDefault(Behavior.builder().usage(1, 1).build());
        sim.behaviorFunction(request -> request.model().equals("fn") ? Behavior.builder().usage(2, 2).build() : null);
        sim.when(model -> model.startsWith("rule"), Behavior.builder().usage(3, 3).build());
        sim.enqueue(Behavior.builder().usage(4, 4).build());

        assertTrue(chat("rule-a").body().contains("\"prompt_tokens\":4"));
        assertTrue(chat("rule-a").body().contains("\"prompt_tokens\":3"));
        assertTrue(chat("fn").body().contains("\"prompt_tokens\":2"));
        assertTrue(chat("other").body().contains("\"prompt_tokens\":1"));
        assertEquals(0, sim.queuedBehaviors());
    }

    @Test
    void requestRulesSeeProviderAndStreaming() throws Exception {
        sim.whenRequest(r -> r.provider() == Provider.ANTHROPIC && r.streaming(), Behavior.error(529));
        assertEquals(529, post("/v1/messages", "{\"model\":\"claude\",\"stream\":true}").statusCode());
        assertEquals(200, post("/v1/messages", "{\"model\":\"claude\"}").statusCode());
    }

    @Test
    void requestLogRecordsWhatWasAskedAndAnswered() throws Exception {
        Instant before = Instant.now();
        sim.enqueue(Behavior.error(503));
        chat("gpt-a");
        post("/v1/messages", "{\"model\":\"claude-b\",\"stream\":true}");

        List<RecordedRequest> log = sim.requests();
        assertEquals(2, log.size());
        assertEquals(Provider.OPENAI, log.get(0).provider());
        assertEquals(503, log.get(0).status());
        assertEquals(null, log.get(0).responseId());
        assertEquals("claude-b", log.get(1).model());
        assertTrue(log.get(1).streaming());
        assertTrue(log.get(1).responseId().startsWith("msg_"));
        assertFalse(log.get(0).receivedAt().isBefore(before));

        sim.clearRequests();
        assertTrue(sim.requests().isEmpty());
    }

    @Test
    void firstByteLatencyAndChunkDelayAreHonoured() throws Exception {
        sim.setDefault(Behavior.builder().firstByteLatency(Duration.ofMillis(300)).chunkDelay(Duration.ofMillis(100))
                .streamChunks(3).build());
        long start = System.nanoTime();
        HttpResponse<String> response = post("/v1/chat/completions", "{\"model\":\"m\",\"stream\":true}");
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        // role chunk, 3 content chunks, finish chunk, [DONE]: 5 gaps of 100 ms after 300 ms
        assertTrue(elapsedMillis >= 800, "took " + elapsedMillis + " ms");
        assertTrue(response.body().endsWith("data: [DONE]\n\n"));
    }

    @Test
    void anthropicStreamHasTheRealEventSequenceIncludingPing() throws Exception {
        sim.setDefault(Behavior.builder().streamChunks(2).build());
        String body = post("/v1/messages", "{\"model\":\"claude\",\"stream\":true}").body();
        List<String> events = body.lines().filter(l -> l.startsWith("event: "))
                .map(l -> l.substring(7)).collect(Collectors.toList());
        assertEquals(List.of("message_start", "content_block_start", "ping", "content_block_delta",
                "content_block_delta", "content_block_stop", "message_delta", "message_stop"), events);
    }

    @Test
    void anthropicRequiresSomeCredential() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/v1/messages"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"claude\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("authentication_error"));
    }

    @Test
    void ollamaChatStreamsNdjsonByDefault() throws Exception {
        sim.setDefault(Behavior.builder().usage(26, 298).streamChunks(2).build());
        HttpResponse<String> streamed = post("/api/chat", "{\"model\":\"llama3.2\",\"messages\":[]}");
        List<String> lines = streamed.body().lines().collect(Collectors.toList());
        assertEquals(3, lines.size());
        Map<?, ?> last = (Map<?, ?>) Json.parse(lines.get(2));
        assertEquals(true, last.get("done"));
        assertEquals(26L, last.get("prompt_eval_count"));
        assertEquals(298L, last.get("eval_count"));
        assertEquals("application/x-ndjson", streamed.headers().firstValue("Content-Type").orElseThrow());

        Map<?, ?> whole = (Map<?, ?>) Json.parse(post("/api/chat",
                "{\"model\":\"llama3.2\",\"stream\":false}").body());
        assertEquals(Behavior.DEFAULT_TEXT, Json.path(whole, "message", "content"));
        assertEquals(Provider.OLLAMA, sim.requests().get(1).provider());
        assertFalse(sim.requests().get(1).streaming());
    }

    @Test
    void truncatedStreamIsCutWithoutTheFinalChunk() throws Exception {
        sim.setDefault(Behavior.builder().truncateAfterEvents(1).build());
        assertThrows(IOException.class, () -> post("/v1/chat/completions", "{\"model\":\"m\",\"stream\":true}"));
        assertEquals(200, sim.requests().get(0).status());
    }

    @Test
    void unknownPathsAnswer404AndAreNotLogged() throws Exception {
        assertEquals(404, post("/v2/nothing", "{}").statusCode());
        assertEquals(400, post("/v1/chat/completions", "{not json").statusCode());
        assertTrue(sim.requests().isEmpty());
    }

    @Test
    void mainServesOnTheGivenPort() throws Exception {
        Process process = new ProcessBuilder(
                System.getProperty("java.home") + "/bin/java", "-cp", System.getProperty("java.class.path"),
                SimulatorMain.class.getName(), "--port", "0").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertTrue(line.startsWith("LLM simulator listening on http://127.0.0.1:"), line);
            String url = line.substring("LLM simulator listening on ".length());
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/v1/chat/completions"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
        } finally {
            process.destroy();
            assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        }
    }
}
