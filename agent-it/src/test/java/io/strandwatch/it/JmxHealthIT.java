package io.strandwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.tools.attach.VirtualMachine;
import io.strandwatch.it.app.StrandApp;
import io.strandwatch.it.harness.ForkedJvm;
import io.strandwatch.it.harness.Jdk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;

/**
 * The agent's MBean read the way an operator would: attach to the running application, start its local
 * management agent, connect with a plain JMX client that has no StrandWatch class (open types only).
 */
class JmxHealthIT {

  @Test
  void aFailingStrandIsCriticalThroughJmxWhileAHealthyOneIsHealthy() throws Exception {
    Path dir = Files.createTempDirectory("strandwatch-jmx");
    Path config = dir.resolve("strandwatch.yaml");
    // error_rate fires at once (for 0s) and trusts 5 executions, so the test needs no 5-minute wait.
    Files.writeString(config, "interval: 200ms\nrules:\n  error_rate:\n    for: 0s\n    min_samples: 5\n");
    Path trigger = dir.resolve("stop");
    ForkedJvm app = ForkedJvm.of(Jdk.current(), StrandApp.class).agentOptions("config.file=" + config)
        .args("health", trigger.toString());
    Process process = app.start();
    try {
      String pid = awaitLine(app, "READY ").substring("READY ".length()).trim();
      VirtualMachine vm = VirtualMachine.attach(pid);
      String address;
      try {
        address = vm.startLocalManagementAgent();
      } finally {
        vm.detach();
      }
      assertTrue(address.contains("127.0.0.1") || address.contains("localhost"), address);
      try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
        MBeanServerConnection jmx = connector.getMBeanServerConnection();
        ObjectName name = new ObjectName("io.strandwatch:type=StrandWatch");
        Map<String, String> health = awaitHealth(jmx, name, "health.fail", "critical");

        assertEquals("healthy", health.get("health.ok"));
        assertEquals("critical", jmx.getAttribute(name, "Health"));

        Map<String, CompositeData> strands = new HashMap<>();
        for (CompositeData s : (CompositeData[]) jmx.getAttribute(name, "Strands")) {
          strands.put((String) s.get("name"), s);
        }
        assertEquals(40L, strands.get("health.ok").get("count"));
        assertEquals(0L, strands.get("health.ok").get("errors"));
        assertEquals(25L, strands.get("health.fail").get("count"));
        assertEquals(25L, strands.get("health.fail").get("errors"));
        long p50 = (Long) strands.get("health.ok").get("p50Nanos");
        long p99 = (Long) strands.get("health.ok").get("p99Nanos");
        assertTrue(p50 > 0 && p50 <= p99, "p50 " + p50 + " p99 " + p99);

        CompositeData[] alerts = (CompositeData[]) jmx.getAttribute(name, "ActiveAlerts");
        assertEquals(1, alerts.length, "only the failing strand alerts");
        assertEquals("error_rate", alerts[0].get("rule"));
        assertEquals("critical", alerts[0].get("severity"));
        assertEquals("strand=health.fail", alerts[0].get("scope"));
        assertEquals(1.0, (Double) alerts[0].get("value"), 1e-9);
        assertEquals("100%", alerts[0].get("valueText"));
      }
      Files.createFile(trigger);
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "application did not finish");
      assertEquals(0, process.exitValue(), app.read("stderr.txt"));
    } finally {
      process.destroyForcibly();
    }
  }

  /** Polls until the MBean is registered (first tick) and the strand has the expected health. */
  private static Map<String, String> awaitHealth(MBeanServerConnection jmx, ObjectName name, String strand,
      String expected) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    Map<String, String> health = new HashMap<>();
    while (System.currentTimeMillis() < deadline) {
      if (jmx.isRegistered(name)) {
        health.clear();
        for (Object row : ((TabularData) jmx.getAttribute(name, "StrandHealth")).values()) {
          CompositeData r = (CompositeData) row;
          health.put((String) r.get("key"), (String) r.get("value"));
        }
        if (expected.equals(health.get(strand))) {
          return health;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError(strand + " never became " + expected + "; last seen " + health);
  }

  private static String awaitLine(ForkedJvm app, String marker) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      for (String line : app.read("stdout.txt").split("\n")) {
        if (line.startsWith(marker)) {
          return line;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no line starting with '" + marker + "':\n" + app.read("stderr.txt"));
  }
}
