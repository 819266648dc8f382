package io.strandwatch.agent.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.strandwatch.agent.config.AgentConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundled prices, overridden by pricing.file, overridden by the config file's pricing.models. */
class PricingConfigTest {

  @TempDir
  Path dir;

  final List<String> problems = new ArrayList<>();

  PriceCatalog load(String... configLines) throws Exception {
    Path file = Files.write(dir.resolve("strandwatch.yaml"),
        String.join("\n", configLines).getBytes(StandardCharsets.UTF_8));
    Properties p = new Properties();
    p.setProperty("strandwatch.config.file", file.toString());
    AgentConfig config = AgentConfig.load(null, p, Map.of());
    assertEquals(List.of(), config.problems());
    return PricingConfig.load(config, problems::add);
  }

  static long inputPico(PriceCatalog c, String id) {
    return c.get(id).standard().inputPico();
  }

  @Test
  void theInlineSectionOverridesTheFileWhichOverridesTheBundledPrices() throws Exception {
    Path prices = Files.write(dir.resolve("prices.yaml"), String.join("\n", "models:",
        "  gpt-4o: {provider: openai, input_per_mtok: 2.00, output_per_mtok: 8.00}",
        "  acme-70b: {provider: acme, input_per_mtok: 0.05, output_per_mtok: 0.10}").getBytes(StandardCharsets.UTF_8));
    PriceCatalog c = load("pricing:", "  file: " + prices, "  models:",
        "    acme-70b: {provider: acme, input_per_mtok: 0.04, output_per_mtok: 0.08}",
        "    my-llm: {provider: self-hosted, input_per_mtok: 0.01, output_per_mtok: 0.02}");
    assertEquals(List.of(), problems);
    assertEquals(2_000_000L, inputPico(c, "gpt-4o"));          // the file's negotiated price
    assertEquals(40_000L, inputPico(c, "acme-70b"));           // the inline entry wins over the file's
    assertEquals(10_000L, inputPico(c, "my-llm"));             // added inline
    assertEquals(150_000L, inputPico(c, "gpt-4o-mini"));       // still bundled
    assertEquals(PriceCatalog.bundled().date(), c.date());     // the bundled list's date stays
    // An inline model is priced by the calculator like any other: 1,000 x 10,000 + 500 x 20,000 pico-USD.
    assertEquals(20_000_000L, new CostCalculator(c).quote("self-hosted/My-LLM", 1_000, 0, 0, 500, 0).picoUsd());
  }

  @Test
  void theDottedFormIsTheSameSection() throws Exception {
    PriceCatalog c = load("pricing.models:", "  my-llm: {provider: self-hosted, input_per_mtok: 1, output_per_mtok: 2}");
    assertEquals(1_000_000L, inputPico(c, "my-llm"));
  }

  @Test
  void aBrokenSectionIsReportedAndLeftOutWhileTheFileStillApplies() throws Exception {
    Path prices = Files.write(dir.resolve("prices.yaml"),
        "models:\n  acme-70b: {provider: acme, input_per_mtok: 0.05, output_per_mtok: 0.10}\n"
            .getBytes(StandardCharsets.UTF_8));
    PriceCatalog c = load("pricing:", "  file: " + prices, "  models:",
        "    my-llm: {provider: self-hosted, input_per_mtok: 1, output_per_mtok: 2, cache_per_mtok: 1}");
    assertEquals(List.of(dir.resolve("strandwatch.yaml") + ":4: pricing.models.my-llm.cache_per_mtok: unknown key;"
        + " expected one of: provider, input_per_mtok, cache_read_per_mtok, cache_write_per_mtok, output_per_mtok,"
        + " reasoning_per_mtok, long_context"), problems);
    assertNull(c.get("my-llm"));
    assertEquals(50_000L, inputPico(c, "acme-70b"));
  }
}
