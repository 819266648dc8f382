package io.strandwatch.agent.pricing;

import io.strandwatch.agent.config.AgentConfig;
import io.strandwatch.agent.config.ConfigKeys;
import io.strandwatch.agent.config.ConfigSection;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The catalog the agent prices with, from its configuration: the bundled prices, overridden and extended by the
 * {@code pricing.file} price file, then by the {@code pricing.models} section of the config file (closest to the
 * application, so it wins). A broken file or section is reported as one line naming file, line and key, and is
 * left out as a whole: the rest still applies, so a typo never turns priced calls into unpriced ones elsewhere.
 */
public final class PricingConfig {

    private PricingConfig() {
    }

    /** Used at start-up (problems to the agent log) and by {@code check-config} (problems printed). */
    public static PriceCatalog load(AgentConfig config, Consumer<String> problems) {
        PriceCatalog catalog = PriceCatalog.bundled();
        Path file = config.getPath(ConfigKeys.PRICING_FILE);
        if (file != null) {
            try {
                catalog = catalog.overriddenBy(PriceCatalog.parse(file));
            } catch (PriceFileException e) {
                problems.accept(e.getMessage());
            }
        }
        ConfigSection inline = config.section("pricing.models");
        if (inline != null) {
            try {
                catalog = catalog.overriddenBy(inline.node(), inline.file());
            } catch (PriceFileException e) {
                problems.accept(e.getMessage());
            }
        }
        return catalog;
    }
}
