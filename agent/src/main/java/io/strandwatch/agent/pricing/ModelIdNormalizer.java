package io.strandwatch.agent.pricing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the model ids providers and SDKs report into the forms a price catalog uses.
 *
 * <p>The same model reaches us as {@code claude-sonnet-4-20250514} (Anthropic), {@code claude-sonnet-4@20250514}
 * (Vertex), {@code us.anthropic.claude-sonnet-4-20250514-v1:0} (Bedrock inference profile) or a Bedrock ARN;
 * OpenRouter- and LiteLLM-style ids add {@code openai/}, Gemini adds {@code models/}.
 */
public final class ModelIdNormalizer {

    /** Bedrock cross-region inference profiles put a geography before the vendor: {@code us.anthropic.…}. */
    private static final List<String> BEDROCK_REGION_PREFIXES =
            Arrays.asList("us.", "us-gov.", "eu.", "apac.", "jp.", "au.", "ca.", "global.");

    /** Bedrock model ids start with the vendor; without it (and the version suffix) they are the vendor's id. */
    private static final List<String> BEDROCK_VENDOR_PREFIXES = Arrays.asList(
            "anthropic.", "amazon.", "meta.", "mistral.", "cohere.", "ai21.", "deepseek.", "openai.", "qwen.",
            "writer.");

    /** Bedrock's version suffix, {@code -v1:0}, optionally with a provisioned context size, {@code -v1:0:200k}. */
    private static final Pattern BEDROCK_VERSION = Pattern.compile("-v\\d+(:\\d+)?(:[a-z0-9]+)?$");
    private static final Pattern BEDROCK_CONTEXT_SIZE = Pattern.compile("(-v\\d+:\\d+):[a-z0-9]+$");

    /**
     * A trailing snapshot marker: {@code -2024-08-06}, {@code -20250514}, {@code -0613}, Gemini's {@code -001},
     * or {@code -latest}. Only these are stripped, never words like {@code -mini} or {@code -pro}, because those
     * name different models with different prices.
     */
    private static final Pattern SNAPSHOT_SUFFIX =
            Pattern.compile("^(.+?)-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{4}|\\d{3}|latest)$");

    private ModelIdNormalizer() {
    }

    /**
     * The main normalized form: lower case, without path or ARN prefix, {@code @date} as {@code -date},
     * without a Bedrock region prefix. {@code us.anthropic.claude-sonnet-4-20250514-v1:0} stays a Bedrock id,
     * {@code anthropic.claude-sonnet-4-20250514-v1:0}, so that Bedrock-specific prices can apply.
     */
    public static String normalize(String modelId) {
        String id = modelId.trim().toLowerCase(Locale.ROOT);
        // ARNs (…:foundation-model/ID, …:inference-profile/us.ID) and provider paths (openai/ID, models/ID,
        // publishers/google/models/ID) all end in the model id.
        id = id.substring(id.lastIndexOf('/') + 1);
        id = id.replace('@', '-');
        for (String region : BEDROCK_REGION_PREFIXES) {
            // Only when a vendor follows, so an id merely starting with "eu." is not cut.
            if (id.startsWith(region) && id.indexOf('.', region.length()) > region.length()) {
                return id.substring(region.length());
            }
        }
        return id;
    }

    /**
     * Every normalized form of an id, most specific first: the {@link #normalize normalized} id, a Bedrock id
     * without its provisioned context size, and the vendor's own id without the Bedrock vendor prefix and
     * version ({@code claude-sonnet-4-20250514}), which Bedrock prices like the vendor does.
     */
    public static List<String> candidates(String modelId) {
        List<String> candidates = new ArrayList<>(3);
        String normalized = normalize(modelId);
        candidates.add(normalized);
        Matcher contextSize = BEDROCK_CONTEXT_SIZE.matcher(normalized);
        if (contextSize.find()) {
            addIfNew(candidates, normalized.substring(0, contextSize.start()) + contextSize.group(1));
        }
        for (String vendor : BEDROCK_VENDOR_PREFIXES) {
            if (normalized.startsWith(vendor) && normalized.length() > vendor.length()) {
                String vendorId = BEDROCK_VERSION.matcher(normalized.substring(vendor.length())).replaceFirst("");
                addIfNew(candidates, vendorId);
                break;
            }
        }
        return candidates;
    }

    /**
     * The undated family of a normalized id ({@code gpt-4o-2099-01-01} → {@code gpt-4o}), or null when the id
     * carries no snapshot marker.
     */
    public static String undatedFamily(String normalizedId) {
        Matcher snapshot = SNAPSHOT_SUFFIX.matcher(normalizedId);
        return snapshot.matches() ? snapshot.group(1) : null;
    }

    private static void addIfNew(List<String> candidates, String candidate) {
        if (!candidate.isEmpty() && !candidates.contains(candidate)) {
            candidates.add(candidate);
        }
    }
}
