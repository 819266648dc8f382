package io.strandwatch.it.export.app;

import com.openai.client.OpenAIClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.strandwatch.annotations.TrackedStrand;

/** Strands whose exported values are known in advance: counts, outcomes, LLM calls, tokens, allocation. */
public final class ExportStrands {

  /** Keeps allocations from being optimized away. */
  public static volatile Object sink;

  private final OpenAIClient client;

  public ExportStrands(OpenAIClient client) {
    this.client = client;
  }

  /** Allocates 2 MiB (one array), so its allocation histogram bucket is (1 MiB, 4 MiB]; fails when asked. */
  @TrackedStrand(value = "export.mixed", attributes = "team=export")
  public void mixed(boolean fail) {
    sink = new byte[2 * 1024 * 1024];
    if (fail) {
      throw new IllegalStateException("planned failure");
    }
  }

  /** One chat call to the simulator. */
  @TrackedStrand("export.chat")
  public int chat() {
    return client.chat().completions()
        .create(ChatCompletionCreateParams.builder().model("gpt-4o").addUserMessage("hello").build())
        .choices().size();
  }

  /** Runs once, right before main returns: only the export at JVM exit can carry it. */
  @TrackedStrand("export.last")
  public void last() {
    sink = new byte[16];
  }

  /** A small CPU-bound unit of work for throughput measurements. */
  @TrackedStrand("export.spin")
  public long spin(long seed) {
    long x = seed;
    for (int i = 0; i < 2_000; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
    }
    return x;
  }

  /** Sleeps {@code millis}: the strand whose latency distribution Prometheus and the report must agree on. */
  @TrackedStrand("export.step")
  public void step(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }
}
