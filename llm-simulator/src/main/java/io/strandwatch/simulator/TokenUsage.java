package io.strandwatch.simulator;

import java.util.Objects;

/**
 * The token counts a simulated response reports, in StrandWatch's normalized convention (the OpenTelemetry GenAI
 * one), whatever the provider's wire convention is:
 *
 * <ul>
 *   <li>{@code input} counts ALL input tokens, cache reads and cache writes included;
 *       {@code cacheRead} and {@code cacheWrite} are parts of it;</li>
 *   <li>{@code output} counts ALL output tokens, reasoning included; {@code reasoning} is part of it.</li>
 * </ul>
 *
 * Each protocol translates to its wire convention, so an SDK read back through the same normalization gives
 * exactly these numbers:
 *
 * <ul>
 *   <li>OpenAI (chat, responses, Azure): {@code prompt_tokens}/{@code input_tokens} = input,
 *       {@code cached_tokens} = cacheRead, {@code cache_write_tokens} = cacheWrite,
 *       {@code completion_tokens}/{@code output_tokens} = output, {@code reasoning_tokens} = reasoning.</li>
 *   <li>Anthropic, Bedrock Converse and Anthropic-on-Bedrock: {@code input_tokens}/{@code inputTokens} =
 *       input − cacheRead − cacheWrite, with the cache counts beside it; output as is. Anthropic reports
 *       reasoning as {@code output_tokens_details.thinking_tokens}; Bedrock Converse has no reasoning count.</li>
 *   <li>Gemini: {@code promptTokenCount} = input, {@code cachedContentTokenCount} = cacheRead,
 *       {@code candidatesTokenCount} = output − reasoning, {@code thoughtsTokenCount} = reasoning.</li>
 *   <li>Ollama: {@code prompt_eval_count} = input, {@code eval_count} = output.</li>
 * </ul>
 *
 * Any count may be omitted ({@code null}): its wire field is then left out, which is how tests check that
 * "absent" reads as unknown rather than 0. Where a wire field is derived by subtraction, an omitted part counts as
 * 0 and an omitted whole leaves the field out. {@link #absent()} leaves the whole usage object out.
 */
public final class TokenUsage {

    private static final TokenUsage ABSENT = new TokenUsage(false, null, null, null, null, null);

    private final boolean present;
    private final Integer input;
    private final Integer output;
    private final Integer cacheRead;
    private final Integer cacheWrite;
    private final Integer reasoning;

    private TokenUsage(boolean present, Integer input, Integer output, Integer cacheRead, Integer cacheWrite,
                       Integer reasoning) {
        this.present = present;
        this.input = requireNonNegative("input", input);
        this.output = requireNonNegative("output", output);
        this.cacheRead = requireNonNegative("cacheRead", cacheRead);
        this.cacheWrite = requireNonNegative("cacheWrite", cacheWrite);
        this.reasoning = requireNonNegative("reasoning", reasoning);
        if (input != null && orZero(cacheRead) + orZero(cacheWrite) > input) {
            throw new IllegalArgumentException("cacheRead + cacheWrite must not exceed input (input includes them)");
        }
        if (output != null && reasoning != null && reasoning > output) {
            throw new IllegalArgumentException("reasoning must not exceed output (output includes it)");
        }
    }

    /** Input and output only; the cache and reasoning counts are omitted from the wire. */
    public static TokenUsage of(int input, int output) {
        return new TokenUsage(true, input, output, null, null, null);
    }

    /** All five counts, each possibly null for "omitted". */
    public static TokenUsage of(Integer input, Integer output, Integer cacheRead, Integer cacheWrite,
                                Integer reasoning) {
        return new TokenUsage(true, input, output, cacheRead, cacheWrite, reasoning);
    }

    /** No usage object on the wire at all. */
    public static TokenUsage absent() {
        return ABSENT;
    }

    public TokenUsage withInput(Integer value) {
        return new TokenUsage(true, value, output, cacheRead, cacheWrite, reasoning);
    }

    public TokenUsage withOutput(Integer value) {
        return new TokenUsage(true, input, value, cacheRead, cacheWrite, reasoning);
    }

    public TokenUsage withCacheRead(Integer value) {
        return new TokenUsage(true, input, output, value, cacheWrite, reasoning);
    }

    public TokenUsage withCacheWrite(Integer value) {
        return new TokenUsage(true, input, output, cacheRead, value, reasoning);
    }

    public TokenUsage withReasoning(Integer value) {
        return new TokenUsage(true, input, output, cacheRead, cacheWrite, value);
    }

    public boolean isPresent() {
        return present;
    }

    public Integer input() {
        return input;
    }

    public Integer output() {
        return output;
    }

    public Integer cacheRead() {
        return cacheRead;
    }

    public Integer cacheWrite() {
        return cacheWrite;
    }

    public Integer reasoning() {
        return reasoning;
    }

    /** Input without cache reads and writes: Anthropic's and Bedrock's {@code input_tokens}. */
    public Integer inputExcludingCache() {
        return input == null ? null : input - orZero(cacheRead) - orZero(cacheWrite);
    }

    /** Output without reasoning: Gemini's {@code candidatesTokenCount}. */
    public Integer outputExcludingReasoning() {
        return output == null ? null : output - orZero(reasoning);
    }

    /** input + output, or null when either is omitted. */
    public Integer total() {
        return input == null || output == null ? null : input + output;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static Integer requireNonNegative(String name, Integer value) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TokenUsage)) {
            return false;
        }
        TokenUsage that = (TokenUsage) o;
        return present == that.present && Objects.equals(input, that.input) && Objects.equals(output, that.output)
                && Objects.equals(cacheRead, that.cacheRead) && Objects.equals(cacheWrite, that.cacheWrite)
                && Objects.equals(reasoning, that.reasoning);
    }

    @Override
    public int hashCode() {
        return Objects.hash(present, input, output, cacheRead, cacheWrite, reasoning);
    }

    @Override
    public String toString() {
        if (!present) {
            return "TokenUsage[absent]";
        }
        return "TokenUsage[input=" + input + ", output=" + output + ", cacheRead=" + cacheRead + ", cacheWrite="
                + cacheWrite + ", reasoning=" + reasoning + "]";
    }
}
