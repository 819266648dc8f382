package io.strandwatch.agent.jmx;

import io.strandwatch.agent.alerts.AlertLifecycle;
import io.strandwatch.agent.core.AgentLog;
import io.strandwatch.agent.metrics.RunTotals;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.SnapshotListener;
import java.lang.management.ManagementFactory;
import java.util.function.BooleanSupplier;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Keeps the MXBean current: after the rules have evaluated an interval, it copies health, firing alerts and
 * strand totals into a new snapshot. It registers the MXBean at an interval rather than in premain (the first
 * one at which the application's own log manager cannot be pre-empted any more):
 * creating the platform MBean server initializes java.util.logging and JMX, which must wait until an
 * application server has installed its own log manager and MBean server builder.
 */
public final class HealthPublisher implements SnapshotListener {

  public static final String OBJECT_NAME = "io.strandwatch:type=StrandWatch";

  private final RunTotals totals;
  private final AlertLifecycle lifecycle;
  private final StrandWatchStatus status = new StrandWatchStatus();
  private final Registrar registrar;
  private final BooleanSupplier mayRegister;
  private boolean registrationTried;

  /** Registers on an MBean server; a seam so tests need not touch the platform one. */
  public interface Registrar {
    void register(Object mbean, ObjectName name) throws Exception;
  }

  /**
   * {@code mayRegister}: false while creating the platform MBean server could still pre-empt the application's
   * own log manager; the registration waits for the first interval at which it is true.
   */
  public HealthPublisher(RunTotals totals, AlertLifecycle lifecycle, BooleanSupplier mayRegister) {
    this(totals, lifecycle, (mbean, name) -> {
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      server.registerMBean(mbean, name);
    }, mayRegister);
  }

  HealthPublisher(RunTotals totals, AlertLifecycle lifecycle, Registrar registrar) {
    this(totals, lifecycle, registrar, () -> true);
  }

  private HealthPublisher(RunTotals totals, AlertLifecycle lifecycle, Registrar registrar,
      BooleanSupplier mayRegister) {
    this.totals = totals;
    this.lifecycle = lifecycle;
    this.registrar = registrar;
    this.mayRegister = mayRegister;
  }

  @Override
  public void onSnapshot(MetricsSnapshot snapshot) {
    status.update(HealthSnapshot.of(lifecycle.firing(), totals.strands(), System.currentTimeMillis()));
    if (!registrationTried && mayRegister.getAsBoolean()) {
      registrationTried = true;
      try {
        registrar.register(status, new ObjectName(OBJECT_NAME));
      } catch (Throwable t) {
        // Once, and never again: the agent works without its MBean.
        AgentLog.warn("could not register the JMX MBean " + OBJECT_NAME + " (health stays in the logs and "
            + "reports): " + t);
      }
    }
  }

  StrandWatchStatus status() {
    return status;
  }
}
