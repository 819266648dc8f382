package io.strandwatch.agent.instrumentation.anthropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.instrumentation.RecordingCall;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Anthropic usage normalization, for complete messages and for the events of a stream. */
class AnthropicReadersTest {

  /** Shaped like Usage / MessageDeltaUsage: required counts throw when absent, optional ones are Optionals. */
  public static final class Usage {
    private final Long input;
    private final Long output;
    private final Long cacheRead;
    private final Long cacheWrite;
    private final Long thinking;

    Usage(Long input, Long output, Long cacheRead, Long cacheWrite, Long thinking) {
      this.input = input;
      this.output = output;
      this.cacheRead = cacheRead;
      this.cacheWrite = cacheWrite;
      this.thinking = thinking;
    }

    public long inputTokens() {
      if (input == null) {
        throw new IllegalStateException("`input_tokens` is not set");
      }
      return input;
    }

    public long outputTokens() {
      if (output == null) {
        throw new IllegalStateException("`output_tokens` is not set");
      }
      return output;
    }

    public Optional<Long> cacheReadInputTokens() {
      return Optional.ofNullable(cacheRead);
    }

    public Optional<Long> cacheCreationInputTokens() {
      return Optional.ofNullable(cacheWrite);
    }

    public Optional<Details> outputTokensDetails() {
      return thinking == null ? Optional.empty() : Optional.of(new Details(thinking));
    }
  }

  public static final class Details {
    private final long thinking;

    Details(long thinking) {
      this.thinking = thinking;
    }

    public long thinkingTokens() {
      return thinking;
    }
  }

  public static final class Message {
    private final Usage usage;

    Message(Usage usage) {
      this.usage = usage;
    }

    public String id() {
      return "msg_1";
    }

    public String model() {
      return "claude-sonnet-4-5-20250929";
    }

    public Usage usage() {
      return usage;
    }
  }

  /** One stream event: exactly one of its parts is present, as in RawMessageStreamEvent. */
  public static final class Event {
    private final Object start;
    private final Object delta;
    private final Object stop;

    Event(Object start, Object delta, Object stop) {
      this.start = start;
      this.delta = delta;
      this.stop = stop;
    }

    public Optional<Object> messageStart() {
      return Optional.ofNullable(start);
    }

    public Optional<Object> messageDelta() {
      return Optional.ofNullable(delta);
    }

    public Optional<Object> messageStop() {
      return Optional.ofNullable(stop);
    }
  }

  public static final class Start {
    private final Message message;

    Start(Message message) {
      this.message = message;
    }

    public Message message() {
      return message;
    }
  }

  public static final class Delta {
    private final Usage usage;

    Delta(Usage usage) {
      this.usage = usage;
    }

    public Usage usage() {
      return usage;
    }
  }

  @Test
  void messageInputAddsCacheReadsAndWrites() {
    RecordingCall call = new RecordingCall();
    new MessageReader().read(new Message(new Usage(900L, 250L, 100L, 0L, null)), call);
    assertEquals(Arrays.asList(1000L, 250L, 100L, 0L, -1L), call.tokens());
    assertEquals("claude-sonnet-4-5-20250929", call.responseModel);
    assertEquals("msg_1", call.responseId);
  }

  @Test
  void absentCacheCountsAddNothingButStayUnknown() {
    RecordingCall call = new RecordingCall();
    new MessageReader().read(new Message(new Usage(10L, 5L, null, null, null)), call);
    assertEquals(Arrays.asList(10L, 5L, -1L, -1L, -1L), call.tokens());
  }

  @Test
  void streamTakesInputFromStartAndOutputFromDeltaIgnoringThePlaceholder() {
    RecordingCall call = new RecordingCall();
    MessageStreamReader reader = new MessageStreamReader();
    reader.read(new Event(new Start(new Message(new Usage(850L, 1L, 100L, 50L, null))), null, null), call);
    assertEquals(Arrays.asList(1000L, -1L, 100L, 50L, -1L), call.tokens(), "placeholder output 1 not taken");
    // A delta that repeats only the uncached input and the output: the cache parts from message_start remain.
    reader.read(new Event(null, new Delta(new Usage(850L, 250L, null, null, 30L)), null), call);
    assertEquals(Arrays.asList(1000L, 250L, 100L, 50L, 30L), call.tokens());
    assertFalse(reader.complete());
    reader.read(new Event(null, null, new Object()), call);
    assertTrue(reader.complete());
  }

  @Test
  void deltaWithoutInputKeepsTheStartInput() {
    RecordingCall call = new RecordingCall();
    MessageStreamReader reader = new MessageStreamReader();
    reader.read(new Event(new Start(new Message(new Usage(40L, 1L, 0L, 0L, null))), null, null), call);
    reader.read(new Event(null, new Delta(new Usage(null, 7L, null, null, null)), null), call);
    assertEquals(Arrays.asList(40L, 7L, 0L, 0L, -1L), call.tokens());
  }
}
