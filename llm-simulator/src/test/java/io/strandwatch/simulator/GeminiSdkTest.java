package io.strandwatch.simulator;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.genai.Client;
import com.google.genai.ResponseStream;
import com.google.genai.errors.ClientException;
import com.google.genai.errors.GenAiIOException;
import com.google.genai.errors.ServerException;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.GenerateContentResponseUsageMetadata;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import com.google.genai.types.Tool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real google-genai SDK against the simulator. Public: the SDK's function calling invokes {@link #getWeather}. */
public class GeminiSdkTest {

    /** Normalized: input 1000 of which 100 cached; output 250 of which 40 thinking: candidates are 210. */
    private static final TokenUsage FULL = TokenUsage.of(1000, 250, 100, null, 40);
    private static final String MODEL = "gemini-2.5-flash";
    private static final List<String> WEATHER_CALLS = new CopyOnWriteArrayList<>();

    private static LlmSimulator sim;
    private static Client client;

    @BeforeAll
    static void start() {
        sim = LlmSimulator.start();
        client = Client.builder().apiKey("any").vertexAI(false)
                .httpOptions(HttpOptions.builder().baseUrl(sim.geminiBaseUrl())
                        .retryOptions(HttpRetryOptions.builder().attempts(1).build()).build())
                .build();
    }

    @AfterAll
    static void stop() {
        client.close();
        sim.close();
    }

    @BeforeEach
    void reset() {
        sim.reset();
        sim.clearRequests();
        WEATHER_CALLS.clear();
    }

    /** Called by the SDK's automatic function calling; bound by parameter name (compiled with -parameters). */
    public static String getWeather(String city) {
        WEATHER_CALLS.add(city);
        return "Sunny in " + city;
    }

    @Test
    void generateContentReportsUsageMetadataAndModelVersion() {
        sim.setDefault(Behavior.builder().usage(FULL).responseModel("gemini-2.5-flash-preview-05-20").build());
        GenerateContentResponse response = client.models.generateContent(MODEL, "Say hello", null);
        GenerateContentResponseUsageMetadata usage = response.usageMetadata().orElseThrow();
        assertEquals(Optional.of(1000), usage.promptTokenCount());
        assertEquals(Optional.of(100), usage.cachedContentTokenCount());
        assertEquals(Optional.of(210), usage.candidatesTokenCount());
        assertEquals(Optional.of(40), usage.thoughtsTokenCount());
        assertEquals(Optional.of(1250), usage.totalTokenCount());
        assertEquals(Optional.of("gemini-2.5-flash-preview-05-20"), response.modelVersion());
        assertEquals(Behavior.DEFAULT_TEXT, response.text());

        RecordedRequest recorded = sim.requests().get(0);
        assertEquals(Provider.GEMINI, recorded.provider());
        assertEquals(MODEL, recorded.model());
        assertEquals("/v1beta/models/gemini-2.5-flash:generateContent", recorded.path());
    }

    @Test
    void vertexAiModeUsesTheProjectAndLocationPathsWithTheSameBodies() {
        sim.setDefault(Behavior.builder().usage(FULL).build());
        // A token that is already there: the SDK never asks Google for one.
        GoogleCredentials token = GoogleCredentials.create(
                new AccessToken("vertex-test-token", new Date(System.currentTimeMillis() + 3_600_000)));
        try (Client vertex = Client.builder().vertexAI(true).project("acme-prod").location("us-central1")
                .credentials(token).httpOptions(HttpOptions.builder().baseUrl(sim.geminiBaseUrl())
                        .retryOptions(HttpRetryOptions.builder().attempts(1).build()).build())
                .build()) {
            GenerateContentResponse response = vertex.models.generateContent(MODEL, "Say hello", null);
            assertEquals(Optional.of(1000), response.usageMetadata().orElseThrow().promptTokenCount());
        }
        RecordedRequest recorded = sim.requests().get(0);
        assertEquals(Provider.VERTEX_AI, recorded.provider());
        assertEquals(MODEL, recorded.model());
        assertEquals("/v1beta1/projects/acme-prod/locations/us-central1/publishers/google/models/"
                + "gemini-2.5-flash:generateContent", recorded.path());
    }

    @Test
    void omittedCountsReadAsAbsent() {
        sim.setDefault(Behavior.withUsage(TokenUsage.of(12, 3)));
        GenerateContentResponseUsageMetadata usage = client.models.generateContent(MODEL, "hi", null)
                .usageMetadata().orElseThrow();
        assertEquals(Optional.of(12), usage.promptTokenCount());
        assertEquals(Optional.of(3), usage.candidatesTokenCount());
        assertEquals(Optional.empty(), usage.cachedContentTokenCount());
        assertEquals(Optional.empty(), usage.thoughtsTokenCount());

        sim.setDefault(Behavior.withUsage(TokenUsage.absent()));
        assertEquals(Optional.empty(), client.models.generateContent(MODEL, "hi", null).usageMetadata());
    }

