package io.strandwatch.agent.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ModelIdNormalizerTest {

    @Test
    void lowerCasesAndStripsProviderPaths() {
        assertEquals("gpt-4o", ModelIdNormalizer.normalize(" GPT-4o "));
        assertEquals("gpt-4o-mini", ModelIdNormalizer.normalize("openai/gpt-4o-mini"));
        assertEquals("gemini-2.5-flash", ModelIdNormalizer.normalize("models/gemini-2.5-flash"));
        assertEquals("gemini-2.5-pro",
                ModelIdNormalizer.normalize("projects/p/locations/us-central1/publishers/google/models/gemini-2.5-pro"));
    }

    @Test
    void turnsVertexAtDateIntoDashDate() {
        assertEquals("claude-sonnet-4-20250514", ModelIdNormalizer.normalize("claude-sonnet-4@20250514"));
    }

    @Test
    void stripsBedrockRegionPrefixesAndArns() {
        assertEquals("anthropic.claude-sonnet-4-20250514-v1:0",
                ModelIdNormalizer.normalize("us.anthropic.claude-sonnet-4-20250514-v1:0"));
        assertEquals("anthropic.claude-sonnet-4-20250514-v1:0",
                ModelIdNormalizer.normalize("eu.anthropic.claude-sonnet-4-20250514-v1:0"));
        assertEquals("anthropic.claude-sonnet-4-20250514-v1:0",
                ModelIdNormalizer.normalize("apac.anthropic.claude-sonnet-4-20250514-v1:0"));
        assertEquals("anthropic.claude-sonnet-4-5-20250929-v1:0",
                ModelIdNormalizer.normalize("global.anthropic.claude-sonnet-4-5-20250929-v1:0"));
        assertEquals("anthropic.claude-sonnet-4-5-20250929-v1:0", ModelIdNormalizer.normalize(
                "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0"));
        assertEquals("anthropic.claude-haiku-4-5-20251001-v1:0", ModelIdNormalizer.normalize(
                "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-haiku-4-5-20251001-v1:0"));
    }

    @Test
    void leavesIdsThatOnlyLookLikeRegionsAlone() {
        assertEquals("eu.model", ModelIdNormalizer.normalize("eu.model"));
        assertEquals("gpt-4.1", ModelIdNormalizer.normalize("gpt-4.1"));
    }

    @Test
    void offersTheVendorIdOfBedrockModelsAfterTheBedrockId() {
        assertEquals(Arrays.asList("anthropic.claude-sonnet-4-20250514-v1:0", "claude-sonnet-4-20250514"),
                ModelIdNormalizer.candidates("us.anthropic.claude-sonnet-4-20250514-v1:0"));
        assertEquals(Arrays.asList("anthropic.claude-3-haiku-20240307-v1:0:200k",
                        "anthropic.claude-3-haiku-20240307-v1:0", "claude-3-haiku-20240307"),
                ModelIdNormalizer.candidates("anthropic.claude-3-haiku-20240307-v1:0:200k"));
        assertEquals(Arrays.asList("amazon.nova-pro-v1:0", "nova-pro"),
                ModelIdNormalizer.candidates("us.amazon.nova-pro-v1:0"));
        assertEquals(Arrays.asList("gpt-4o"), ModelIdNormalizer.candidates("gpt-4o"));
    }

    @Test
    void undatedFamilyStripsOnlySnapshotMarkers() {
        assertEquals("gpt-4o", ModelIdNormalizer.undatedFamily("gpt-4o-2099-01-01"));
        assertEquals("gpt-4o-mini", ModelIdNormalizer.undatedFamily("gpt-4o-mini-2024-07-18"));
        assertEquals("claude-sonnet-4-5", ModelIdNormalizer.undatedFamily("claude-sonnet-4-5-20991231"));
        assertEquals("gpt-4", ModelIdNormalizer.undatedFamily("gpt-4-0613"));
        assertEquals("gemini-2.0-flash", ModelIdNormalizer.undatedFamily("gemini-2.0-flash-001"));
        assertEquals("claude-3-7-sonnet", ModelIdNormalizer.undatedFamily("claude-3-7-sonnet-latest"));
        assertNull(ModelIdNormalizer.undatedFamily("gpt-4o"));
        assertNull(ModelIdNormalizer.undatedFamily("gpt-4o-mini"));
        assertNull(ModelIdNormalizer.undatedFamily("o3-pro"));
        assertNull(ModelIdNormalizer.undatedFamily("claude-sonnet-4-5"));
    }
}
