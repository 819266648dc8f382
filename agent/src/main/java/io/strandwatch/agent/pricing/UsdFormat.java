package io.strandwatch.agent.pricing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Renders pico-USD amounts for people and for machines.
 *
 * <p>Single LLM calls cost fractions of a cent, totals cost dollars: below one dollar four significant digits
 * keep a call's cost readable ({@code $0.001234}), from one dollar cents are enough ({@code $1,234.57}).
 */
public final class UsdFormat {

    private static final MathContext FOUR_SIGNIFICANT_DIGITS = new MathContext(4, RoundingMode.HALF_UP);

    private UsdFormat() {
    }

    /** A human-readable amount such as {@code $0.0075}, {@code $0.001235}, {@code $12.50} or {@code $1,234.57}. */
    public static String format(long picoUsd) {
        BigDecimal usd = PicoUsd.toUsd(picoUsd);
        if (usd.signum() < 0) {
            return "-" + formatNonNegative(usd.negate());
        }
        return formatNonNegative(usd);
    }

    /** The exact amount in USD as a plain decimal without symbol or grouping, e.g. {@code 0.0075}, for exports. */
    public static String plain(long picoUsd) {
        if (picoUsd == 0) {
            return "0";
        }
        return PicoUsd.toUsd(picoUsd).stripTrailingZeros().toPlainString();
    }

    private static String formatNonNegative(BigDecimal usd) {
        if (usd.signum() == 0) {
            return "$0.00";
        }
        if (usd.compareTo(BigDecimal.ONE) >= 0) {
            return String.format(Locale.ROOT, "$%,.2f", usd);
        }
        BigDecimal rounded = usd.round(FOUR_SIGNIFICANT_DIGITS).stripTrailingZeros();
        if (rounded.scale() < 2) {
            rounded = rounded.setScale(2, RoundingMode.UNNECESSARY);
        }
        return "$" + rounded.toPlainString();
    }
}
