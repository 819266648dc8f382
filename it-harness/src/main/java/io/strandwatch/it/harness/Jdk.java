package io.strandwatch.it.harness;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The JDKs integration tests run applications on: the build's JDK (17) and, where installed, a JDK 25. */
public final class Jdk {

  public static final String JDK25_ENV = "STRANDWATCH_JDK25_HOME";
  private static final String DEFAULT_JDK25 = "/usr/lib/jvm/temurin-25-jdk-amd64";

  private final String label;
  private final Path home;

  private Jdk(String label, Path home) {
    this.label = label;
    this.home = home;
  }

  public static Jdk current() {
    return new Jdk("jdk" + Runtime.version().feature(), Paths.get(System.getProperty("java.home")));
  }

  /** JDK 25 from {@value #JDK25_ENV}, the {@code strandwatch.jdk25.home} property or the usual path. */
  public static Jdk jdk25OrNull() {
    String configured = System.getenv(JDK25_ENV);
    if (configured == null || configured.isEmpty()) {
      configured = System.getProperty("strandwatch.jdk25.home", DEFAULT_JDK25);
    }
    Path home = Paths.get(configured);
    return Files.isExecutable(home.resolve("bin/java")) ? new Jdk("jdk25", home) : null;
  }

  /** JDK 25, or skips the calling test with a message saying where it was looked for. */
  public static Jdk jdk25() {
    Jdk jdk = jdk25OrNull();
    assumeTrue(jdk != null, "JDK 25 not found (set " + JDK25_ENV + " or install it at " + DEFAULT_JDK25
        + "); skipping this JDK 25 test");
    return jdk;
  }

  public Path java() {
    return home.resolve("bin/java");
  }

  public Path home() {
    return home;
  }

  @Override
  public String toString() {
    return label;
  }
}
