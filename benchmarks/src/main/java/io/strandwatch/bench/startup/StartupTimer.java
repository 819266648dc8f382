package io.strandwatch.bench.startup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Launches {@link HelloStrand} repeatedly under each configuration and writes, per configuration, the median,
 * minimum and maximum time from launch to {@code main}, to the end of the first strand, and to exit.
 *
 * <p>Usage: {@code StartupTimer <runs> <out.csv> label=jvmArgs...}. Configurations take turns run by run, so
 * background load drifting during the measurement hits all of them alike; one untimed round first warms the
 * page cache.
 */
public final class StartupTimer {

  private StartupTimer() {}

  public static void main(String[] args) throws Exception {
    int runs = Integer.parseInt(args[0]);
    Path out = Paths.get(args[1]);
    List<LaunchConfig> configs = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      configs.add(LaunchConfig.parse(args[i]));
    }
    double[][][] samples = new double[configs.size()][3][runs];
    for (int run = -1; run < runs; run++) {
      for (int c = 0; c < configs.size(); c++) {
        double[] timing = launchOnce(configs.get(c));
        if (run >= 0) {
          for (int k = 0; k < 3; k++) {
            samples[c][k][run] = timing[k];
          }
        }
      }
    }
    try (PrintStream csv = new PrintStream(Files.newOutputStream(out), true, StandardCharsets.UTF_8)) {
      csv.println("config,runs,main_median_ms,main_min_ms,main_max_ms,strand_median_ms,strand_min_ms,strand_max_ms,"
          + "exit_median_ms,exit_min_ms,exit_max_ms");
      for (int c = 0; c < configs.size(); c++) {
        csv.println(configs.get(c).label + "," + runs + "," + Spread.of(samples[c][0]).csv() + ","
            + Spread.of(samples[c][1]).csv() + "," + Spread.of(samples[c][2]).csv());
      }
    }
    System.out.print(new String(Files.readAllBytes(out), StandardCharsets.UTF_8));
  }

  /** Milliseconds from launch to main, to the end of the first strand, and to process exit. */
  private static double[] launchOnce(LaunchConfig config) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(config.jvmArgs);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(HelloStrand.class.getName());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    long launched = System.nanoTime();
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    long exited = System.nanoTime();
    if (exit != 0) {
      throw new IllegalStateException(config.label + ": hello-world exited with " + exit + ":\n" + output);
    }
    for (String line : output.split("\n")) {
      if (line.startsWith(HelloStrand.MARKER + " ")) {
        String[] parts = line.trim().split(" ");
        long inMain = Long.parseLong(parts[1]);
        long afterStrand = Long.parseLong(parts[2]);
        return new double[] {millis(inMain - launched), millis(afterStrand - launched), millis(exited - launched)};
      }
    }
    throw new IllegalStateException(config.label + ": no timing line in the output:\n" + output);
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
