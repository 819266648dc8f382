package io.strandwatch.simulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamMetadataEvent;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamResponseHandler;
import software.amazon.awssdk.services.bedrockruntime.model.InternalServerException;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelRequest;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelResponse;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithResponseStreamRequest;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithResponseStreamResponseHandler;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.ServiceUnavailableException;
import software.amazon.awssdk.services.bedrockruntime.model.StopReason;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;
import software.amazon.awssdk.services.bedrockruntime.model.TokenUsage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real AWS SDK v2 Bedrock Runtime clients against the simulator, sync and async (Netty, HTTP/1.1). */
class BedrockSdkTest {

    /** Normalized: input 1000 of which 100 cache read and 50 cache write; Bedrock's inputTokens is 850. */
    private static final io.strandwatch.simulator.TokenUsage CACHED =
            io.strandwatch.simulator.TokenUsage.of(1000, 250, 100, 50, null);
    private static final String MODEL = "us.anthropic.claude-sonnet-4-20250514-v1:0";

    private static LlmSimulator sim;
    private static BedrockRuntimeClient client;
    private static BedrockRuntimeAsyncClient asyncClient;

    @BeforeAll
    static void start() {
        sim = LlmSimulator.start();
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIDSIMULATOR", "simulator-secret"));
        client = BedrockRuntimeClient.builder()
                .endpointOverride(sim.bedrockEndpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
        asyncClient = BedrockRuntimeAsyncClient.builder()
                .endpointOverride(sim.bedrockEndpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                // The plain local server speaks HTTP/1.1 only; the async client would try HTTP/2 first.
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP1_1))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
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

    private static ConverseRequest converse(String model) {
        return ConverseRequest.builder().modelId(model).messages(Message.builder().role(ConversationRole.USER)
                .content(ContentBlock.fromText("Say hello")).build()).build();
    }

    private static ConverseStreamRequest converseStream(String model) {
        return ConverseStreamRequest.builder().modelId(model).messages(Message.builder().role(ConversationRole.USER)
                .content(ContentBlock.fromText("Say hello")).build()).build();
    }

    private static InvokeModelRequest invoke(String model) {
        return InvokeModelRequest.builder().modelId(model).contentType("application/json")
                .body(SdkBytes.fromUtf8String("{\"anthropic_version\":\"bedrock-2023-05-31\",\"max_tokens\":64,"
                        + "\"messages\":[{\"role\":\"user\",\"content\":\"Say hello\"}]}")).build();
    }

    @Test
    void converseReportsUsageWithInputExcludingCache() {
        sim.setDefault(Behavior.withUsage(CACHED));
        ConverseResponse response = client.converse(converse(MODEL));
        TokenUsage usage = response.usage();
        assertEquals(850, usage.inputTokens());
        assertEquals(250, usage.outputTokens());
        assertEquals(1250, usage.totalTokens());
        assertEquals(100, usage.cacheReadInputTokens());
        assertEquals(50, usage.cacheWriteInputTokens());
        assertEquals(StopReason.END_TURN, response.stopReason());
        assertEquals(Behavior.DEFAULT_TEXT, response.output().message().content().get(0).text());

        RecordedRequest recorded = sim.requests().get(0);
        assertEquals(Provider.BEDROCK, recorded.provider());
        assertEquals(MODEL, recorded.model());
        assertEquals(200, recorded.status());
    }

    @Test
    void omittedCacheCountsReadAsNull() {
        sim.setDefault(Behavior.withUsage(io.strandwatch.simulator.TokenUsage.of(30, 7)));
        TokenUsage usage = client.converse(converse(MODEL)).usage();
        assertEquals(30, usage.inputTokens());
        assertNull(usage.cacheReadInputTokens());
        assertNull(usage.cacheWriteInputTokens());

        sim.setDefault(Behavior.withUsage(io.strandwatch.simulator.TokenUsage.absent()));
        assertNull(client.converse(converse(MODEL)).usage());
    }

    @Test
    void urlEncodedArnModelIdArrivesDecoded() {
        String arn = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/eu.anthropic.claude-3-haiku-v1:0";
        client.converse(converse(arn));
        assertEquals(arn, sim.requests().get(0).model());
        assertTrue(sim.requests().get(0).path().contains("%2F"), sim.requests().get(0).path());
    }

    @Test
    void asyncConverseAndConverseStream() throws Exception {
        sim.setDefault(Behavior.builder().usage(CACHED).streamChunks(4).build());
        assertEquals(850, asyncClient.converse(converse(MODEL)).get(10, TimeUnit.SECONDS).usage().inputTokens());

        List<ConverseStreamMetadataEvent> metadata = Collections.synchronizedList(new ArrayList<>());
        StringBuilder text = new StringBuilder();
        asyncClient.converseStream(converseStream(MODEL), ConverseStreamResponseHandler.builder()
                .subscriber(ConverseStreamResponseHandler.Visitor.builder()
                        .onContentBlockDelta(delta -> text.append(delta.delta().text()))
                        .onMetadata(metadata::add)
                        .build())
                .build()).get(10, TimeUnit.SECONDS);
        assertEquals(Behavior.DEFAULT_TEXT, text.toString());
        assertEquals(1, metadata.size());
        assertEquals(850, metadata.get(0).usage().inputTokens());
        assertEquals(250, metadata.get(0).usage().outputTokens());
        assertEquals(100, metadata.get(0).usage().cacheReadInputTokens());
        assertTrue(sim.requests().get(1).streaming());
        assertTrue(sim.requests().get(1).path().endsWith("/converse-stream"));
    }

    @Test
    void invokeModelReturnsTheAnthropicBodyAndTokenCountHeaders() {
        sim.setDefault(Behavior.builder().usage(CACHED).responseId("msg_bdrk_fixed").build());
        InvokeModelResponse response = client.invokeModel(invoke(MODEL));
        Map<String, Object> body = jsonObject(response.body().asUtf8String());
        assertEquals("msg_bdrk_fixed", body.get("id"));
        assertEquals(MODEL, body.get("model"));
        assertEquals(850L, Json.path(body, "usage", "input_tokens"));
        assertEquals(100L, Json.path(body, "usage", "cache_read_input_tokens"));
        assertEquals(50L, Json.path(body, "usage", "cache_creation_input_tokens"));
        assertEquals(250L, Json.path(body, "usage", "output_tokens"));
        assertEquals(Optional.of("850"),
                response.sdkHttpResponse().firstMatchingHeader("X-Amzn-Bedrock-Input-Token-Count"));
        assertEquals(Optional.of("250"),
                response.sdkHttpResponse().firstMatchingHeader("X-Amzn-Bedrock-Output-Token-Count"));
        assertEquals("msg_bdrk_fixed", sim.requests().get(0).responseId());
    }

    @Test
    void invokeModelWithResponseStreamCarriesAnthropicEventsAndInvocationMetrics() throws Exception {
        sim.setDefault(Behavior.builder().usage(CACHED).streamChunks(2).build());
        List<Map<String, Object>> chunks = Collections.synchronizedList(new ArrayList<>());
        asyncClient.invokeModelWithResponseStream(
                InvokeModelWithResponseStreamRequest.builder().modelId(MODEL).contentType("application/json")
                        .body(invoke(MODEL).body()).build(),
                InvokeModelWithResponseStreamResponseHandler.builder()
                        .subscriber(InvokeModelWithResponseStreamResponseHandler.Visitor.builder()
                                .onChunk(part -> chunks.add(jsonObject(part.bytes().asUtf8String())))
                                .build())
                        .build()).get(10, TimeUnit.SECONDS);
        // message_start, content_block_start, 2 deltas, content_block_stop, message_delta, message_stop
        assertEquals(7, chunks.size());
        assertEquals(850L, Json.path(chunks.get(0), "message", "usage", "input_tokens"));
        assertEquals(250L, Json.path(chunks.get(5), "usage", "output_tokens"));
        assertEquals(850L, Json.path(chunks.get(6), "amazon-bedrock-invocationMetrics", "inputTokenCount"));
        assertEquals(250L, Json.path(chunks.get(6), "amazon-bedrock-invocationMetrics", "outputTokenCount"));
    }

    @Test
    void errorStatusesSurfaceAsTheSdksExceptions() {
        sim.enqueue(Behavior.error(429), Behavior.error(500), Behavior.error(503));
        assertEquals(429, assertThrows(ThrottlingException.class, () -> client.converse(converse(MODEL))).statusCode());
        assertEquals(500, assertThrows(InternalServerException.class,
                () -> client.converse(converse(MODEL))).statusCode());
        assertEquals(503, assertThrows(ServiceUnavailableException.class,
                () -> client.invokeModel(invoke(MODEL))).statusCode());
    }

    @Test
    void asyncErrorsFailTheFuture() {
        sim.enqueue(Behavior.error(429));
        ExecutionException throttled = assertThrows(ExecutionException.class,
                () -> asyncClient.converse(converse(MODEL)).get(10, TimeUnit.SECONDS));
        assertInstanceOf(ThrottlingException.class, throttled.getCause());
    }

    @Test
    void truncatedBodiesFailAndTruncatedAsyncStreamsEndWithoutMetadata() throws Exception {
        sim.enqueue(Behavior.builder().truncateAfterEvents(0).build(), Behavior.builder().truncateAfterEvents(0).build());
        assertThrows(SdkException.class, () -> client.converse(converse(MODEL)));
        ExecutionException cutAsync = assertThrows(ExecutionException.class,
                () -> asyncClient.invokeModel(invoke(MODEL)).get(10, TimeUnit.SECONDS));
        assertInstanceOf(SdkException.class, unwrap(cutAsync.getCause()));

        // Found with SDK 2.54: the Netty client ends an event stream whose connection was cut as if it had
        // completed, so the only sign is the missing metadata event, i.e. usage unknown.
        sim.enqueue(Behavior.builder().truncateAfterEvents(2).build());
        List<Object> events = Collections.synchronizedList(new ArrayList<>());
        asyncClient.converseStream(converseStream(MODEL), ConverseStreamResponseHandler.builder()
                .subscriber(events::add).build()).get(10, TimeUnit.SECONDS);
        assertEquals(2, events.size());
        assertTrue(events.stream().noneMatch(e -> e instanceof ConverseStreamMetadataEvent));
    }

    @Test
    void malformedStreamEventFailsTheFuture() {
        sim.enqueue(Behavior.builder().malformedBody(true).build());
        ExecutionException malformed = assertThrows(ExecutionException.class,
                () -> asyncClient.converseStream(converseStream(MODEL), ConverseStreamResponseHandler.builder()
                        .subscriber(e -> { }).build()).get(10, TimeUnit.SECONDS));
        assertInstanceOf(SdkException.class, unwrap(malformed.getCause()));
    }

    @Test
    void toolUseAnswer() {
        sim.setDefault(Behavior.builder().toolCall("get_weather", "{\"city\":\"Paris\"}").build());
        ConverseResponse response = client.converse(converse(MODEL));
        assertEquals(StopReason.TOOL_USE, response.stopReason());
        assertEquals("get_weather", response.output().message().content().get(0).toolUse().name());
        assertEquals("Paris", response.output().message().content().get(0).toolUse().input().asMap().get("city")
                .asString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonObject(String json) {
        return (Map<String, Object>) Json.parse(json);
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
