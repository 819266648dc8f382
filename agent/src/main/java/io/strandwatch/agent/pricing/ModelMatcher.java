package io.strandwatch.agent.pricing;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the catalog entry for a reported model id: exact id, then normalized forms, then the undated family.
 *
 * <p>Results are cached per reported id because the same few ids repeat on every call. The cache is emptied
 * when it reaches its bound instead of evicting least-recently-used entries: an application uses a handful of
 * ids, so a full cache means ids are unbounded (e.g. embedded request ids) and no policy would help, while
 * LRU bookkeeping would add contention on a path every LLM call of every thread takes.
 */
public final class ModelMatcher {

    public static final int DEFAULT_CACHE_SIZE = 1024;

    private final PriceCatalog catalog;
    private final int cacheSize;
    private final ConcurrentHashMap<String, ModelMatch> cache = new ConcurrentHashMap<>();

    public ModelMatcher(PriceCatalog catalog) {
        this(catalog, DEFAULT_CACHE_SIZE);
    }

    public ModelMatcher(PriceCatalog catalog, int cacheSize) {
        if (cacheSize < 1) {
            throw new IllegalArgumentException("cacheSize must be positive: " + cacheSize);
        }
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.cacheSize = cacheSize;
    }

    public PriceCatalog catalog() {
        return catalog;
    }

    /** The match for a reported model id; a null or blank id is unpriced. */
    public ModelMatch match(String modelId) {
        if (modelId == null || modelId.trim().isEmpty()) {
            return ModelMatch.UNPRICED;
        }
        ModelMatch cached = cache.get(modelId);
        if (cached != null) {
            return cached;
        }
        ModelMatch match = lookUp(modelId);
        if (cache.size() >= cacheSize) {
            cache.clear();
        }
        cache.put(modelId, match);
        return match;
    }

    /** Number of cached ids, for tests of the bound. */
    int cachedIds() {
        return cache.size();
    }

    private ModelMatch lookUp(String modelId) {
        ModelPrice exact = catalog.get(modelId);
        if (exact != null) {
            return ModelMatch.of(ModelMatch.Kind.EXACT, exact);
        }
        List<String> candidates = ModelIdNormalizer.candidates(modelId);
        for (String candidate : candidates) {
            ModelPrice price = catalog.get(candidate);
            if (price != null) {
                return ModelMatch.of(ModelMatch.Kind.NORMALIZED, price);
            }
        }
        for (String candidate : candidates) {
            String family = ModelIdNormalizer.undatedFamily(candidate);
            ModelPrice price = family == null ? null : catalog.get(family);
            if (price != null) {
                return ModelMatch.of(ModelMatch.Kind.FAMILY, price);
            }
        }
        return ModelMatch.UNPRICED;
    }
}
