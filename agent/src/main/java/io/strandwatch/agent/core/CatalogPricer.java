package io.strandwatch.agent.core;

import io.strandwatch.agent.pricing.CostCalculator;
import io.strandwatch.agent.pricing.CostQuote;
import io.strandwatch.agent.pricing.PriceCatalog;
import io.strandwatch.agent.pricing.PriceFileException;
import java.nio.file.Path;

/**
 * Prices calls with the price catalog. The response model (often a dated snapshot with its own price) is tried
 * first, then the requested model; a call priced by neither is unpriced, never $0.
 */
final class CatalogPricer implements CallPricer {

  private final CostCalculator calculator;

  CatalogPricer(CostCalculator calculator) {
    this.calculator = calculator;
  }

  /** The bundled catalog plus the user's file; a broken user file is reported and the bundled one used. */
  static CatalogPricer load(Path userFile) {
    PriceCatalog catalog;
    try {
      catalog = PriceCatalog.load(userFile);
    } catch (PriceFileException e) {
      AgentLog.warn("pricing: " + e.getMessage() + "; using the bundled prices only");
      catalog = PriceCatalog.bundled();
    }
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