    @Test
    void streamingLastChunkCarriesTheFullUsage() {
        sim.setDefault(Behavior.builder().usage(FULL).streamChunks(3).build());
        List<GenerateContentResponse> chunks = new ArrayList<>();
        try (ResponseStream<GenerateContentResponse> stream =
                     client.models.generateContentStream(MODEL, "Say hello", null)) {
            stream.forEach(chunks::add);
        }
        assertEquals(3, chunks.size());
        assertEquals(Behavior.DEFAULT_TEXT, chunks.stream().map(GenerateContentResponse::text)
                .collect(Collectors.joining()));
        assertEquals(Optional.empty(), chunks.get(0).usageMetadata().orElseThrow().candidatesTokenCount());
        GenerateContentResponseUsageMetadata last = chunks.get(2).usageMetadata().orElseThrow();
        assertEquals(Optional.of(1000), last.promptTokenCount());
        assertEquals(Optional.of(210), last.candidatesTokenCount());
        assertEquals(Optional.of(1250), last.totalTokenCount());
        assertTrue(sim.requests().get(0).streaming());
        assertTrue(sim.requests().get(0).path().endsWith(":streamGenerateContent"));
    }

    @Test
    void asyncGenerateContentAndStream() throws Exception {
        sim.setDefault(Behavior.withUsage(FULL));
        GenerateContentResponse response = client.async.models.generateContent(MODEL, "hi", null)
                .get(10, TimeUnit.SECONDS);
        assertEquals(Optional.of(1000), response.usageMetadata().orElseThrow().promptTokenCount());

        List<GenerateContentResponse> chunks = new ArrayList<>();
        try (ResponseStream<GenerateContentResponse> stream =
                     client.async.models.generateContentStream(MODEL, "hi", null).get(10, TimeUnit.SECONDS)) {
            stream.forEach(chunks::add);
        }
        assertEquals(Optional.of(210), chunks.get(chunks.size() - 1).usageMetadata().orElseThrow()
                .candidatesTokenCount());
    }

    @Test
    void automaticFunctionCallingMakesTwoHttpCalls() throws Exception {
        sim.enqueue(Behavior.builder().toolCall("getWeather", "{\"city\":\"Paris\"}").usage(50, 5).build());
        sim.setDefault(Behavior.builder().usage(80, 20).text("It is sunny in Paris.").build());
        GenerateContentConfig config = GenerateContentConfig.builder()
                .tools(Tool.builder().functions(GeminiSdkTest.class.getMethod("getWeather", String.class)).build())
                .build();

        GenerateContentResponse response = client.models.generateContent(MODEL, "Weather in Paris?", config);

        assertEquals(List.of("Paris"), WEATHER_CALLS);
        assertEquals("It is sunny in Paris.", response.text());
        assertEquals(Optional.of(80), response.usageMetadata().orElseThrow().promptTokenCount());
        assertEquals(2, sim.requests().size());
        assertTrue(response.automaticFunctionCallingHistory().orElseThrow().size() >= 2);
    }

    @Test
    void errorStatusesSurfaceAsTheSdksExceptions() {
        sim.enqueue(Behavior.error(429), Behavior.error(500), Behavior.error(503));
        ClientException rateLimited = assertThrows(ClientException.class,
                () -> client.models.generateContent(MODEL, "hi", null));
        assertEquals(429, rateLimited.code());
        assertEquals("RESOURCE_EXHAUSTED", rateLimited.status());
        assertEquals(500, assertThrows(ServerException.class,
                () -> client.models.generateContent(MODEL, "hi", null)).code());
        ServerException unavailable = assertThrows(ServerException.class,
                () -> client.models.generateContent(MODEL, "hi", null));
        assertEquals("UNAVAILABLE", unavailable.status());
    }

    @Test
    void truncatedStreamSurfacesAsAnError() {
        sim.setDefault(Behavior.builder().streamChunks(4).truncateAfterEvents(2).build());
        List<GenerateContentResponse> chunks = new ArrayList<>();
        assertThrows(GenAiIOException.class, () -> {
            try (ResponseStream<GenerateContentResponse> stream =
                         client.models.generateContentStream(MODEL, "hi", null)) {
                stream.forEach(chunks::add);
            }
        });
        // The SDK reads one chunk ahead, so the cut after 2 events surfaces after the first.
        assertEquals(1, chunks.size());
    }

    @Test
    void malformedBodyFails() {
        sim.setDefault(Behavior.builder().malformedBody(true).build());
        assertThrows(RuntimeException.class, () -> client.models.generateContent(MODEL, "hi", null));
    }
}
