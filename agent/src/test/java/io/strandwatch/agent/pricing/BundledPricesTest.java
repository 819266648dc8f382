package io.strandwatch.agent.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The bundled list against the list prices of the brief, in pico-USD per token. */
class BundledPricesTest {

    private final PriceCatalog bundled = PriceCatalog.bundled();

    private void assertRates(String id, long input, long cacheRead, long cacheWrite, long output) {
        ModelPrice price = bundled.get(id);
        assertNotNull(price, id);
        assertEquals(new PriceRates(input, cacheRead, cacheWrite, output, output), price.standard(), id);
    }

    @Test
    void openAi() {
        for (String id : new String[] {"gpt-4o", "gpt-4o-2024-08-06"}) {
            assertRates(id, 2_500_000, 1_250_000, 2_500_000, 10_000_000);
        }
        assertRates("gpt-4o-2024-05-13", 5_000_000, 5_000_000, 5_000_000, 15_000_000);
        for (String id : new String[] {"gpt-4o-mini", "gpt-4o-mini-2024-07-18"}) {
            assertRates(id, 150_000, 75_000, 150_000, 600_000);
        }
        for (String id : new String[] {"gpt-4.1", "gpt-4.1-2025-04-14", "o3", "o3-2025-04-16"}) {
            assertRates(id, 2_000_000, 500_000, 2_000_000, 8_000_000);
        }
        for (String id : new String[] {"o4-mini", "o4-mini-2025-04-16"}) {
            assertRates(id, 1_100_000, 275_000, 1_100_000, 4_400_000);
        }
        assertRates("gpt-5-2025-08-07", 1_250_000, 125_000, 1_250_000, 10_000_000);
        assertRates("gpt-5-mini", 250_000, 25_000, 250_000, 2_000_000);
        assertRates("gpt-5-nano", 50_000, 5_000, 50_000, 400_000);
        assertRates("text-embedding-3-small", 20_000, 20_000, 20_000, 0);
        assertRates("text-embedding-3-large", 130_000, 130_000, 130_000, 0);
    }

    @Test
    void anthropicAndBedrock() {
        for (String id : new String[] {"claude-sonnet-4", "claude-sonnet-4-20250514", "claude-sonnet-4-5",
                "claude-sonnet-4-5-20250929", "anthropic.claude-sonnet-4-20250514-v1:0",
                "anthropic.claude-sonnet-4-5-20250929-v1:0"}) {
            assertRates(id, 3_000_000, 300_000, 3_750_000, 15_000_000);
            ModelPrice price = bundled.get(id);
            assertEquals(200_000, price.longContextThresholdTokens(), id);
            assertEquals(new PriceRates(6_000_000, 600_000, 7_500_000, 22_500_000, 22_500_000), price.longContext(), id);
        }
        assertRates("claude-haiku-4-5-20251001", 1_000_000, 100_000, 1_250_000, 5_000_000);
        assertRates("anthropic.claude-haiku-4-5-20251001-v1:0", 1_000_000, 100_000, 1_250_000, 5_000_000);
        assertRates("claude-opus-4-1-20250805", 15_000_000, 1_500_000, 18_750_000, 75_000_000);
        assertRates("claude-opus-4-5-20251101", 5_000_000, 500_000, 6_250_000, 25_000_000);
        assertEquals("bedrock", bundled.get("anthropic.claude-opus-4-5-20251101-v1:0").provider());
        assertRates("amazon.nova-micro-v1:0", 35_000, 8_750, 35_000, 140_000);
    }

    @Test
    void google() {
        assertRates("gemini-2.5-pro", 1_250_000, 125_000, 1_250_000, 10_000_000);
        assertEquals(new PriceRates(2_500_000, 250_000, 2_500_000, 15_000_000, 15_000_000),
                bundled.get("gemini-2.5-pro").longContext());
        assertRates("gemini-2.5-flash", 300_000, 30_000, 300_000, 2_500_000);
        assertRates("gemini-2.5-flash-lite", 100_000, 10_000, 100_000, 400_000);
        assertRates("gemini-2.0-flash", 100_000, 25_000, 100_000, 400_000);
    }

    @Test
    void datedAndCoveringTheFourProviders() {
        // The date records when the prices were taken; the resource name carries it so a stale jar shows.
        assertEquals(java.time.LocalDate.of(2025, 11, 25), bundled.date());
        assertTrue(PriceCatalog.BUNDLED_RESOURCE.contains(bundled.date().toString()));
        assertTrue(bundled.size() >= 30, bundled.size() + " ids");
        java.util.Map<String, Long> perProvider = new java.util.TreeMap<>();
        for (String id : bundled.modelIds()) {
            perProvider.merge(bundled.get(id).provider(), 1L, Long::sum);
        }
        assertEquals(java.util.Set.of("openai", "anthropic", "google", "bedrock"), perProvider.keySet());
        perProvider.forEach((provider, n) -> assertTrue(n >= 5, provider + ": " + n));
    }

    @Test
    void everyIdIsLowerCaseAndHasAProvider() {
        for (String id : bundled.modelIds()) {
            assertEquals(id.toLowerCase(Locale.ROOT), id);
            assertFalse(bundled.get(id).provider().isEmpty(), id);
            assertTrue(bundled.get(id).standard().inputPico() > 0, id);
        }
    }
}
