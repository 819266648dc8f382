package io.strandwatch.agent.core;

import java.io.InputStream;
import java.util.Properties;

/** The agent's version, from the properties file Maven filters at build time. */
public final class Version {

  private Version() {}

  public static String get() {
    try (InputStream in = Version.class.getResourceAsStream("/io/strandwatch/agent/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return "StrandWatch agent " + p.getProperty("version", "unknown");
    } catch (Exception e) {
      return "StrandWatch agent (version unknown)";
    }
  }
}
