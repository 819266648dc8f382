package io.strandwatch.agent.pricing;

/** One set of per-token prices in pico-USD: a model's standard rates or its long-context rates. */
public final class PriceRates {

    private final long inputPico;
    private final long cacheReadPico;
    private final long cacheWritePico;
    private final long outputPico;
    private final long reasoningPico;

    public PriceRates(long inputPico, long cacheReadPico, long cacheWritePico, long outputPico, long reasoningPico) {
        this.inputPico = inputPico;
        this.cacheReadPico = cacheReadPico;
        this.cacheWritePico = cacheWritePico;
        this.outputPico = outputPico;
        this.reasoningPico = reasoningPico;
    }

    /** Uncached input tokens. */
    public long inputPico() {
        return inputPico;
    }

    /** Input tokens read from the provider's prompt cache. */
    public long cacheReadPico() {
        return cacheReadPico;
    }

    /** Input tokens written to the provider's prompt cache. */
    public long cacheWritePico() {
        return cacheWritePico;
    }

    /** Output tokens that are not reasoning tokens. */
    public long outputPico() {
        return outputPico;
    }

    /** Reasoning (thinking) output tokens; equal to {@link #outputPico()} unless a model prices them apart. */
    public long reasoningPico() {
        return reasoningPico;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PriceRates)) {
            return false;
        }
        PriceRates other = (PriceRates) o;
        return inputPico == other.inputPico
                && cacheReadPico == other.cacheReadPico
                && cacheWritePico == other.cacheWritePico
                && outputPico == other.outputPico
                && reasoningPico == other.reasoningPico;
    }

    @Override
    public int hashCode() {
        long h = inputPico;
        h = 31 * h + cacheReadPico;
        h = 31 * h + cacheWritePico;
        h = 31 * h + outputPico;
        h = 31 * h + reasoningPico;
        return Long.hashCode(h);
    }

    @Override
    public String toString() {
        return "PriceRates{input=" + inputPico + ", cacheRead=" + cacheReadPico + ", cacheWrite=" + cacheWritePico
                + ", output=" + outputPico + ", reasoning=" + reasoningPico + " pico-USD/token}";
    }
}
