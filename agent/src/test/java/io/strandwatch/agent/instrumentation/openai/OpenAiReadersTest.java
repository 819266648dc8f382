package io.strandwatch.agent.instrumentation.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.instrumentation.RecordingCall;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OpenAI usage passes through (its convention is StrandWatch's); absent parts are unknown. */
class OpenAiReadersTest {

  public static final class PromptDetails {
    public Optional<Long> cachedTokens() {
      return Optional.of(100L);
    }

    public Optional<Long> cacheWriteTokens() {
      return Optional.empty();
    }
  }

  public static final class CompletionDetails {
    public Optional<Long> reasoningTokens() {
      return Optional.of(40L);
    }
  }

  public static final class Usage {
    public long promptTokens() {
      return 1000;
    }

    public long completionTokens() {
      return 250;
    }

    public Optional<PromptDetails> promptTokensDetails() {
      return Optional.of(new PromptDetails());
    }

    public Optional<CompletionDetails> completionTokensDetails() {
      return Optional.of(new CompletionDetails());
    }
  }

  public static final class Choice {
    private final String finish;

    Choice(String finish) {
      this.finish = finish;
    }

    public Optional<String> finishReason() {
      return Optional.ofNullable(finish);
    }
  }

  public static final class Chunk {
    private final Usage usage;
    private final List<Choice> choices;

    Chunk(Usage usage, List<Choice> choices) {
      this.usage = usage;
      this.choices = choices;
    }

    public String id() {
      return "chatcmpl-1";
    }

    public String model() {
      return "gpt-4o-2024-08-06";
    }

    public Optional<Usage> usage() {
      return Optional.ofNullable(usage);
    }

    public List<Choice> choices() {
      return choices;
    }
  }

  @Test
  void chatUsagePassesThroughWithUnknownCacheWrites() {
    RecordingCall call = new RecordingCall();
    new ChatCompletionReader().read(new Chunk(new Usage(), Collections.emptyList()), call);
    assertEquals(Arrays.asList(1000L, 250L, 100L, -1L, 40L), call.tokens());
    assertEquals("gpt-4o-2024-08-06", call.responseModel);
    assertEquals("chatcmpl-1", call.responseId);
  }

  @Test
  void chunksWithoutUsageLeaveTokensUnknownAndAFinishReasonCompletesTheStream() {
    RecordingCall call = new RecordingCall();
    ChatChunkReader reader = new ChatChunkReader();
    reader.read(new Chunk(null, Collections.singletonList(new Choice(null))), call);
    assertFalse(reader.complete());
    reader.read(new Chunk(null, Collections.singletonList(new Choice("stop"))), call);
    assertTrue(reader.complete());
    assertEquals(Arrays.asList(-1L, -1L, -1L, -1L, -1L), call.tokens());
  }

  public static final class EmbeddingUsage {
    public long promptTokens() {
      return 7;
    }

    public long totalTokens() {
      return 7;
    }
  }

  @Test
  void embeddingOutputIsTheTotalBeyondTheInput() {
    RecordingCall call = new RecordingCall();
    OpenAiUsage.embeddings(new EmbeddingUsage(), call);
    assertEquals(Arrays.asList(7L, 0L, -1L, -1L, -1L), call.tokens());
  }
}
