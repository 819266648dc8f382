package io.strandwatch.agent.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Puts the {@code io.strandwatch.agent.bootstrap} classes (dispatcher and hook interfaces) into the bootstrap
 * class loader, so woven code in any class loader can link against them.
 *
 * <p>The usual way, {@code Instrumentation.appendToBootstrapClassLoaderSearch}, makes HotSpot print "Sharing is
 * only supported for boot loader classes because bootstrap classpath has been appended" and switch off class
 * data sharing for application classes, which slows start-up. So the classes are defined directly, with the
 * JDK's internal {@code Unsafe.defineClass}, opened through the sanctioned {@code Instrumentation.redefineModule}
 * to this class loader's own unnamed module only (not to the application's). Where that is not possible the
 * agent falls back to appending the jar.
 */
public final class BootstrapInjector {

  static final String PACKAGE_PATH = "io/strandwatch/agent/bootstrap/";

  private BootstrapInjector() {}

  /** Called reflectively by the launcher before the core starts. */
  public static void inject(Instrumentation inst, JarFile agentJar) throws IOException {
    if (Object.class.getClassLoader() == null && tryDefine(inst, agentJar)) {
      return;
    }
    inst.appendToBootstrapClassLoaderSearch(agentJar);
  }

  private static boolean tryDefine(Instrumentation inst, JarFile jar) {
    try {
      Module base = Object.class.getModule();
      inst.redefineModule(base, Collections.emptySet(), Collections.emptyMap(),
          Map.of("jdk.internal.misc", Set.of(BootstrapInjector.class.getModule())), Collections.emptySet(),
          Collections.emptyMap());
      Class<?> unsafeClass = Class.forName("jdk.internal.misc.Unsafe");
      Object unsafe = unsafeClass.getMethod("getUnsafe").invoke(null);
      Method define = unsafeClass.getMethod("defineClass", String.class, byte[].class, int.class, int.class,
          ClassLoader.class, ProtectionDomain.class);
      Map<String, byte[]> bytes = new java.util.LinkedHashMap<>();
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry e = entries.nextElement();
        if (e.getName().startsWith(PACKAGE_PATH) && e.getName().endsWith(".class")) {
          String name = e.getName().substring(0, e.getName().length() - 6).replace('/', '.');
          try (InputStream in = jar.getInputStream(e)) {
            bytes.put(name, readAll(in));
          }
        }
      }
      // A class can only be defined after its supertypes: retry until a pass makes no progress.
      List<String> left = new ArrayList<>(bytes.keySet());
      while (!left.isEmpty()) {
        List<String> failed = new ArrayList<>();
        Throwable last = null;
        for (String name : left) {
          if (alreadyInBootstrap(name)) {
            continue;
          }
          byte[] b = bytes.get(name);
          try {
            define.invoke(unsafe, name, b, 0, b.length, null, null);
          } catch (java.lang.reflect.InvocationTargetException e) {
            failed.add(name);
            last = e.getCause();
          }
        }
        if (failed.size() == left.size()) {
          AgentLog.debug("direct bootstrap definition failed (" + last + "); appending the jar instead");
          return false;
        }
        left = failed;
      }
      return true;
    } catch (Throwable t) {
      AgentLog.debug("direct bootstrap definition unavailable (" + t + "); appending the jar instead");
      return false;
    }
  }

  private static boolean alreadyInBootstrap(String name) {
    try {
      Class.forName(name, false, null);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    int n;
    while ((n = in.read(buf)) > 0) {
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }
}
