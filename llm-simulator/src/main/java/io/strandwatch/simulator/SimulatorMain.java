package io.strandwatch.simulator;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator as its own process with the default behavior:
 * {@code java -cp strandwatch-llm-simulator.jar io.strandwatch.simulator.SimulatorMain --port 8089}.
 * Prints one line, {@code LLM simulator listening on http://127.0.0.1:PORT}, then serves until killed.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 0;
        for (int i = 0; i < args.length; i++) {
            if ("--port".equals(args[i]) && i + 1 < args.length) {
                port = Integer.parseInt(args[++i]);
            } else if (args[i].startsWith("--port=")) {
                port = Integer.parseInt(args[i].substring("--port=".length()));
            } else {
                System.err.println("usage: SimulatorMain [--port N]   (0 or absent: an ephemeral port)");
                System.exit(2);
            }
        }
        LlmSimulator simulator = LlmSimulator.start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "llm-simulator-shutdown"));
        System.out.println("LLM simulator listening on " + simulator.baseUrl());
        System.out.flush();
        stopped.await();
    }
}
