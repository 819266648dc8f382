package io.strandwatch.simulator;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TokenUsageTest {

    @Test
    void derivesProviderWireCounts() {
        TokenUsage usage = TokenUsage.of(1000, 250, 100, 50, 40);
        assertEquals(850, usage.inputExcludingCache());
        assertEquals(210, usage.outputExcludingReasoning());
        assertEquals(1250, usage.total());
    }

    @Test
    void omittedPartsCountAsZeroAndOmittedWholesStayOmitted() {
        assertEquals(1000, TokenUsage.of(1000, 250).inputExcludingCache());
        assertNull(TokenUsage.of(null, 250, 100, null, null).inputExcludingCache());
        assertNull(TokenUsage.of(1000, null, null, null, null).total());
        assertFalse(TokenUsage.absent().isPresent());
        assertEquals(TokenUsage.of(5, 6).withCacheRead(2), TokenUsage.of(5, 6, 2, null, null));
    }

    @Test
    void rejectsCountsThatContradictTheConvention() {
        assertThrows(IllegalArgumentException.class, () -> TokenUsage.of(100, 10, 80, 30, null));
        assertThrows(IllegalArgumentException.class, () -> TokenUsage.of(100, 10, null, null, 11));
        assertThrows(IllegalArgumentException.class, () -> TokenUsage.of(-1, 10));
    }
}
