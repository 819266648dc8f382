package io.strandwatch.agent.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.pricing.CostQuote.Status;
import org.junit.jupiter.api.Test;

/**
 * Each provider's usage as its API reports it, turned into StrandWatch's normalized counts (input includes cache
 * reads and writes, output includes reasoning; what the SDK readers do) and priced from the bundled list. The
 * expected costs are worked out by hand in pico-USD per token (USD per 1M tokens x 10^6).
 */
class ProviderUsageShapesTest {

    private final CostCalculator calculator = new CostCalculator(PriceCatalog.bundled());

    private void assertPriced(long expectedPico, CostQuote quote) {
        assertEquals(Status.PRICED, quote.status(), quote.toString());
        assertEquals(expectedPico, quote.picoUsd(), quote.toString());
    }

    @Test
    void openAiCachedPromptAndReasoning() {
        // gpt-5-2025-08-07: prompt_tokens 10,000 of which cached_tokens 8,000; completion_tokens 3,000 of which
        // reasoning_tokens 2,000 (billed as output). 2,000 x 1,250,000 + 8,000 x 125,000 + 3,000 x 10,000,000.
        assertPriced(33_500_000_000L, calculator.quote("gpt-5-2025-08-07", 10_000, 8_000, -1, 3_000, 2_000));
    }

    @Test
    void anthropicCacheReadAndWriteAreReportedBesideInput() {
        // claude-haiku-4-5-20251001: input_tokens 300 (uncached only), cache_read_input_tokens 2,000,
        // cache_creation_input_tokens 700 -> normalized input 3,000; output_tokens 400.
        // 300 x 1,000,000 + 2,000 x 100,000 + 700 x 1,250,000 + 400 x 5,000,000.
        assertPriced(3_375_000_000L, calculator.quote("claude-haiku-4-5-20251001", 3_000, 2_000, 700, 400, -1));
    }

    @Test
    void anthropicLongContextBillsTheWholeRequestAtTheHigherRates() {
        // claude-sonnet-4-5 with 150,000 uncached + 60,000 cache reads = 210,000 input (> 200k), 1,000 output:
        // 150,000 x 6,000,000 + 60,000 x 600,000 + 1,000 x 22,500,000.
        CostQuote quote = calculator.quote("claude-sonnet-4-5-20250929", 210_000, 60_000, 0, 1_000, -1);
        assertPriced(958_500_000_000L, quote);
        assertTrue(quote.isLongContext());
    }

    @Test
    void geminiCachedContentAndThoughts() {
        // gemini-2.5-flash: promptTokenCount 5,000 including cachedContentTokenCount 4,000; candidatesTokenCount 400
        // plus thoughtsTokenCount 1,600 -> output 2,000, reasoning 1,600 (billed as output).
        // 1,000 x 300,000 + 4,000 x 30,000 + 2,000 x 2,500,000.
        assertPriced(5_420_000_000L, calculator.quote("models/gemini-2.5-flash", 5_000, 4_000, -1, 2_000, 1_600));
    }

    @Test
    void geminiProLongContext() {
        // gemini-2.5-pro, 250,000 prompt tokens (> 200k), 2,000 output: 250,000 x 2,500,000 + 2,000 x 15,000,000.
        CostQuote quote = calculator.quote("gemini-2.5-pro", 250_000, 0, -1, 2_000, 0);
        assertPriced(655_000_000_000L, quote);
        assertTrue(quote.isLongContext());
    }

    @Test
    void bedrockConverseWithCachePointsThroughAGlobalInferenceProfile() {
        // Converse usage: inputTokens 100 (uncached), cacheReadInputTokens 2,000, cacheWriteInputTokens 500 ->
        // input 2,600; outputTokens 300. Bedrock's own entry for Haiku 4.5 (priced like Anthropic):
        // 100 x 1,000,000 + 2,000 x 100,000 + 500 x 1,250,000 + 300 x 5,000,000.
        CostQuote quote = calculator.quote("global.anthropic.claude-haiku-4-5-20251001-v1:0", 2_600, 2_000, 500,
                300, -1);
        assertPriced(2_425_000_000L, quote);
        assertEquals("bedrock", quote.provider());
        // The same model by ARN costs the same.
        assertPriced(2_425_000_000L, calculator.quote("arn:aws:bedrock:eu-west-1:123456789012:inference-profile/"
                + "eu.anthropic.claude-haiku-4-5-20251001-v1:0", 2_600, 2_000, 500, 300, -1));
    }

    @Test
    void vertexAnthropicIdsWithAnAtDate() {
        // claude-opus-4-1@20250805 on Vertex: 1,000 x 15,000,000 + 100 x 75,000,000.
        assertPriced(22_500_000_000L, calculator.quote("claude-opus-4-1@20250805", 1_000, 0, 0, 100, -1));
    }

    @Test
    void anUnknownModelOfAnyProviderIsUnpricedNotFree() {
        for (String id : new String[] {"gpt-9-preview", "claude-ultra-5", "models/gemini-9-pro",
                "us.anthropic.claude-ultra-5-v1:0", "ft:gpt-4o-mini-2024-07-18:acme::abc123"}) {
            CostQuote quote = calculator.quote(id, 1_000, 0, 0, 100, 0);
            assertEquals(Status.UNPRICED_MODEL, quote.status(), id);
            assertEquals(CostQuote.UNKNOWN, quote.picoUsd(), id);
        }
    }
}
