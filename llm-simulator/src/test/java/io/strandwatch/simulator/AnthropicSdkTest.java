package io.strandwatch.simulator;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.AnthropicClientAsync;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClientAsync;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.AnthropicException;
import com.anthropic.errors.AnthropicInvalidDataException;
import com.anthropic.errors.InternalServerException;
import com.anthropic.errors.OverloadedException;
import com.anthropic.errors.RateLimitException;
import com.anthropic.errors.ServiceUnavailableException;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.beta.messages.BetaMessage;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.ToolUseBlock;
import com.anthropic.models.messages.Usage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real anthropic-java SDK against the simulator. */
class AnthropicSdkTest {

    /** Normalized: input 1000 of which 100 cache read and 50 cache write; Anthropic's input_tokens is 850. */
    private static final TokenUsage CACHED = TokenUsage.of(1000, 250, 100, 50, 30);
    private static final String MODEL = "claude-sonnet-4-5";

    private static LlmSimulator sim;
    private static AnthropicClient client;
    private static AnthropicClientAsync asyncClient;

    @BeforeAll
    static void start() {
        sim = LlmSimulator.start();
        client = AnthropicOkHttpClient.builder().baseUrl(sim.anthropicBaseUrl()).apiKey("any").maxRetries(0).build();
        asyncClient = AnthropicOkHttpClientAsync.builder().baseUrl(sim.anthropicBaseUrl()).authToken("any")
                .maxRetries(0).build();
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

    private static MessageCreateParams params() {
        return MessageCreateParams.builder().model(MODEL).maxTokens(1024).addUserMessage("Say hello").build();
    }

    @Test
    void inputTokensExcludeCacheReadsAndWrites() {
        sim.setDefault(Behavior.builder().usage(CACHED).responseId("msg_fixed").snapshotDate("20250929").build());

        Message message = client.messages().create(params());

        Usage usage = message.usage();
        assertEquals(850, usage.inputTokens());
        assertEquals(Optional.of(100L), usage.cacheReadInputTokens());
        assertEquals(Optional.of(50L), usage.cacheCreationInputTokens());
        assertEquals(250, usage.outputTokens());
        assertEquals(30, usage.outputTokensDetails().orElseThrow().thinkingTokens());
        assertEquals("claude-sonnet-4-5-20250929", message.model().asString());
        assertEquals("msg_fixed", message.id());
        assertEquals(Optional.of(StopReason.END_TURN), message.stopReason());
        assertEquals(Behavior.DEFAULT_TEXT, message.content().get(0).asText().text());
        message.validate();

        RecordedRequest recorded = sim.requests().get(0);
        assertEquals(Provider.ANTHROPIC, recorded.provider());
        assertEquals(MODEL, recorded.model());
        assertEquals("msg_fixed", recorded.responseId());
    }

    @Test
    void omittedCacheCountsReadAsAbsent() {
        sim.setDefault(Behavior.withUsage(TokenUsage.of(40, 9)));
        Usage usage = client.messages().create(params()).usage();
        assertEquals(40, usage.inputTokens());
        assertEquals(Optional.empty(), usage.cacheReadInputTokens());
        assertEquals(Optional.empty(), usage.cacheCreationInputTokens());
        assertEquals(Optional.empty(), usage.outputTokensDetails());

        sim.setDefault(Behavior.withUsage(TokenUsage.absent()));
        Message noUsage = client.messages().create(params());
        assertThrows(AnthropicInvalidDataException.class, noUsage::usage);
    }

    @Test
    void streamingAccumulatesToTheExactUsage() {
        sim.setDefault(Behavior.builder().usage(CACHED).streamChunks(4).build());
        MessageAccumulator accumulator = MessageAccumulator.create();
        List<RawMessageStreamEvent> events = new ArrayList<>();
        try (StreamResponse<RawMessageStreamEvent> stream = client.messages().createStreaming(params())) {
            stream.stream().forEach(event -> events.add(accumulator.accumulate(event)));
        }
        // message_start, content_block_start, 4 deltas, content_block_stop, message_delta, message_stop;
        // the SDK drops the ping the simulator sends after content_block_start.
        assertEquals(9, events.size());
        assertEquals(850, events.get(0).asMessageStart().message().usage().inputTokens());
        assertEquals(1, events.get(0).asMessageStart().message().usage().outputTokens());
        assertEquals(250, events.get(7).asMessageDelta().usage().outputTokens());

        Message message = accumulator.message();
        assertEquals(850, message.usage().inputTokens());
        assertEquals(250, message.usage().outputTokens());
        assertEquals(Optional.of(100L), message.usage().cacheReadInputTokens());
        assertEquals(Behavior.DEFAULT_TEXT, message.content().get(0).asText().text());
        assertTrue(sim.requests().get(0).streaming());
    }

    @Test
    void asyncCreateAndStreamWithBearerAuth() throws Exception {
        sim.setDefault(Behavior.withUsage(CACHED));
        Message message = asyncClient.messages().create(params()).get(10, TimeUnit.SECONDS);
        assertEquals(850, message.usage().inputTokens());

        MessageAccumulator accumulator = MessageAccumulator.create();
        asyncClient.messages().createStreaming(params()).subscribe(accumulator::accumulate)
                .onCompleteFuture().get(10, TimeUnit.SECONDS);
        assertEquals(250, accumulator.message().usage().outputTokens());
        assertEquals(2, sim.requests().size());

        sim.enqueue(Behavior.overloaded());
        java.util.concurrent.ExecutionException failed = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> asyncClient.messages().create(params()).get(10, TimeUnit.SECONDS));
        assertTrue(failed.getCause() instanceof OverloadedException, String.valueOf(failed.getCause()));
    }

