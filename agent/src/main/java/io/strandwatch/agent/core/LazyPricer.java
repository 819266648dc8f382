package io.strandwatch.agent.core;

import java.util.function.Supplier;

/**
 * Loads the price catalog on the first priced call instead of in premain: parsing it costs start-up time an
 * application that never calls an LLM should not pay.
 */
final class LazyPricer implements CallPricer {

  private final Supplier<CallPricer> loader;
  private volatile CallPricer loaded;

  LazyPricer(Supplier<CallPricer> loader) {
    this.loader = loader;
  }

  @Override
  public long costPico(String provider, String requestModel, String responseModel, long[] tokens) {
    CallPricer p = loaded;
    if (p == null) {
      synchronized (this) {
        if (loaded == null) {
          loaded = loader.get();
        }
        p = loaded;
      }
    }
    return p.costPico(provider, requestModel, responseModel, tokens);
  }
}
