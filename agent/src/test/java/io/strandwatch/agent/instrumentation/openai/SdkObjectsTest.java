package io.strandwatch.agent.instrumentation.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading SDK-shaped objects: typed accessors, absent fields, additional properties, unions. */
class SdkObjectsTest {

  /** Shaped like a generated usage class: a required count that throws when absent, an optional one. */
  public static final class Usage {
    private final Long prompt;
    private final Long cached;
    private final Map<String, Object> extra = new HashMap<>();

    Usage(Long prompt, Long cached) {
      this.prompt = prompt;
      this.cached = cached;
    }

    public long promptTokens() {
      if (prompt == null) {
        throw new IllegalStateException("`prompt_tokens` is not set");
      }
      return prompt;
    }

    public Optional<Long> cachedTokens() {
      return Optional.ofNullable(cached);
    }

    public Map<String, Object> _additionalProperties() {
      return extra;
    }
  }

  /** Shaped like the SDKs' JsonValue: {@code asNumber()} and {@code asObject()}. */
  public static final class Json {
    private final Object value;

    Json(Object value) {
      this.value = value;
    }

    public Optional<Number> asNumber() {
      return value instanceof Number ? Optional.of((Number) value) : Optional.empty();
    }

    public Optional<Map<String, Object>> asObject() {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = value instanceof Map ? (Map<String, Object>) value : null;
      return Optional.ofNullable(map);
    }
  }

  /** Shaped like a model union: asString() throws for a known enum variant. */
  public static final class ModelUnion {
    private final String string;
    private final Named chat;

    ModelUnion(String string, Named chat) {
      this.string = string;
      this.chat = chat;
    }

    public String asString() {
      if (string == null) {
        throw new IllegalStateException("not a string");
      }
      return string;
    }

    public Optional<String> string() {
      return Optional.ofNullable(string);
    }

    public Optional<Named> chat() {
      return Optional.ofNullable(chat);
    }

    public Optional<Object> _json() {
      return Optional.empty();
    }
  }

  public static final class Named {
    private final String value;

    Named(String value) {
      this.value = value;
    }

    public String asString() {
      return value;
    }
  }

  @Test
  void typedCountsAndAbsentOnes() {
    Usage usage = new Usage(1000L, null);
    assertEquals(1000, SdkObjects.count(usage, "promptTokens", "prompt_tokens"));
    assertEquals(-1, SdkObjects.count(usage, "cachedTokens", "cached_tokens"));
    assertEquals(-1, SdkObjects.count(new Usage(null, 5L), "promptTokens", "prompt_tokens"),
        "a required accessor that throws is unknown, never 0");
    assertEquals(-1, SdkObjects.count(null, "promptTokens", "prompt_tokens"));
  }

  @Test
  void fieldsUnknownToTheSdkVersionComeFromAdditionalProperties() {
    Usage usage = new Usage(10L, 2L);
    Map<String, Object> details = new HashMap<>();
    details.put("thinking_tokens", new Json(7));
    usage._additionalProperties().put("cache_write_tokens", new Json(3));
    usage._additionalProperties().put("output_tokens_details", new Json(details));
    assertEquals(3, SdkObjects.count(usage, "cacheWriteTokens", "cache_write_tokens"));
    Object child = SdkObjects.child(usage, "outputTokensDetails", "output_tokens_details");
    assertEquals(7, SdkObjects.count(child, "thinkingTokens", "thinking_tokens"));
    assertNull(SdkObjects.child(usage, "promptTokensDetails", "prompt_tokens_details"));
  }

  @Test
  void negativeCountsAreUnknown() {
    assertEquals(-1, SdkObjects.count(new Usage(-5L, null), "promptTokens", "prompt_tokens"));
  }

  @Test
  void modelNamesFromStringsEnumsAndUnions() {
    assertEquals("gpt-4o", SdkObjects.text("gpt-4o"));
    assertEquals("gpt-4o", SdkObjects.text(new Named("gpt-4o")));
    assertEquals("o3", SdkObjects.text(Optional.of(new ModelUnion(null, new Named("o3"))), "string", "chat"));
    assertEquals("custom", SdkObjects.text(new ModelUnion("custom", null), "string", "chat"));
    assertNull(SdkObjects.text(Optional.empty()));
  }
}
