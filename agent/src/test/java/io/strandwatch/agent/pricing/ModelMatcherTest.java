package io.strandwatch.agent.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.pricing.ModelMatch.Kind;
import org.junit.jupiter.api.Test;

class ModelMatcherTest {

    private final ModelMatcher matcher = new ModelMatcher(PriceCatalog.bundled());

    private void assertMatch(String reported, Kind kind, String catalogId) {
        ModelMatch match = matcher.match(reported);
        assertEquals(kind, match.kind(), reported);
        assertEquals(catalogId, match.catalogId(), reported);
    }

    @Test
    void exactIds() {
        assertMatch("gpt-4o-2024-08-06", Kind.EXACT, "gpt-4o-2024-08-06");
        assertMatch("claude-sonnet-4-5-20250929", Kind.EXACT, "claude-sonnet-4-5-20250929");
        assertMatch("anthropic.claude-sonnet-4-20250514-v1:0", Kind.EXACT, "anthropic.claude-sonnet-4-20250514-v1:0");
    }

    @Test
    void normalizedIds() {
        assertMatch("GPT-4o", Kind.NORMALIZED, "gpt-4o");
        assertMatch("openai/gpt-4o-mini", Kind.NORMALIZED, "gpt-4o-mini");
        assertMatch("models/gemini-2.5-flash", Kind.NORMALIZED, "gemini-2.5-flash");
        assertMatch("claude-sonnet-4@20250514", Kind.NORMALIZED, "claude-sonnet-4-20250514");
        assertMatch("claude-haiku-4-5@20251001", Kind.NORMALIZED, "claude-haiku-4-5-20251001");
    }

    @Test
    void bedrockIdsKeepTheBedrockEntry() {
        assertMatch("us.anthropic.claude-sonnet-4-20250514-v1:0", Kind.NORMALIZED,
                "anthropic.claude-sonnet-4-20250514-v1:0");
        assertMatch("global.anthropic.claude-sonnet-4-5-20250929-v1:0", Kind.NORMALIZED,
                "anthropic.claude-sonnet-4-5-20250929-v1:0");
        assertMatch("arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-opus-4-1-20250805-v1:0",
                Kind.NORMALIZED, "anthropic.claude-opus-4-1-20250805-v1:0");
        assertMatch("arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.anthropic.claude-haiku-4-5-20251001-v1:0",
                Kind.NORMALIZED, "anthropic.claude-haiku-4-5-20251001-v1:0");
        assertMatch("us.amazon.nova-pro-v1:0", Kind.NORMALIZED, "amazon.nova-pro-v1:0");
        assertMatch("anthropic.claude-3-haiku-20240307-v1:0:200k", Kind.NORMALIZED,
                "anthropic.claude-3-haiku-20240307-v1:0");
        assertEquals("bedrock", matcher.match("us.anthropic.claude-sonnet-4-20250514-v1:0").price().provider());
    }

    @Test
    void bedrockIdsWithoutABedrockEntryUseTheVendorId() {
        assertMatch("anthropic.claude-opus-4-1-20250805-v2:0", Kind.NORMALIZED, "claude-opus-4-1-20250805");
    }

    @Test
    void datedSnapshotWithItsOwnPriceBeatsTheFamily() {
        ModelMatch match = matcher.match("gpt-4o-2024-05-13");
        assertEquals(Kind.EXACT, match.kind());
        assertEquals(5_000_000L, match.price().standard().inputPico());
        assertEquals(15_000_000L, match.price().standard().outputPico());
    }

    @Test
    void unknownSnapshotsFallBackToTheirFamily() {
        assertMatch("gpt-4o-2099-01-01", Kind.FAMILY, "gpt-4o");
        assertMatch("gpt-4o-mini-2099-01-01", Kind.FAMILY, "gpt-4o-mini");
        assertMatch("claude-sonnet-4-5-20991231", Kind.FAMILY, "claude-sonnet-4-5");
        assertMatch("claude-3-7-sonnet-latest", Kind.FAMILY, "claude-3-7-sonnet");
        assertMatch("gemini-2.5-flash-002", Kind.FAMILY, "gemini-2.5-flash");
        assertMatch("us.anthropic.claude-haiku-4-5-20991231-v1:0", Kind.FAMILY, "claude-haiku-4-5");
    }

    @Test
    void unknownModelsAreUnpriced() {
        for (String id : new String[] {"o3-pro", "llama-3-70b", "ft:gpt-4o-mini-2024-07-18:acme::abc123",
                "gpt-4o-mini-tts", "", "   ", null}) {
            ModelMatch match = matcher.match(id);
            assertEquals(Kind.UNPRICED, match.kind(), id);
            assertFalse(match.isPriced(), id);
            assertNull(match.price(), id);
            assertNull(match.catalogId(), id);
        }
    }

    @Test
    void repeatedIdsAreServedFromTheCache() {
        assertSame(matcher.match("us.anthropic.claude-sonnet-4-20250514-v1:0"),
                matcher.match("us.anthropic.claude-sonnet-4-20250514-v1:0"));
    }

    @Test
    void cacheStaysWithinItsBound() {
        ModelMatcher small = new ModelMatcher(PriceCatalog.bundled(), 3);
        for (int i = 0; i < 10; i++) {
            small.match("unknown-model-" + i);
            assertTrue(small.cachedIds() <= 3, "cached " + small.cachedIds());
        }
        assertEquals(Kind.NORMALIZED, small.match("GPT-4o").kind());
    }
}
