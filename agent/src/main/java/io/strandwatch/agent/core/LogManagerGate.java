package io.strandwatch.agent.core;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;

/**
 * Says when the agent may initialize {@code java.util.logging}: creating the platform MBean server or the
 * OpenTelemetry SDK does, and when an application names its own log manager ({@code -Djava.util.logging.manager},
 * JBoss LogManager in WildFly) the JDK creates that manager once, from whatever state the class path is in at that
 * moment. The agent must not be the one to trigger it. So with the property set the gate opens when the named
 * class is loaded (the application is creating its manager), or after {@link #TIMEOUT_MILLIS} for an application
 * that never logs; without the property, or after a runtime attach, it is open from the start.
 */
final class LogManagerGate implements ClassFileTransformer {

  static final long TIMEOUT_MILLIS = 60_000;

  private static volatile boolean open = true;
  private static volatile long deadlineMillis;

  private final String managerClass;

  private LogManagerGate(String managerClass) {
    this.managerClass = managerClass;
  }

  static void install(Instrumentation inst, boolean attached) {
    String manager = System.getProperty("java.util.logging.manager");
    if (attached || manager == null || manager.trim().isEmpty()) {
      return;
    }
    open = false;
    deadlineMillis = System.currentTimeMillis() + TIMEOUT_MILLIS;
    inst.addTransformer(new LogManagerGate(manager.trim().replace('.', '/')));
  }

  /** True once the application's log manager is being created (or no gate applies). */
  static boolean isOpen() {
    if (!open && System.currentTimeMillis() >= deadlineMillis) {
      open = true;
      AgentLog.debug("the application's log manager was not loaded within 60 s; JMX and export start anyway");
    }
    return open;
  }

  @Override
  public byte[] transform(Module module, ClassLoader loader, String className, Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain, byte[] classfileBuffer) {
    if (!open && managerClass.equals(className)) {
      open = true;
    }
    return null;
  }
}
