package io.strandwatch.agent.core;

import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.bootstrap.LlmHooks;
import io.strandwatch.agent.bootstrap.StrandHooks;
import io.strandwatch.agent.metrics.LlmCallTable;
import io.strandwatch.agent.metrics.RunTotals;
import io.strandwatch.agent.metrics.SeriesTable;
import io.strandwatch.agent.metrics.Ticker;

/**
 * The agent's real recorders wired the way {@link AgentCore} wires them, without weaving or a premain, for tests
 * outside this package (the reliability tests). Exists only because the hot-path classes are package-private.
 */
public final class HotPathForTests {

  public final SeriesTable strandSeries;
  public final LlmCallTable llmSeries;
  public final StrandRegistry registry;
  public final RunTotals totals = new RunTotals();
  public final Ticker ticker;
  private final StrandRecorder strands;
  private final LlmRecorder llm;

  private HotPathForTests(int maxSeries, boolean cpu, boolean allocation) {
    strandSeries = new SeriesTable(maxSeries);
    llmSeries = new LlmCallTable(maxSeries);
    registry = new StrandRegistry(strandSeries);
    strands = new StrandRecorder(registry, new ThreadMeters(cpu, allocation), 64,
        cpu ? StrandRecorder.CPU_ALWAYS : StrandRecorder.CPU_OFF, 16);
    llm = new LlmRecorder(llmSeries);
    ticker = new Ticker(strandSeries, llmSeries, totals);
    // As in AgentCore: the ticker ends abandoned calls.
    ticker.addListener(snapshot -> llm.expungeAbandoned());
  }

  public static HotPathForTests create(int maxSeries, boolean cpu, boolean allocation) {
    return new HotPathForTests(maxSeries, cpu, allocation);
  }

  /** Prices with the bundled catalog, as the agent does by default. */
  public HotPathForTests withBundledPrices() {
    llm.setPricer(new CatalogPricer(new io.strandwatch.agent.pricing.CostCalculator(
        io.strandwatch.agent.pricing.PriceCatalog.bundled())));
    return this;
  }

  public StrandHooks strandHooks() {
    return strands;
  }

  public LlmHooks llmHooks() {
    return llm;
  }

  /** Makes the static {@link Dispatcher} (what woven advice calls) use these recorders. */
  public void installInDispatcher() {
    Dispatcher.install(strands, llm);
  }

  public static void uninstallFromDispatcher() {
    Dispatcher.install(null, null);
  }

  public void expungeAbandoned() {
    llm.expungeAbandoned();
  }
}
