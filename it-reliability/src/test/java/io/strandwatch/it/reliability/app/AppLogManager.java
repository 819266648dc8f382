package io.strandwatch.it.reliability.app;

import java.util.logging.LogManager;

/**
 * An application's own log manager, installed like JBoss LogManager with {@code -Djava.util.logging.manager}. It
 * records in {@link LogState} whether it was created before the application's main ran: an agent that initialized
 * java.util.logging in premain would do that (and, in an application server, fix the wrong manager for good).
 */
public class AppLogManager extends LogManager {

  public AppLogManager() {
    LogState.createdBeforeMain = !LogState.mainStarted;
  }

  /** Kept outside the LogManager subclass: touching that class initializes LogManager, which creates the manager. */
  public static final class LogState {
    public static volatile boolean mainStarted;
    public static volatile boolean createdBeforeMain;

    private LogState() {}
  }
}
