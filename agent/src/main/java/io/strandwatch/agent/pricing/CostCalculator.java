package io.strandwatch.agent.pricing;

import java.util.Objects;

/**
 * Prices LLM calls from normalized token counts, exactly, in pico-USD.
 *
 * <p>Counts follow StrandWatch's convention: {@code input} counts all input tokens with cache reads and cache
 * writes included, {@code output} includes reasoning tokens, and -1 (any negative) means unknown. Cost:
 * <pre>
 *   (input - cacheRead - cacheWrite) * p_in + cacheRead * p_cacheRead + cacheWrite * p_cacheWrite
 *   + (output - reasoning) * p_out + reasoning * p_reasoning
 * </pre>
 * with every price taken from the long-context tier when {@code input} exceeds its threshold.
 * Thread-safe.
 */
public final class CostCalculator {

    private final ModelMatcher matcher;

    public CostCalculator(PriceCatalog catalog) {
        this(new ModelMatcher(catalog));
    }

    public CostCalculator(ModelMatcher matcher) {
        this.matcher = Objects.requireNonNull(matcher, "matcher");
    }

    public ModelMatcher matcher() {
        return matcher;
    }

    /**
     * The cost of one call to {@code modelId} as reported by the SDK or provider.
     *
     * @param input all input tokens including cache reads and writes, or -1
     * @param cacheRead input tokens read from the prompt cache, or -1 (counts as 0)
     * @param cacheWrite input tokens written to the prompt cache, or -1 (counts as 0)
     * @param output all output tokens including reasoning, or -1
     * @param reasoning reasoning tokens within output, or -1 (counts as 0)
     */
    public CostQuote quote(String modelId, long input, long cacheRead, long cacheWrite, long output, long reasoning) {
        ModelMatch match = matcher.match(modelId);
        if (!match.isPriced()) {
            return CostQuote.UNPRICED;
        }
        ModelPrice price = match.price();
        long cost = costPico(price, input, cacheRead, cacheWrite, output, reasoning);
        if (cost == CostQuote.UNKNOWN) {
            return CostQuote.unknownUsage(price);
        }
        return CostQuote.priced(match.kind() == ModelMatch.Kind.FAMILY, cost, price, price.isLongContext(input));
    }

    /**
     * The cost in pico-USD of one call at {@code price}, without matching or allocation; {@link CostQuote#UNKNOWN}
     * when input or output is unknown, when the parts exceed their totals (cache reads and writes above input,
     * reasoning above output: a usage-reading bug we must not turn into a number), or on overflow.
     */
    public static long costPico(ModelPrice price, long input, long cacheRead, long cacheWrite,
                                long output, long reasoning) {
        if (input < 0 || output < 0) {
            return CostQuote.UNKNOWN;
        }
        long cachedRead = Math.max(cacheRead, 0);
        long cachedWrite = Math.max(cacheWrite, 0);
        long thinking = Math.max(reasoning, 0);
        if (cachedRead > input || cachedWrite > input - cachedRead || thinking > output) {
            return CostQuote.UNKNOWN;
        }
        long uncachedInput = input - cachedRead - cachedWrite;
        long plainOutput = output - thinking;
        PriceRates rates = price.ratesFor(input);
        try {
            long cost = Math.multiplyExact(uncachedInput, rates.inputPico());
            cost = Math.addExact(cost, Math.multiplyExact(cachedRead, rates.cacheReadPico()));
            cost = Math.addExact(cost, Math.multiplyExact(cachedWrite, rates.cacheWritePico()));
            cost = Math.addExact(cost, Math.multiplyExact(plainOutput, rates.outputPico()));
            return Math.addExact(cost, Math.multiplyExact(thinking, rates.reasoningPico()));
        } catch (ArithmeticException e) {
            // Only absurd token counts (billions of tokens at dollar-per-token prices) get here.
            return CostQuote.UNKNOWN;
        }
    }
}
