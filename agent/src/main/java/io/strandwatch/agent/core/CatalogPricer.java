package io.strandwatch.agent.core;

import io.strandwatch.agent.config.AgentConfig;
import io.strandwatch.agent.pricing.CostCalculator;
import io.strandwatch.agent.pricing.CostQuote;
import io.strandwatch.agent.pricing.PriceCatalog;
import io.strandwatch.agent.pricing.PricingConfig;

/**
 * Prices calls with the price catalog. The response model (often a dated snapshot with its own price) is tried
 * first, then the requested model; a call priced by neither is unpriced, never $0.
 */
final class CatalogPricer implements CallPricer {

  private final CostCalculator calculator;

  CatalogPricer(CostCalculator calculator) {
    this.calculator = calculator;
  }

  /** The catalog the configuration describes (bundled, pricing.file, pricing.models); problems are logged. */
  static CatalogPricer load(AgentConfig config) {
    PriceCatalog catalog = PricingConfig.load(config,
        problem -> AgentLog.warn("pricing: " + problem + "; those prices are not used"));
    return new CatalogPricer(new CostCalculator(catalog));
  }

  @Override
  public long costPico(String provider, String requestModel, String responseModel, long[] tokens) {
    CostQuote quote = null;
    if (responseModel != null) {
      quote = quote(responseModel, tokens);
    }
    if ((quote == null || quote.status() == CostQuote.Status.UNPRICED_MODEL) && requestModel != null) {
      quote = quote(requestModel, tokens);
    }
    return quote != null && quote.hasCost() ? quote.picoUsd() : -1;
  }

  private CostQuote quote(String model, long[] t) {
    return calculator.quote(model, t[LlmTotals.INPUT], t[LlmTotals.CACHE_READ], t[LlmTotals.CACHE_WRITE],
        t[LlmTotals.OUTPUT], t[LlmTotals.REASONING]);
  }
}
