package io.strandwatch.agent.pricing;

import java.math.BigDecimal;

/**
 * Money unit of the pricing package: one pico-USD is 10^-12 USD.
 *
 * <p>Per-token list prices such as $0.075 per 1M tokens are 75,000 pico-USD per token, a whole number,
 * so a cost is a {@code long} product of integers and any number of costs add up without rounding.
 * A {@code long} holds about 9.2 million USD, far beyond one process's spend between exports.
 */
public final class PicoUsd {

    public static final long PER_USD = 1_000_000_000_000L;

    /** USD per 1M tokens times 10^6 is pico-USD per token: 10^12 pico per USD / 10^6 tokens. */
    private static final int PER_MTOK_TO_PER_TOKEN_SHIFT = 6;

    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private PicoUsd() {
    }

    /**
     * Converts a price in USD per 1M tokens to pico-USD per token.
     *
     * @throws IllegalArgumentException with a user-facing reason when the price is negative, has more than
     *     six decimal places (not a whole number of pico-USD per token) or does not fit a {@code long}
     */
    public static long perTokenFromUsdPerMillion(BigDecimal usdPerMillionTokens) {
        if (usdPerMillionTokens.signum() < 0) {
            throw new IllegalArgumentException("is negative");
        }
        BigDecimal picoPerToken = usdPerMillionTokens.movePointRight(PER_MTOK_TO_PER_TOKEN_SHIFT);
        if (picoPerToken.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(
                    "is not a whole number of pico-USD per token (at most 6 decimal places per 1M tokens)");
        }
        if (picoPerToken.compareTo(LONG_MAX) > 0) {
            throw new IllegalArgumentException("is too large");
        }
        return picoPerToken.longValueExact();
    }

    /** The exact USD amount of a pico-USD amount. */
    public static BigDecimal toUsd(long picoUsd) {
        return BigDecimal.valueOf(picoUsd, 12);
    }
}
