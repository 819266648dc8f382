package io.strandwatch.agent.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UsdFormatTest {

    @Test
    void showsFourSignificantDigitsBelowOneDollar() {
        assertEquals("$0.0075", UsdFormat.format(7_500_000_000L));
        assertEquals("$0.001234", UsdFormat.format(1_234_000_000L));
        assertEquals("$0.001235", UsdFormat.format(1_234_567_000L));
        assertEquals("$0.00648", UsdFormat.format(6_480_000_000L));
        assertEquals("$0.000000000001", UsdFormat.format(1L));
    }

    @Test
    void keepsAtLeastCents() {
        assertEquals("$0.00", UsdFormat.format(0L));
        assertEquals("$0.50", UsdFormat.format(500_000_000_000L));
        assertEquals("$0.10", UsdFormat.format(100_000_000_000L));
    }

    @Test
    void roundsToCentsWithGroupingFromOneDollar() {
        assertEquals("$1.29", UsdFormat.format(1_290_000_000_000L));
        assertEquals("$1.00", UsdFormat.format(999_999_000_000L));
        assertEquals("$1,234.57", UsdFormat.format(1_234_567_890_000_000L));
        assertEquals("$252.84", UsdFormat.format(252_839_375_000_000L));
    }

    @Test
    void signsNegativeAmounts() {
        assertEquals("-$0.0075", UsdFormat.format(-7_500_000_000L));
    }

    @Test
    void plainIsExactForExports() {
        assertEquals("0.0075", UsdFormat.plain(7_500_000_000L));
        assertEquals("252.839375", UsdFormat.plain(252_839_375_000_000L));
        assertEquals("0.000000000001", UsdFormat.plain(1L));
        assertEquals("3", UsdFormat.plain(3_000_000_000_000L));
        assertEquals("0", UsdFormat.plain(0L));
    }
}
