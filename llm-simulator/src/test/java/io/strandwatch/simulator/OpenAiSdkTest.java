package io.strandwatch.simulator;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientAsync;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.client.okhttp.OpenAIOkHttpClientAsync;
import com.openai.core.http.AsyncStreamResponse;
import com.openai.core.http.StreamResponse;
import com.openai.errors.InternalServerException;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnexpectedStatusCodeException;
import com.openai.models.ResponsesModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.completions.CompletionUsage;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseStreamEvent;
import com.openai.models.responses.ResponseUsage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ProtocolException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real openai-java SDK against the simulator: proves the OpenAI wire format is what the SDK parses. */
class OpenAiSdkTest {

    private static final TokenUsage FULL = TokenUsage.of(1000, 250, 100, 0, 40);

    private static LlmSimulator sim;
    private static OpenAIClient client;
    private static OpenAIClientAsync asyncClient;

    @BeforeAll
    static void start() {
        sim = LlmSimulator.start();
        client = OpenAIOkHttpClient.builder().baseUrl(sim.openAiBaseUrl()).apiKey("any").maxRetries(0).build();
        asyncClient = OpenAIOkHttpClientAsync.builder().baseUrl(sim.openAiBaseUrl()).apiKey("any").maxRetries(0)
                .build();
    }

    @AfterAll
    static void stop() {
        client.close();
        asyncClient.close();
        sim.close();
    }

    @BeforeEach
    void reset() {
        sim.reset();
        sim.clearRequests();
    }

    private static ChatCompletionCreateParams chat(String model) {
        return ChatCompletionCreateParams.builder().model(model).addUserMessage("Say hello").build();
    }

    @Test
    void chatCompletionReportsExactUsageModelAndId() {
        sim.setDefault(Behavior.builder().usage(FULL).snapshotDate("2024-08-06").responseId("chatcmpl-fixed").build());

        ChatCompletion completion = client.chat().completions().create(chat("gpt-4o"));

        CompletionUsage usage = completion.usage().orElseThrow();
        assertEquals(1000, usage.promptTokens());
        assertEquals(250, usage.completionTokens());
        assertEquals(1250, usage.totalTokens());
        assertEquals(Optional.of(100L), usage.promptTokensDetails().orElseThrow().cachedTokens());
        assertEquals(Optional.of(0L), usage.promptTokensDetails().orElseThrow().cacheWriteTokens());
        assertEquals(Optional.of(40L), usage.completionTokensDetails().orElseThrow().reasoningTokens());
        assertEquals("gpt-4o-2024-08-06", completion.model());
        assertEquals("chatcmpl-fixed", completion.id());
        assertEquals(Optional.of(Behavior.DEFAULT_TEXT), completion.choices().get(0).message().content());
        completion.validate();

        RecordedRequest recorded = sim.requests().get(0);
        assertEquals(Provider.OPENAI, recorded.provider());
        assertEquals("/v1/chat/completions", recorded.path());
        assertEquals("gpt-4o", recorded.model());
        assertFalse(recorded.streaming());
        assertEquals(200, recorded.status());
        assertEquals("chatcmpl-fixed", recorded.responseId());
    }

    @Test
    void omittedUsageFieldsReadAsAbsent() {
        sim.setDefault(Behavior.withUsage(TokenUsage.of(10, 5)));
        CompletionUsage usage = client.chat().completions().create(chat("gpt-4o-mini")).usage().orElseThrow();
        assertEquals(10, usage.promptTokens());
        assertEquals(Optional.empty(), usage.promptTokensDetails());
        assertEquals(Optional.empty(), usage.completionTokensDetails());

        sim.setDefault(Behavior.withUsage(TokenUsage.absent()));
        assertEquals(Optional.empty(), client.chat().completions().create(chat("gpt-4o-mini")).usage());

        sim.setDefault(Behavior.withUsage(TokenUsage.of(null, 5, null, null, null)));
        CompletionUsage noInput = client.chat().completions().create(chat("gpt-4o-mini")).usage().orElseThrow();
        assertThrows(OpenAIInvalidDataException.class, noInput::promptTokens);
        assertEquals(5, noInput.completionTokens());
    }

