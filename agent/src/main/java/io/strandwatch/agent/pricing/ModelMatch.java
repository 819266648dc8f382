package io.strandwatch.agent.pricing;

import java.util.Objects;

/** How a reported model id was found in the price catalog. */
public final class ModelMatch {

    /** Match strength, strongest first. */
    public enum Kind {
        /** The id as reported is a catalog id. */
        EXACT,
        /** A normalized form of the id (case, prefixes, Vertex or Bedrock decoration) is a catalog id. */
        NORMALIZED,
        /** Only the undated family is priced: the cost is an estimate and reports should say "priced by family". */
        FAMILY,
        /** No price: the cost is unknown, never zero. */
        UNPRICED
    }

    static final ModelMatch UNPRICED = new ModelMatch(Kind.UNPRICED, null);

    private final Kind kind;
    private final ModelPrice price;

    private ModelMatch(Kind kind, ModelPrice price) {
        this.kind = kind;
        this.price = price;
    }

    static ModelMatch of(Kind kind, ModelPrice price) {
        return new ModelMatch(kind, Objects.requireNonNull(price, "price"));
    }

    public Kind kind() {
        return kind;
    }

    public boolean isPriced() {
        return price != null;
    }

    /** The matched catalog entry, or null when unpriced. */
    public ModelPrice price() {
        return price;
    }

    /** The matched catalog id, or null when unpriced. */
    public String catalogId() {
        return price == null ? null : price.id();
    }

    @Override
    public String toString() {
        return kind + (price == null ? "" : " " + price.id());
    }
}
