package io.strandwatch.agent.launcher;

import java.io.File;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.jar.JarFile;

/**
 * Entry point for {@code -javaagent}, runtime attach and {@code java -jar strandwatch-agent.jar}. It creates
 * the {@link AgentClassLoader}, has the dispatcher put into the bootstrap class loader and hands over to the
 * core, so none of the agent's dependencies are visible to the application.
 */
public final class AgentMain {

  static final String CORE_CLASS = "io.strandwatch.agent.core.AgentCore";
  static final String INJECTOR_CLASS = "io.strandwatch.agent.core.BootstrapInjector";
  static final String CLI_CLASS = "io.strandwatch.agent.cli.AgentCli";

  private static boolean started;

  private AgentMain() {}

  public static void premain(String args, Instrumentation inst) {
    start(args, inst, false);
  }

  public static void agentmain(String args, Instrumentation inst) {
    start(args, inst, true);
  }

  /** {@code java -jar strandwatch-agent.jar ...}: the command line tool (attach, --version, check-config). */
  public static void main(String[] args) throws Exception {
    try {
      ClassLoader loader = AgentClassLoader.forJar(agentJar(), AgentMain.class.getClassLoader());
      Method main = loader.loadClass(CLI_CLASS).getMethod("main", String[].class);
      main.invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
    }
  }

  private static synchronized void start(String args, Instrumentation inst, boolean attached) {
    if (started) {
      System.err.println("[strandwatch] already running in this JVM; ignoring the second start");
      return;
    }
    started = true;
    try {
      File jar = agentJar();
      ClassLoader loader = AgentClassLoader.forJar(jar, ClassLoader.getPlatformClassLoader());
      loader.loadClass(INJECTOR_CLASS).getMethod("inject", Instrumentation.class, JarFile.class)
          .invoke(null, inst, new JarFile(jar));
      Method start = loader.loadClass(CORE_CLASS)
          .getMethod("start", String.class, Instrumentation.class, boolean.class);
      start.invoke(null, args, inst, attached);
    } catch (Throwable t) {
      Throwable cause = t instanceof InvocationTargetException ? t.getCause() : t;
      System.err.println("[strandwatch] agent not started (" + cause + "); the application runs without it");
    }
  }

  private static File agentJar() throws Exception {
    return new File(AgentMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
