package io.strandwatch.agent.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.pricing.CostQuote.Status;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CostCalculatorTest {

    private static final long UNKNOWN = -1;

    private final CostCalculator calculator = new CostCalculator(PriceCatalog.bundled());

    private void assertCost(long expectedPico, Status expectedStatus, CostQuote quote) {
        assertEquals(expectedStatus, quote.status(), quote.toString());
        assertEquals(expectedPico, quote.picoUsd(), quote.toString());
        assertTrue(quote.hasCost());
    }

    @Test
    void gpt4oThousandInFiveHundredOutIsSevenAndAHalfTenthsOfACent() {
        CostQuote quote = calculator.quote("gpt-4o", 1_000, 0, 0, 500, 0);
        // 1,000 x 2,500,000 + 500 x 10,000,000 pico-USD
        assertCost(7_500_000_000L, Status.PRICED, quote);
        assertEquals("$0.0075", UsdFormat.format(quote.picoUsd()));
        assertEquals("gpt-4o", quote.catalogId());
        assertEquals("openai", quote.provider());
    }

    @Test
    void datedGpt4oSnapshotUsesItsOwnPrice() {
        // 1,000 x 5,000,000 + 500 x 15,000,000
        assertCost(12_500_000_000L, Status.PRICED, calculator.quote("gpt-4o-2024-05-13", 1_000, 0, 0, 500, 0));
        assertCost(7_500_000_000L, Status.PRICED, calculator.quote("gpt-4o-2024-08-06", 1_000, 0, 0, 500, 0));
    }

    @Test
    void anthropicCallWithCacheReadFollowsTheNormalizedConvention() {
        // Anthropic reported input 900 + cache read 100: normalized input 1,000.
        // 900 x 3,000,000 + 100 x 300,000 + 250 x 15,000,000
        assertCost(6_480_000_000L, Status.PRICED, calculator.quote("claude-sonnet-4-5", 1_000, 100, 0, 250, 0));
        assertCost(6_480_000_000L, Status.PRICED,
                calculator.quote("claude-sonnet-4-5-20250929", 1_000, 100, UNKNOWN, 250, UNKNOWN));
    }

    @Test
    void cacheWritesArePricedApart() {
        // 700 x 3,000,000 + 100 x 300,000 + 200 x 3,750,000 + 250 x 15,000,000
        assertCost(6_630_000_000L, Status.PRICED, calculator.quote("claude-sonnet-4-5", 1_000, 100, 200, 250, 0));
    }

    @Test
    void claudeSonnet4AboveTwoHundredThousandInputBillsEveryTokenAtLongContextRates() {
        // 190,000 x 6,000,000 + 50,000 x 600,000 + 10,000 x 7,500,000 + 2,000 x 22,500,000
        CostQuote quote = calculator.quote("claude-sonnet-4-20250514", 250_000, 50_000, 10_000, 2_000, 0);
        assertCost(1_290_000_000_000L, Status.PRICED, quote);
        assertTrue(quote.isLongContext());
        assertEquals("$1.29", UsdFormat.format(quote.picoUsd()));
    }

    @Test
    void longContextStartsAboveTheThresholdNotAtIt() {
        CostQuote atThreshold = calculator.quote("claude-sonnet-4", 200_000, 0, 0, 1_000, 0);
        // 200,000 x 3,000,000 + 1,000 x 15,000,000
        assertCost(615_000_000_000L, Status.PRICED, atThreshold);
        assertFalse(atThreshold.isLongContext());
        // 200,001 x 6,000,000 + 1,000 x 22,500,000
        assertCost(1_222_506_000_000L, Status.PRICED, calculator.quote("claude-sonnet-4", 200_001, 0, 0, 1_000, 0));
    }

    @Test
    void bedrockSonnet4HasTheSameLongContextTier() {
        assertCost(1_290_000_000_000L, Status.PRICED,
                calculator.quote("us.anthropic.claude-sonnet-4-20250514-v1:0", 250_000, 50_000, 10_000, 2_000, 0));
    }

    @Test
    void gemini25ProStandardAndLongContext() {
        // 100,000 x 1,250,000 + 1,000 x 10,000,000
        assertCost(135_000_000_000L, Status.PRICED, calculator.quote("gemini-2.5-pro", 100_000, 0, 0, 1_000, 0));
        // 200,000 x 2,500,000 + 100,000 x 250,000 + 5,000 x 15,000,000 (reasoning billed as output)
        CostQuote quote = calculator.quote("models/gemini-2.5-pro", 300_000, 100_000, 0, 5_000, 3_000);
        assertCost(600_000_000_000L, Status.PRICED, quote);
        assertTrue(quote.isLongContext());
    }

    @Test
    void reasoningDefaultsToTheOutputPrice() {
        // 1,000 x 1,100,000 + 1,000 x 275,000 + 3,000 x 4,400,000
        assertCost(14_575_000_000L, Status.PRICED, calculator.quote("o4-mini", 2_000, 1_000, 0, 3_000, 2_500));
    }

    @Test
    void reasoningHasItsOwnPriceWhenTheCatalogGivesOne() throws PriceFileException {
        PriceCatalog catalog = PriceCatalog.parse(new StringReader(String.join("\n",
                "models:",
                "  my-reasoner: {provider: acme, input_per_mtok: 1, output_per_mtok: 2, reasoning_per_mtok: 3}")),
                "test.yaml");
        // 100 x 1,000,000 + 20 x 2,000,000 + 30 x 3,000,000
        assertCost(230_000_000L, Status.PRICED,
                new CostCalculator(catalog).quote("my-reasoner", 100, 0, 0, 50, 30));
    }

    @Test
    void aMillionCallsSumExactly() {
        long total = 0;
        for (int i = 0; i < 1_000_000; i++) {
            CostQuote quote = i % 2 == 0
                    ? calculator.quote("gpt-4o-mini-2024-07-18", 1_234, 1_000, 0, 567, 0)
                    : calculator.quote("us.amazon.nova-micro-v1:0", 1_001, 0, 0, 333, 0);
            total += quote.picoUsd();
        }
        // gpt-4o-mini: 234 x 150,000 + 1,000 x 75,000 + 567 x 600,000 = 450,300,000 per call
        // nova-micro: 1,001 x 35,000 + 333 x 140,000 = 81,655,000 per call
        // 500,000 x 450,300,000 + 500,000 x 81,655,000
        assertEquals(265_977_500_000_000L, total);
        assertEquals("265.9775", UsdFormat.plain(total));
    }

    @Test
    void familyPricedCallsAreFlagged() {
        CostQuote quote = calculator.quote("gpt-4o-2099-01-01", 1_000, 0, 0, 500, 0);
        assertCost(7_500_000_000L, Status.PRICED_BY_FAMILY, quote);
        assertEquals("gpt-4o", quote.catalogId());
    }

    @Test
    void unknownModelIsUnpricedNeverZero() {
        CostQuote quote = calculator.quote("my-private-model", 1_000, 0, 0, 500, 0);
        assertEquals(Status.UNPRICED_MODEL, quote.status());
        assertEquals(CostQuote.UNKNOWN, quote.picoUsd());
        assertFalse(quote.hasCost());
        assertNull(quote.catalogId());
        assertNull(quote.provider());
        assertEquals(Status.UNPRICED_MODEL, calculator.quote(null, 1_000, 0, 0, 500, 0).status());
        assertEquals(Status.UNPRICED_MODEL, calculator.quote("my-private-model", UNKNOWN, 0, 0, 500, 0).status());
    }

    @Test
    void unknownInputOrOutputMakesTheCostUnknown() {
        for (CostQuote quote : new CostQuote[] {
                calculator.quote("gpt-4o", UNKNOWN, 0, 0, 500, 0),
                calculator.quote("gpt-4o", 1_000, 0, 0, UNKNOWN, 0),
                calculator.quote("gpt-4o", UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN)}) {
            assertEquals(Status.UNKNOWN_USAGE, quote.status());
            assertEquals(CostQuote.UNKNOWN, quote.picoUsd());
            assertFalse(quote.hasCost());
            assertEquals("gpt-4o", quote.catalogId());
        }
    }

    @Test
    void unknownPartsCountAsZero() {
        assertCost(7_500_000_000L, Status.PRICED, calculator.quote("gpt-4o", 1_000, UNKNOWN, UNKNOWN, 500, UNKNOWN));
    }

    @Test
    void partsLargerThanTheirTotalsMakeTheCostUnknown() {
        assertEquals(Status.UNKNOWN_USAGE, calculator.quote("gpt-4o", 100, 101, 0, 500, 0).status());
        assertEquals(Status.UNKNOWN_USAGE, calculator.quote("claude-sonnet-4-5", 100, 60, 60, 500, 0).status());
        assertEquals(Status.UNKNOWN_USAGE, calculator.quote("o3", 100, 0, 0, 10, 11).status());
        assertEquals(Status.UNKNOWN_USAGE,
                calculator.quote("gpt-4o", 100, Long.MAX_VALUE, Long.MAX_VALUE, 500, 0).status());
    }

    @Test
    void overflowMakesTheCostUnknownInsteadOfWrapping() {
        assertEquals(Status.UNKNOWN_USAGE, calculator.quote("claude-opus-4-1", Long.MAX_VALUE / 2, 0, 0, 0, 0).status());
    }

    @Test
    void zeroTokensCostZero() {
        assertCost(0L, Status.PRICED, calculator.quote("gpt-4o", 0, 0, 0, 0, 0));
    }

    @Test
    void embeddingsBillInputOnly() {
        // 10,000 x 20,000
        assertCost(200_000_000L, Status.PRICED, calculator.quote("text-embedding-3-small", 10_000, 0, 0, 0, 0));
    }
}
