package io.strandwatch.agent.pricing;

import java.util.Objects;

/** The prices of one catalog model id, with its optional long-context tier. */
public final class ModelPrice {

    /** Threshold value of a model without a long-context tier. */
    public static final long NO_LONG_CONTEXT = -1;

    private final String id;
    private final String provider;
    private final PriceRates standard;
    private final long longContextThresholdTokens;
    private final PriceRates longContext;

    /** A model billed at the same rates whatever the prompt length. */
    public ModelPrice(String id, String provider, PriceRates standard) {
        this(id, provider, standard, NO_LONG_CONTEXT, null);
    }

    /**
     * A model whose whole request is billed at {@code longContext} rates when its input exceeds
     * {@code longContextThresholdTokens}.
     */
    public ModelPrice(String id, String provider, PriceRates standard,
                      long longContextThresholdTokens, PriceRates longContext) {
        this.id = Objects.requireNonNull(id, "id");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.standard = Objects.requireNonNull(standard, "standard");
        if ((longContext == null) != (longContextThresholdTokens == NO_LONG_CONTEXT)) {
            throw new IllegalArgumentException("a long-context tier needs both a threshold and rates");
        }
        this.longContextThresholdTokens = longContextThresholdTokens;
        this.longContext = longContext;
    }

    public String id() {
        return id;
    }

    public String provider() {
        return provider;
    }

    public PriceRates standard() {
        return standard;
    }

    public boolean hasLongContextTier() {
        return longContext != null;
    }

    /** Prompt tokens above which the long-context rates apply, or {@link #NO_LONG_CONTEXT}. */
    public long longContextThresholdTokens() {
        return longContextThresholdTokens;
    }

    /** The long-context rates, or null without a tier. */
    public PriceRates longContext() {
        return longContext;
    }

    /** Whether a request with this many input tokens (cache reads and writes included) is long-context. */
    public boolean isLongContext(long inputTokens) {
        return longContext != null && inputTokens > longContextThresholdTokens;
    }

    /** The rates every token of a request with this many input tokens is billed at. */
    public PriceRates ratesFor(long inputTokens) {
        return isLongContext(inputTokens) ? longContext : standard;
    }

    @Override
    public String toString() {
        return "ModelPrice{" + id + " (" + provider + "), " + standard
                + (longContext == null ? "" : ", above " + longContextThresholdTokens + ": " + longContext) + "}";
    }
}
