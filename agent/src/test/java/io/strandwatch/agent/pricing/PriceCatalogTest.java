package io.strandwatch.agent.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.pricing.CostQuote.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceCatalogTest {

    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bundledListIsDatedAndSourced() {
        PriceCatalog bundled = PriceCatalog.bundled();
        assertEquals(LocalDate.of(2025, 11, 25), bundled.date());
        assertNotNull(bundled.source());
        assertTrue(PriceCatalog.BUNDLED_RESOURCE.contains(bundled.date().toString()));
        assertTrue(bundled.size() >= 30, "models: " + bundled.size());
        assertSame(bundled, PriceCatalog.bundled());
    }

    @Test
    void loadWithoutAUserFileIsTheBundledList() throws PriceFileException {
        assertSame(PriceCatalog.bundled(), PriceCatalog.load(null));
    }

    @Test
    void userFileOverridesAndExtendsTheBundledList() throws Exception {
        Path userFile = write("my-prices.yaml",
                "date: 2026-01-01",
                "models:",
                "  gpt-4o: {provider: openai, input_per_mtok: 2.00, output_per_mtok: 8.00}",
                "  claude-sonnet-4: {provider: anthropic, input_per_mtok: 3, output_per_mtok: 15}",
                "  Local-Llama: {provider: self-hosted, input_per_mtok: 0.01, output_per_mtok: 0.02}");
        PriceCatalog catalog = PriceCatalog.load(userFile);
        PriceCatalog bundled = PriceCatalog.bundled();

        assertEquals(bundled.size() + 1, catalog.size());
        assertEquals(bundled.date(), catalog.date());
        CostCalculator calculator = new CostCalculator(catalog);
        // Overridden: 1,000 x 2,000,000 + 500 x 8,000,000
        assertEquals(6_000_000_000L, calculator.quote("gpt-4o", 1_000, 0, 0, 500, 0).picoUsd());
        // The family fallback now finds the user's price.
        CostQuote family = calculator.quote("gpt-4o-2099-01-01", 1_000, 0, 0, 500, 0);
        assertEquals(Status.PRICED_BY_FAMILY, family.status());
        assertEquals(6_000_000_000L, family.picoUsd());
        // Untouched bundled entries stay: 1,000 x 2,500,000 + 500 x 10,000,000
        assertEquals(7_500_000_000L, calculator.quote("gpt-4o-2024-08-06", 1_000, 0, 0, 500, 0).picoUsd());
        // Added: 1,000 x 10,000 + 500 x 20,000
        CostQuote added = calculator.quote("local-llama", 1_000, 0, 0, 500, 0);
        assertEquals(20_000_000L, added.picoUsd());
        assertEquals("self-hosted", added.provider());
        // An override replaces the whole entry: no bundled long-context tier is inherited.
        assertFalse(catalog.get("claude-sonnet-4").hasLongContextTier());
        assertTrue(bundled.get("claude-sonnet-4").hasLongContextTier());
    }

    @Test
    void brokenUserFileNamesFileLineAndKey() throws IOException {
        Path userFile = write("prices.yaml",
                "models:",
                "  gpt-4o:",
                "    provider: openai",
                "    input_per_mtok: \"abc\"",
                "    output_per_mtok: 10");
        PriceFileException e = assertThrows(PriceFileException.class, () -> PriceCatalog.load(userFile));
        assertEquals(userFile + ":4: models.gpt-4o.input_per_mtok: \"abc\" is not a number; expected a "
                + "non-negative decimal in USD per 1M tokens with at most 6 decimal places, such as 2.50",
                e.getMessage());
        assertEquals(userFile.toString(), e.file());
        assertEquals(4, e.line());
        assertEquals("models.gpt-4o.input_per_mtok", e.key());
    }

    @Test
    void missingUserFile() {
        Path missing = dir.resolve("nope.yaml");
        PriceFileException e = assertThrows(PriceFileException.class, () -> PriceCatalog.load(missing));
        assertEquals(missing + ": the file does not exist", e.getMessage());
        assertEquals(0, e.line());
    }
}
