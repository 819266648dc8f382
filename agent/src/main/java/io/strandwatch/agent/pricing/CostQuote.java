package io.strandwatch.agent.pricing;

/**
 * The cost of one LLM call, or why it has none.
 *
 * <p>A small immutable object rather than an allocation-free API: one quote per LLM call, which itself takes
 * hundreds of milliseconds and allocates far more, costs nothing measurable, and a value that carries its status
 * cannot be mistaken for a zero cost. Unpriced quotes are a shared instance.
 */
public final class CostQuote {

    /** Value of {@link #picoUsd()} when there is no cost. */
    public static final long UNKNOWN = -1;

    public enum Status {
        /** Priced from the model's own catalog entry. */
        PRICED,
        /** Priced from the undated family's entry; an estimate reports should label "priced by family". */
        PRICED_BY_FAMILY,
        /** The model has no price: cost unknown (alert {@code unpriced_model}), never $0. */
        UNPRICED_MODEL,
        /** The model is priced but the token counts are missing or inconsistent: cost unknown. */
        UNKNOWN_USAGE
    }

    static final CostQuote UNPRICED = new CostQuote(Status.UNPRICED_MODEL, UNKNOWN, null, false);

    private final Status status;
    private final long picoUsd;
    private final ModelPrice price;
    private final boolean longContext;

    private CostQuote(Status status, long picoUsd, ModelPrice price, boolean longContext) {
        this.status = status;
        this.picoUsd = picoUsd;
        this.price = price;
        this.longContext = longContext;
    }

    static CostQuote priced(boolean byFamily, long picoUsd, ModelPrice price, boolean longContext) {
        return new CostQuote(byFamily ? Status.PRICED_BY_FAMILY : Status.PRICED, picoUsd, price, longContext);
    }

    static CostQuote unknownUsage(ModelPrice price) {
        return new CostQuote(Status.UNKNOWN_USAGE, UNKNOWN, price, false);
    }

    public Status status() {
        return status;
    }

    /** Whether {@link #picoUsd()} is a cost: status PRICED or PRICED_BY_FAMILY. */
    public boolean hasCost() {
        return picoUsd != UNKNOWN;
    }

    /** The cost in pico-USD (10^-12 USD), or {@link #UNKNOWN}. */
    public long picoUsd() {
        return picoUsd;
    }

    /** The catalog id the price came from, or null for an unpriced model. */
    public String catalogId() {
        return price == null ? null : price.id();
    }

    /** The provider named by the catalog entry, or null for an unpriced model. */
    public String provider() {
        return price == null ? null : price.provider();
    }

    /** Whether the request was billed at the model's long-context rates. */
    public boolean isLongContext() {
        return longContext;
    }

    @Override
    public String toString() {
        return status + (hasCost() ? " " + UsdFormat.format(picoUsd) : "")
                + (price == null ? "" : " (" + price.id() + (longContext ? ", long context" : "") + ")");
    }
}
