package io.strandwatch.agent.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PicoUsdTest {

    private static long perToken(String usdPerMillion) {
        return PicoUsd.perTokenFromUsdPerMillion(new BigDecimal(usdPerMillion));
    }

    @Test
    void convertsUsdPerMillionTokensToWholePicoUsdPerToken() {
        assertEquals(2_500_000L, perToken("2.50"));
        assertEquals(75_000L, perToken("0.075"));
        assertEquals(8_750L, perToken("0.00875"));
        assertEquals(1L, perToken("0.000001"));
        assertEquals(1L, perToken("1e-6"));
        assertEquals(0L, perToken("0"));
        assertEquals(75_000_000L, perToken("75"));
    }

    @Test
    void rejectsPricesFinerThanOnePicoUsdPerToken() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> perToken("0.0000001"));
        assertEquals("is not a whole number of pico-USD per token (at most 6 decimal places per 1M tokens)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> perToken("2.5000005"));
    }

    @Test
    void rejectsNegativeAndOversizedPrices() {
        assertEquals("is negative",
                assertThrows(IllegalArgumentException.class, () -> perToken("-1")).getMessage());
        assertEquals("is too large",
                assertThrows(IllegalArgumentException.class, () -> perToken("1e20")).getMessage());
    }

    @Test
    void convertsPicoUsdToExactUsd() {
        assertEquals(new BigDecimal("0.007500000000"), PicoUsd.toUsd(7_500_000_000L));
        assertEquals(1_000_000_000_000L, PicoUsd.PER_USD);
    }
}