    @Test
    void streamingCarriesUsageOnlyWhenIncludeUsageIsSet() {
        sim.setDefault(Behavior.builder().usage(FULL).streamChunks(4).build());

        List<ChatCompletionChunk> withUsage;
        ChatCompletionCreateParams params = chat("gpt-4o").toBuilder()
                .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(params)) {
            withUsage = stream.stream().collect(Collectors.toList());
        }
        // role chunk, 4 content chunks, finish chunk, usage chunk
        assertEquals(7, withUsage.size());
        assertEquals(Behavior.DEFAULT_TEXT, withUsage.stream()
                .flatMap(c -> c.choices().stream())
                .map(choice -> choice.delta().content().orElse(""))
                .collect(Collectors.joining()));
        List<CompletionUsage> usages = withUsage.stream().flatMap(c -> c.usage().stream())
                .collect(Collectors.toList());
        assertEquals(1, usages.size());
        assertEquals(1000, usages.get(0).promptTokens());
        assertEquals(250, usages.get(0).completionTokens());
        assertEquals(Optional.of(100L), usages.get(0).promptTokensDetails().orElseThrow().cachedTokens());
        assertTrue(withUsage.get(6).choices().isEmpty());

        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(chat("gpt-4o"))) {
            assertTrue(stream.stream().allMatch(c -> c.usage().isEmpty()));
        }
        assertTrue(sim.requests().get(0).streaming());
    }

    @Test
    void asyncCreateAndAsyncStreaming() throws Exception {
        sim.setDefault(Behavior.builder().usage(FULL).build());
        ChatCompletion completion = asyncClient.chat().completions().create(chat("gpt-4.1")).get(10, TimeUnit.SECONDS);
        assertEquals(1000, completion.usage().orElseThrow().promptTokens());

        ChatCompletionCreateParams params = chat("gpt-4.1").toBuilder()
                .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build();
        List<ChatCompletionChunk> chunks = new ArrayList<>();
        AsyncStreamResponse<ChatCompletionChunk> stream = asyncClient.chat().completions().createStreaming(params);
        stream.subscribe(chunks::add).onCompleteFuture().get(10, TimeUnit.SECONDS);
        assertEquals(250, chunks.get(chunks.size() - 1).usage().orElseThrow().completionTokens());

        sim.enqueue(Behavior.rateLimited(Duration.ofSeconds(1)));
        java.util.concurrent.ExecutionException failed = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> asyncClient.chat().completions().create(chat("gpt-4.1")).get(10, TimeUnit.SECONDS));
        assertInstanceOf(RateLimitException.class, failed.getCause());
    }

    @Test
    void rateLimitSurfacesAsRateLimitException() {
        sim.enqueue(Behavior.rateLimited(Duration.ofSeconds(7)));
        RateLimitException e = assertThrows(RateLimitException.class,
                () -> client.chat().completions().create(chat("gpt-4o")));
        assertEquals(429, e.statusCode());
        assertEquals(List.of("7"), e.headers().values("retry-after"));
        assertEquals(429, sim.requests().get(0).status());
    }

    @Test
    void serverErrorsSurfaceAsTheSdksExceptions() {
        sim.enqueue(Behavior.error(500), Behavior.error(503));
        assertEquals(500, assertThrows(InternalServerException.class,
                () -> client.chat().completions().create(chat("gpt-4o"))).statusCode());
        assertEquals(503, assertThrows(InternalServerException.class,
                () -> client.chat().completions().create(chat("gpt-4o"))).statusCode());
    }

    @Test
    void sdkRetriesConsumeOneQueuedBehaviorPerAttempt() {
        OpenAIClient retrying = OpenAIOkHttpClient.builder().baseUrl(sim.openAiBaseUrl()).apiKey("any")
                .maxRetries(2).build();
        try {
            sim.enqueue(Behavior.rateLimited(Duration.ZERO), Behavior.error(503));
            ChatCompletion completion = retrying.chat().completions().create(chat("gpt-4o"));
            assertEquals(100, completion.usage().orElseThrow().promptTokens());
        } finally {
            retrying.close();
        }
        assertEquals(List.of(429, 503, 200), sim.requests().stream().map(RecordedRequest::status)
                .collect(Collectors.toList()));
    }

    @Test
    void truncatedStreamSurfacesAsAnError() {
        sim.setDefault(Behavior.builder().truncateAfterEvents(2).build());
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(chat("gpt-4o"))) {
            OpenAIException e = assertThrows(OpenAIException.class, () -> stream.stream().count());
            assertInstanceOf(OpenAIIoException.class, e);
        }
    }

    @Test
    void truncatedAndMalformedBodiesFailToParse() {
        sim.enqueue(Behavior.builder().truncateAfterEvents(0).build(), Behavior.builder().malformedBody(true).build());
        OpenAIInvalidDataException cut = assertThrows(OpenAIInvalidDataException.class,
                () -> client.chat().completions().create(chat("gpt-4o")));
        assertInstanceOf(ProtocolException.class, rootCause(cut));
        assertThrows(OpenAIInvalidDataException.class, () -> client.chat().completions().create(chat("gpt-4o")));
    }

    @Test
    void toolCallAnswer() {
        sim.setDefault(Behavior.builder().toolCall("get_weather", "{\"city\":\"Paris\"}").build());
        ChatCompletion completion = client.chat().completions().create(chat("gpt-4o"));
        var toolCall = completion.choices().get(0).message().toolCalls().orElseThrow().get(0).asFunction();
        assertEquals("get_weather", toolCall.function().name());
        assertEquals("{\"city\":\"Paris\"}", toolCall.function().arguments());
        assertEquals(ChatCompletion.Choice.FinishReason.TOOL_CALLS, completion.choices().get(0).finishReason());
    }

    @Test
    void responsesApiReportsExactUsage() {
        sim.setDefault(Behavior.builder().usage(FULL).responseId("resp_fixed").build());
        Response response = client.responses().create(
                ResponseCreateParams.builder().model("sim-model").input("Say hello").build());
        ResponseUsage usage = response.usage().orElseThrow();
        assertEquals(1000, usage.inputTokens());
        assertEquals(100, usage.inputTokensDetails().cachedTokens());
        assertEquals(0, usage.inputTokensDetails().cacheWriteTokens());
        assertEquals(250, usage.outputTokens());
        assertEquals(40, usage.outputTokensDetails().reasoningTokens());
        assertEquals(1250, usage.totalTokens());
        assertEquals("resp_fixed", response.id());
        assertEquals("sim-model", modelName(response.model()));
        assertEquals(Behavior.DEFAULT_TEXT, response.output().get(0).asMessage().content().get(0).asOutputText().text());
        response.validate();
    }

    @Test
    void responsesApiStreamingEndsWithCompletedEventCarryingUsage() throws Exception {
        sim.setDefault(Behavior.builder().usage(FULL).streamChunks(5).build());
        ResponseCreateParams params = ResponseCreateParams.builder().model("sim-model").input("Say hello").build();
        List<ResponseStreamEvent> events;
        try (StreamResponse<ResponseStreamEvent> stream = client.responses().createStreaming(params)) {
            events = stream.stream().collect(Collectors.toList());
        }
        assertTrue(events.get(0).created().isPresent());
        assertEquals(5, events.stream().filter(e -> e.outputTextDelta().isPresent()).count());
        Response completed = events.get(events.size() - 1).completed().orElseThrow().response();
        assertEquals(1000, completed.usage().orElseThrow().inputTokens());
        assertEquals(250, completed.usage().orElseThrow().outputTokens());

        List<ResponseStreamEvent> asyncEvents = new ArrayList<>();
        asyncClient.responses().createStreaming(params).subscribe(asyncEvents::add).onCompleteFuture()
                .get(10, TimeUnit.SECONDS);
        assertEquals(events.size(), asyncEvents.size());
        Response asyncResponse = asyncClient.responses().create(params).get(10, TimeUnit.SECONDS);
        assertEquals(40, asyncResponse.usage().orElseThrow().outputTokensDetails().reasoningTokens());
    }

    @Test
    void embeddings() {
        sim.setDefault(Behavior.builder().usage(7, 0).embeddingDimensions(4).build());
        CreateEmbeddingResponse response = client.embeddings().create(EmbeddingCreateParams.builder()
                .model("text-embedding-3-small").input("hello").build());
        assertEquals(7, response.usage().promptTokens());
        assertEquals(7, response.usage().totalTokens());
        assertEquals(List.of(0.125f, 0.1875f, 0.25f, 0.3125f), response.data().get(0).embedding());
        assertEquals("text-embedding-3-small", response.model());
    }

    @Test
    void unexpectedStatusKeepsItsCode() {
        sim.enqueue(Behavior.error(418));
        UnexpectedStatusCodeException e = assertThrows(UnexpectedStatusCodeException.class,
                () -> client.chat().completions().create(chat("gpt-4o")));
        assertEquals(418, e.statusCode());
    }

    @Test
    void azureDeploymentPathRecordsTheDeployment() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(sim.azureEndpoint() + "/openai/deployments/my-gpt4o/chat/completions"
                        + "?api-version=2024-10-21"))
                .header("api-key", "any")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"messages\":[]}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"prompt_tokens\":100"), response.body());
        assertEquals(Provider.AZURE_OPENAI, sim.requests().get(0).provider());
        assertEquals("my-gpt4o", sim.requests().get(0).model());
    }

    static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String modelName(ResponsesModel model) {
        return model.string().orElseGet(() -> model.chat().map(Object::toString)
                .orElseGet(() -> model.only().map(Object::toString).orElseThrow()));
    }
}
