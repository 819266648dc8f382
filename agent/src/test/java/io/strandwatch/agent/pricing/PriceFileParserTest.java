package io.strandwatch.agent.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PriceFileParserTest {

    private static final String EXPECTED_PRICE =
            "expected a non-negative decimal in USD per 1M tokens with at most 6 decimal places, such as 2.50";

    private static PriceCatalog parse(String... lines) throws PriceFileException {
        return PriceCatalog.parse(new StringReader(String.join("\n", lines)), "prices.yaml");
    }

    private static PriceFileException failure(String... lines) {
        return assertThrows(PriceFileException.class, () -> parse(lines));
    }

    private static void assertFailure(String expectedMessage, int line, String key, PriceFileException e) {
        assertEquals(expectedMessage, e.getMessage());
        assertEquals("prices.yaml", e.file());
        assertEquals(line, e.line());
        assertEquals(key, e.key());
    }

    @Test
    void parsesEveryField() throws PriceFileException {
        PriceCatalog catalog = parse(
                "format: 1",
                "date: 2025-11-25",
                "source: test prices",
                "models:",
                "  Big-Model:",
                "    provider: acme",
                "    input_per_mtok: 3",
                "    cache_read_per_mtok: 0.30",
                "    cache_write_per_mtok: \"3.75\"",
                "    output_per_mtok: 15.00",
                "    reasoning_per_mtok: 20",
                "    long_context:",
                "      threshold_tokens: 200000",
                "      input_per_mtok: 6",
                "      output_per_mtok: 22.5",
                "  small: {provider: acme, input_per_mtok: 0.000001, output_per_mtok: 0}");
        assertEquals(LocalDate.of(2025, 11, 25), catalog.date());
        assertEquals("test prices", catalog.source());
        assertEquals(2, catalog.size());

        ModelPrice big = catalog.get("big-model");
        assertEquals("big-model", big.id());
        assertEquals("acme", big.provider());
        assertEquals(new PriceRates(3_000_000, 300_000, 3_750_000, 15_000_000, 20_000_000), big.standard());
        assertEquals(200_000, big.longContextThresholdTokens());
        // Tier cache prices default to the tier's input price, its reasoning price to the tier's output price.
        assertEquals(new PriceRates(6_000_000, 6_000_000, 6_000_000, 22_500_000, 22_500_000), big.longContext());

        ModelPrice small = catalog.get("small");
        assertEquals(new PriceRates(1, 1, 1, 0, 0), small.standard());
        assertFalse(small.hasLongContextTier());
        assertEquals(ModelPrice.NO_LONG_CONTEXT, small.longContextThresholdTokens());
    }

    @Test
    void headerFieldsAreOptional() throws PriceFileException {
        PriceCatalog catalog = parse("models:", "  m: {provider: acme, input_per_mtok: 1, output_per_mtok: 2}");
        assertNull(catalog.date());
        assertNull(catalog.source());
        assertTrue(catalog.contains("m"));
    }

    @Test
    void anEmptyModelsMappingIsAllowed() throws PriceFileException {
        assertEquals(0, parse("models:").size());
    }

    @Test
    void notANumber() {
        assertFailure("prices.yaml:4: models.gpt-4o.input_per_mtok: \"abc\" is not a number; " + EXPECTED_PRICE,
                4, "models.gpt-4o.input_per_mtok",
                failure("models:",
                        "  gpt-4o:",
                        "    provider: openai",
                        "    input_per_mtok: abc",
                        "    output_per_mtok: 10"));
    }

    @Test
    void tooPreciseForPicoUsd() {
        assertFailure("prices.yaml:2: models.m.output_per_mtok: \"0.0000001\" is not a whole number of pico-USD "
                        + "per token (at most 6 decimal places per 1M tokens); " + EXPECTED_PRICE,
                2, "models.m.output_per_mtok",
                failure("models:", "  m: {provider: acme, input_per_mtok: 1, output_per_mtok: 0.0000001}"));
    }

    @Test
    void negativePrice() {
        assertFailure("prices.yaml:2: models.m.cache_read_per_mtok: \"-0.5\" is negative; " + EXPECTED_PRICE,
                2, "models.m.cache_read_per_mtok",
                failure("models:",
                        "  m: {provider: acme, input_per_mtok: 1, cache_read_per_mtok: -0.5, output_per_mtok: 2}"));
    }

    @Test
    void emptyPrice() {
        assertFailure("prices.yaml:4: models.m.input_per_mtok: is empty; " + EXPECTED_PRICE,
                4, "models.m.input_per_mtok",
                failure("models:", "  m:", "    provider: acme", "    input_per_mtok:", "    output_per_mtok: 2"));
    }

    @Test
    void missingOutputPricePointsAtTheModel() {
        assertFailure("prices.yaml:3: models.m.output_per_mtok: is missing; " + EXPECTED_PRICE,
                3, "models.m.output_per_mtok",
                failure("models:", "  # a comment", "  m:", "    provider: acme", "    input_per_mtok: 1"));
    }

    @Test
    void missingProvider() {
        assertFailure("prices.yaml:2: models.m.provider: is missing; expected a provider name such as openai, "
                        + "anthropic, google or bedrock",
                2, "models.m.provider",
                failure("models:", "  m: {input_per_mtok: 1, output_per_mtok: 2}"));
    }

    @Test
    void misspelledKeyListsTheValidOnes() {
        assertFailure("prices.yaml:5: models.m.ouput_per_mtok: unknown key; expected one of: provider, "
                        + "input_per_mtok, cache_read_per_mtok, cache_write_per_mtok, output_per_mtok, "
                        + "reasoning_per_mtok, long_context",
                5, "models.m.ouput_per_mtok",
                failure("models:", "  m:", "    provider: acme", "    input_per_mtok: 1", "    ouput_per_mtok: 2"));
    }

    @Test
    void unknownTopLevelKey() {
        assertFailure("prices.yaml:1: model: unknown key; expected one of: format, date, source, models",
                1, "model", failure("model:", "  m: {provider: acme, input_per_mtok: 1, output_per_mtok: 2}"));
    }

    @Test
    void missingModels() {
        assertFailure("prices.yaml:1: models: is missing; expected a mapping of model id to prices",
                1, "models", failure("date: 2025-11-25"));
    }

    @Test
    void modelsMustBeAMapping() {
        assertFailure("prices.yaml:2: models: expected a mapping of model id to prices, found a list",
                2, "models", failure("models:", "  - gpt-4o"));
    }

    @Test
    void priceMustBeASingleValue() {
        assertFailure("prices.yaml:2: models.m.input_per_mtok: expected a number such as 2.50, found a list",
                2, "models.m.input_per_mtok",
                failure("models:", "  m: {provider: acme, input_per_mtok: [1, 2], output_per_mtok: 2}"));
    }

    @Test
    void duplicateModelIdsIgnoringCase() {
        assertFailure("prices.yaml:3: models.GPT-4o: duplicate model id (ids ignore case); it is first defined "
                        + "on line 2",
                3, "models.GPT-4o",
                failure("models:",
                        "  gpt-4o: {provider: openai, input_per_mtok: 1, output_per_mtok: 2}",
                        "  GPT-4o: {provider: openai, input_per_mtok: 1, output_per_mtok: 2}"));
    }

    @Test
    void duplicateField() {
        assertFailure("prices.yaml:2: models.m.input_per_mtok: is given twice; first on line 2",
                2, "models.m.input_per_mtok",
                failure("models:",
                        "  m: {provider: acme, input_per_mtok: 1, input_per_mtok: 2, output_per_mtok: 2}"));
    }

    @Test
    void badLongContextThreshold() {
        assertFailure("prices.yaml:7: models.m.long_context.threshold_tokens: \"200k\" is not a positive whole "
                        + "number; expected a positive whole number of prompt tokens such as 200000",
                7, "models.m.long_context.threshold_tokens",
                failure("models:",
                        "  m:",
                        "    provider: acme",
                        "    input_per_mtok: 1",
                        "    output_per_mtok: 2",
                        "    long_context:",
                        "      threshold_tokens: 200k",
                        "      input_per_mtok: 2",
                        "      output_per_mtok: 4"));
    }

    @Test
    void longContextNeedsAThreshold() {
        assertFailure("prices.yaml:3: models.m.long_context.threshold_tokens: is missing; expected a positive "
                        + "whole number of prompt tokens such as 200000",
                3, "models.m.long_context.threshold_tokens",
                failure("models:",
                        "  m: {provider: acme, input_per_mtok: 1, output_per_mtok: 2,",
                        "      long_context: {input_per_mtok: 2, output_per_mtok: 4}}"));
    }

    @Test
    void badDate() {
        assertFailure("prices.yaml:1: date: \"2025-13-01\" is not a date; expected YYYY-MM-DD such as 2025-11-25",
                1, "date", failure("date: 2025-13-01", "models:"));
    }

    @Test
    void unsupportedFormat() {
        assertFailure("prices.yaml:1: format: \"2\" is not a supported format version; expected 1",
                1, "format", failure("format: 2", "models:"));
    }

    @Test
    void emptyFile() {
        assertFailure("prices.yaml: the file is empty; expected a mapping with a 'models' key",
                0, "", failure(""));
    }

    @Test
    void yamlSyntaxErrorsBecomePriceFileErrorsWithALine() {
        PriceFileException e = failure(
                "models:",
                "  m: {provider: acme, input_per_mtok: 1, output_per_mtok: 2}",
                "  n: {provider: acme, input_per_mtok: 1, output_per_mtok: 2",
                "  o: 1");
        assertEquals("prices.yaml", e.file());
        assertEquals(4, e.line());
        assertEquals("", e.key());
        assertTrue(e.getMessage().startsWith("prices.yaml:4: invalid YAML: "), e.getMessage());
    }
}
