package io.strandwatch.agent.core;

/** The order of token types in per-call and per-frame arrays. */
final class LlmTotals {

  static final int INPUT = 0;
  static final int OUTPUT = 1;
  static final int CACHE_READ = 2;
  static final int CACHE_WRITE = 3;
  static final int REASONING = 4;
  static final int TYPES = 5;

  /** The provider did not report it: the total becomes unavailable, never 0. */
  static final long UNKNOWN = -1;
  /** Nothing to count (a failed request with no usage is not billed): adds nothing, hides nothing. */
  static final long NOT_APPLICABLE = -2;

  private LlmTotals() {}
}