    @Test
    void betaMessagesUseTheSameWireFormat() {
        sim.setDefault(Behavior.withUsage(CACHED));
        BetaMessage message = client.beta().messages().create(
                com.anthropic.models.beta.messages.MessageCreateParams.builder()
                        .model(MODEL).maxTokens(1024).addUserMessage("Say hello").build());
        assertEquals(850, message.usage().inputTokens());
        assertEquals(Optional.of(100L), message.usage().cacheReadInputTokens());
        assertEquals("/v1/messages", sim.requests().get(0).path());
    }

    @Test
    void errorStatusesSurfaceAsTheSdksExceptions() {
        sim.enqueue(Behavior.rateLimited(Duration.ofMillis(1500)), Behavior.overloaded(), Behavior.error(500),
                Behavior.error(503));
        RateLimitException rateLimited = assertThrows(RateLimitException.class, () -> client.messages().create(params()));
        assertEquals(List.of("2"), rateLimited.headers().values("retry-after"));
        assertEquals(529, assertThrows(OverloadedException.class, () -> client.messages().create(params())).statusCode());
        assertEquals(500, assertThrows(InternalServerException.class,
                () -> client.messages().create(params())).statusCode());
        assertEquals(503, assertThrows(ServiceUnavailableException.class,
                () -> client.messages().create(params())).statusCode());
    }

    @Test
    void truncatedStreamSurfacesAsAnError() {
        sim.setDefault(Behavior.builder().truncateAfterEvents(3).build());
        try (StreamResponse<RawMessageStreamEvent> stream = client.messages().createStreaming(params())) {
            assertThrows(AnthropicException.class, () -> stream.stream().count());
        }
    }

    @Test
    void malformedStreamEventSurfacesAsAnError() {
        sim.setDefault(Behavior.builder().malformedBody(true).build());
        try (StreamResponse<RawMessageStreamEvent> stream = client.messages().createStreaming(params())) {
            assertThrows(AnthropicException.class, () -> stream.stream().count());
        }
    }

    @Test
    void toolUseAnswerStreamedAndWhole() {
        sim.setDefault(Behavior.builder().toolCall("get_weather", "{\"city\":\"Paris\"}").streamChunks(3).build());
        Message whole = client.messages().create(params());
        ToolUseBlock toolUse = whole.content().get(0).asToolUse();
        assertEquals("get_weather", toolUse.name());
        assertEquals(Optional.of(StopReason.TOOL_USE), whole.stopReason());
        assertTrue(toolUse.id().startsWith("toolu_"));

        MessageAccumulator accumulator = MessageAccumulator.create();
        try (StreamResponse<RawMessageStreamEvent> stream = client.messages().createStreaming(params())) {
            stream.stream().forEach(accumulator::accumulate);
        }
        ToolUseBlock streamed = accumulator.message().content().get(0).asToolUse();
        assertEquals("get_weather", streamed.name());
        assertTrue(streamed._input().toString().contains("Paris"), streamed._input().toString());
    }
}
