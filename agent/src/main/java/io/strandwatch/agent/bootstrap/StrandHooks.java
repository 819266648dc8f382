package io.strandwatch.agent.bootstrap;

/**
 * What woven strand methods call into. Lives on the bootstrap class path so every class loader can see it;
 * its signatures use JDK types only because the implementation sits in the agent's isolated class loader.
 */
public interface StrandHooks {

  /** Starts one execution of strand {@code strandId}; returns an opaque frame, or null when not measured. */
  Object enter(int strandId);

  /** Ends the execution started by {@link #enter}; {@code returned} lets async strands end on completion. */
  void exit(Object frame, Throwable thrown, Object returned);
}
