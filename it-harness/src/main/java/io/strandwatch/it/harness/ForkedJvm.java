package io.strandwatch.it.harness;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the test class path in a new JVM, optionally under
 * {@code -javaagent:agent/target/strandwatch-agent.jar}, and collects its output and JSON report.
 */
public final class ForkedJvm {

  private final Jdk jdk;
  private final String mainClass;
  private final List<String> jvmArgs = new ArrayList<>();
  private final List<String> argsBeforeAgent = new ArrayList<>();
  private final List<String> args = new ArrayList<>();
  private final Map<String, String> environment = new LinkedHashMap<>();
  private String agentOptions;
  private boolean withAgent = true;
  private Path workDir;
  private long timeoutSeconds = 120;

  private ForkedJvm(Jdk jdk, String mainClass) {
    this.jdk = jdk;
    this.mainClass = mainClass;
  }

  public static ForkedJvm of(Jdk jdk, Class<?> mainClass) {
    return new ForkedJvm(jdk, mainClass.getName());
  }

  public static Path agentJar() {
    Path jar = Paths.get(System.getProperty("strandwatch.agent.jar", "../agent/target/strandwatch-agent.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("agent jar missing at " + jar.toAbsolutePath()
          + "; build it first: ./mvnw -pl agent -am package");
    }
    return jar.toAbsolutePath();
  }

  public ForkedJvm withoutAgent() {
    this.withAgent = false;
    return this;
  }

  public ForkedJvm agentOptions(String options) {
    this.agentOptions = options;
    return this;
  }

  /** A JVM argument placed before StrandWatch's {@code -javaagent}, e.g. another agent that must load first. */
  public ForkedJvm jvmArgBeforeAgent(String arg) {
    argsBeforeAgent.add(arg);
    return this;
  }

  public ForkedJvm jvmArg(String arg) {
    jvmArgs.add(arg);
    return this;
  }

  /** An environment variable of the forked JVM, e.g. one of the standard {@code OTEL_*} settings. */
  public ForkedJvm env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  public ForkedJvm args(String... appArgs) {
    args.addAll(Arrays.asList(appArgs));
    return this;
  }

  public ForkedJvm timeoutSeconds(long seconds) {
    this.timeoutSeconds = seconds;
    return this;
  }

  public List<String> command() throws IOException {
    if (workDir == null) {
      workDir = Files.createTempDirectory("strandwatch-it");
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(jdk.java().toString());
    cmd.addAll(argsBeforeAgent);
    if (withAgent) {
      cmd.add("-javaagent:" + agentJar() + (agentOptions == null ? "" : "=" + agentOptions));
      cmd.add("-Dstrandwatch.report.json=" + reportPath());
    }
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(applicationClassPath());
    cmd.add(mainClass);
    cmd.addAll(args);
    return cmd;
  }

  /**
   * The test class path minus the agent module itself: it is a dependency only so Maven builds the agent jar
   * first, and the application must see the agent only through {@code -javaagent}.
   */
  static String applicationClassPath() {
    StringBuilder out = new StringBuilder();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String e = entry.replace('\\', '/');
      if (e.endsWith("/agent/target/classes") || e.contains("/strandwatch-agent-0") || e.contains("surefire")) {
        continue;
      }
      out.append(out.length() == 0 ? "" : File.pathSeparator).append(entry);
    }
    return out.toString();
  }

  public Path reportPath() throws IOException {
    if (workDir == null) {
      workDir = Files.createTempDirectory("strandwatch-it");
    }
    return workDir.resolve("report.json");
  }

  /** Starts the JVM without waiting (for attach tests). */
  public Process start() throws IOException {
    List<String> cmd = command();
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.redirectOutput(workDir.resolve("stdout.txt").toFile());
    pb.redirectError(workDir.resolve("stderr.txt").toFile());
    // Only variables the test sets: the environment of the build must not configure the agent.
    pb.environment().keySet().removeIf(k -> k.startsWith("STRANDWATCH_") || k.startsWith("OTEL_"));
    pb.environment().putAll(environment);
    return pb.start();
  }

  /** Runs to completion and returns what it printed; fails the test on a non-zero exit or a timeout. */
  public Result run() throws IOException, InterruptedException {
    Process p = start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("forked JVM did not finish in " + timeoutSeconds + " s: " + command()
          + "\nstderr:\n" + read("stderr.txt"));
    }
    Result r = new Result(p.exitValue(), read("stdout.txt"), read("stderr.txt"), withAgent ? reportPath() : null);
    if (r.exitCode != 0) {
      throw new AssertionError("forked JVM exited with " + r.exitCode + "\nstdout:\n" + r.stdout + "\nstderr:\n"
          + r.stderr);
    }
    return r;
  }

  public String read(String file) throws IOException {
    File f = workDir.resolve(file).toFile();
    return f.exists() ? new String(Files.readAllBytes(f.toPath()), StandardCharsets.UTF_8) : "";
  }

  /** The JSON report of a JVM started with {@link #start()} that has exited. */
  public Report report() throws IOException {
    Path report = reportPath();
    if (!Files.exists(report)) {
      throw new AssertionError("no JSON report was written; stderr:\n" + read("stderr.txt"));
    }
    return Report.read(report);
  }

  public Path workDir() {
    return workDir;
  }

  /** What a finished JVM left behind. */
  public static final class Result {
    public final int exitCode;
    public final String stdout;
    public final String stderr;
    private final Path reportPath;

    Result(int exitCode, String stdout, String stderr, Path reportPath) {
      this.exitCode = exitCode;
      this.stdout = stdout;
      this.stderr = stderr;
      this.reportPath = reportPath;
    }

    public Report report() throws IOException {
      if (reportPath == null || !Files.exists(reportPath)) {
        throw new AssertionError("no JSON report was written; stderr:\n" + stderr);
      }
      return Report.read(reportPath);
    }
  }
}
