package io.strandwatch.bridge.model;

/** Receives alert events on the agent's ticker thread; must be quick and must not throw. */
public interface AlertListener {

  void onAlert(AlertEvent event);
}
