package io.strandwatch.it.bedrock.app;

import io.strandwatch.annotations.TrackedStrand;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.BedrockRuntimeException;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamOutput;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamResponseHandler;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelRequest;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithResponseStreamRequest;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithResponseStreamResponseHandler;
import software.amazon.awssdk.services.bedrockruntime.model.Message;

/** The strands of the Bedrock application; each test scenario is one strand with known calls. */
public final class BedrockStrands {

  public static final String SONNET = "anthropic.claude-sonnet-4-20250514-v1:0";
  public static final String SONNET_PROFILE = "us." + SONNET;
  public static final String THROTTLED = "anthropic.throttled-v1:0";
  public static final String BROKEN = "anthropic.broken-v1:0";
  public static final String CUT = "anthropic.cut-stream-v1:0";
  /** Prompt text that must never show up in the report or the agent's output. */
  public static final String PROMPT = "PROMPT-CANARY-e41c: tell me a secret";

  private final BedrockRuntimeClient sync;
  private final BedrockRuntimeAsyncClient async;

  BedrockStrands(BedrockRuntimeClient sync, BedrockRuntimeAsyncClient async) {
    this.sync = sync;
    this.async = async;
  }

  @TrackedStrand("bedrock.converse")
  void converseTwice() {
    sync.converse(converse(SONNET));
    sync.converse(converse(SONNET));
  }

  @TrackedStrand("bedrock.invoke")
  void invokeModel() {
    sync.invokeModel(invoke(SONNET));
  }

  @TrackedStrand("bedrock.async")
  void asyncCalls() throws Exception {
    CompletableFuture<?> converse = async.converse(converse(SONNET_PROFILE));
    CompletableFuture<?> invoke = async.invokeModel(invoke(SONNET_PROFILE));
    CompletableFuture.allOf(converse, invoke).get(30, TimeUnit.SECONDS);
  }

  @TrackedStrand("bedrock.stream")
  void streams() throws Exception {
    StringBuilder text = new StringBuilder();
    async.converseStream(converseStream(SONNET), ConverseStreamResponseHandler.builder()
        .subscriber(ConverseStreamResponseHandler.Visitor.builder()
            .onContentBlockDelta(d -> text.append(d.delta().text()))
            .build())
        .build()).get(30, TimeUnit.SECONDS);
    async.invokeModelWithResponseStream(InvokeModelWithResponseStreamRequest.builder().modelId(SONNET)
            .contentType("application/json").body(invoke(SONNET).body()).build(),
        InvokeModelWithResponseStreamResponseHandler.builder()
            .subscriber(InvokeModelWithResponseStreamResponseHandler.Visitor.builder().onChunk(c -> { }).build())
            .build()).get(30, TimeUnit.SECONDS);
    if (text.length() == 0) {
      throw new IllegalStateException("the converse stream delivered no text");
    }
  }

  @TrackedStrand("bedrock.failures")
  void failures() {
    for (String model : new String[] {THROTTLED, BROKEN}) {
      try {
        sync.converse(converse(model));
        throw new IllegalStateException(model + " should have failed");
      } catch (BedrockRuntimeException expected) {
        // counted by the agent as a failed call
      }
    }
  }

  @TrackedStrand("bedrock.cut")
  void cutStream() throws Exception {
    async.converseStream(converseStream(CUT), ConverseStreamResponseHandler.builder().subscriber(e -> { }).build())
        .get(30, TimeUnit.SECONDS);
  }

  /**
   * A stream whose events a worker thread consumes from a queue, the way applications hand them to a UI. The strand
   * returns at once and ends when its future does: after the worker and the SDK's future, so the call ends while
   * the strand is still open.
   */
  @TrackedStrand("bedrock.handoff")
  CompletableFuture<Integer> streamConsumedElsewhere() {
    BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    Object end = new Object();
    CompletableFuture<Integer> consumed = CompletableFuture.supplyAsync(() -> {
      int n = 0;
      try {
        while (events.take() != end) {
          n++;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return n;
    });
    CompletableFuture<Void> sdk = async.converseStream(converseStream(SONNET), ConverseStreamResponseHandler.builder()
        .onEventStream(publisher -> publisher.filter(ConverseStreamOutput.class).subscribe(events::add))
        .onComplete(() -> events.add(end))
        .build());
    return consumed.thenCombine(sdk, (n, done) -> n);
  }

  private static Message userMessage() {
    return Message.builder().role(ConversationRole.USER).content(ContentBlock.fromText(PROMPT)).build();
  }

  private static ConverseRequest converse(String model) {
    return ConverseRequest.builder().modelId(model).messages(userMessage()).build();
  }

  private static ConverseStreamRequest converseStream(String model) {
    return ConverseStreamRequest.builder().modelId(model).messages(userMessage()).build();
  }

  private static InvokeModelRequest invoke(String model) {
    return InvokeModelRequest.builder().modelId(model).contentType("application/json")
        .body(SdkBytes.fromUtf8String("{\"anthropic_version\":\"bedrock-2023-05-31\",\"max_tokens\":64,"
            + "\"messages\":[{\"role\":\"user\",\"content\":\"" + PROMPT + "\"}]}"))
        .build();
  }
}
