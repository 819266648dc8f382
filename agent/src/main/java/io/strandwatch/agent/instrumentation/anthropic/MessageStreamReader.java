package io.strandwatch.agent.instrumentation.anthropic;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.openai.SdkObjects;
import io.strandwatch.agent.instrumentation.openai.StreamReader;

/**
 * The events of one streamed message. {@code message_start} carries the model, id, input and cache counts, and a
 * placeholder output count (1) that is ignored; {@code message_delta} carries the final output count (and, in
 * newer API versions, input and cache counts again, which replace the earlier ones); {@code message_stop} ends it.
 * Keeps the input parts between events, since a delta may repeat only some of them.
 */
final class MessageStreamReader implements StreamReader {

  private long inputTokens = -1;
  private long cacheRead = -1;
  private long cacheWrite = -1;
  private volatile boolean complete;

  @Override
  public synchronized void read(Object event, LlmCallView call) {
    Object start = SdkObjects.get(event, "messageStart");
    if (start != null) {
      Object message = SdkObjects.get(start, "message");
      call.response(SdkObjects.text(SdkObjects.get(message, "model")),
          SdkObjects.text(SdkObjects.get(message, "id")));
      Object usage = SdkObjects.get(message, "usage");
      if (usage != null) {
        inputTokens = AnthropicUsage.inputTokens(usage);
        cacheRead = AnthropicUsage.cacheRead(usage);
        cacheWrite = AnthropicUsage.cacheWrite(usage);
        call.usage(AnthropicUsage.normalizedInput(inputTokens, cacheRead, cacheWrite), -1, cacheRead, cacheWrite,
            -1);
      }
      return;
    }
    Object delta = SdkObjects.get(event, "messageDelta");
    if (delta != null) {
      Object usage = SdkObjects.get(delta, "usage");
      if (usage != null) {
        inputTokens = latest(inputTokens, AnthropicUsage.inputTokens(usage));
        cacheRead = latest(cacheRead, AnthropicUsage.cacheRead(usage));
        cacheWrite = latest(cacheWrite, AnthropicUsage.cacheWrite(usage));
        call.usage(AnthropicUsage.normalizedInput(inputTokens, cacheRead, cacheWrite), AnthropicUsage.output(usage),
            cacheRead, cacheWrite, AnthropicUsage.thinking(usage));
      }
      return;
    }
    if (SdkObjects.get(event, "messageStop") != null) {
      complete = true;
    }
  }

  private static long latest(long earlier, long reported) {
    return reported >= 0 ? reported : earlier;
  }

  @Override
  public boolean complete() {
    return complete;
  }
}
