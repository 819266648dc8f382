package io.strandwatch.it.springboot;

import static io.strandwatch.it.harness.ReportAssertions.longs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.it.harness.ForkedJvm;
import io.strandwatch.it.harness.Jdk;
import io.strandwatch.simulator.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code java -javaagent:strandwatch-agent.jar -jar app.jar} on a Spring Boot executable jar. */
class SpringBootJarIT {

  @Test
  @SuppressWarnings("unchecked")
  void strandsInNestedJarClassesAreTrackedExactly() throws Exception {
    Path bootJar = Paths.get(System.getProperty("strandwatch.boot.jar"));
    assertTrue(Files.isRegularFile(bootJar), "repackaged jar missing: " + bootJar);
    Path dir = Files.createTempDirectory("spring-boot-it");
    Path report = dir.resolve("report.json");
    Process p = new ProcessBuilder(Jdk.current().java().toString(), "-javaagent:" + ForkedJvm.agentJar(),
        "-Dstrandwatch.report.json=" + report, "-jar", bootJar.toString())
        .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile())
        .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "did not finish");
    String stdout = Files.readString(dir.resolve("stdout.txt"));
    String stderr = Files.readString(dir.resolve("stderr.txt"));
    assertEquals(0, p.exitValue(), stdout + stderr);
    // sum of i % 7 for i < 100 is 14 x 21 + 0 + 1 = 295; plus the 10 caught failures.
    assertTrue(stdout.contains("boot done 305"), stdout + stderr);

    Map<String, Object> root = (Map<String, Object>) Json.parse(Files.readString(report, StandardCharsets.UTF_8));
    Map<String, Map<String, Object>> strands = new java.util.HashMap<>();
    for (Object o : (List<Object>) root.get("strands")) {
      Map<String, Object> s = (Map<String, Object>) o;
      strands.put((String) s.get("name"), s);
    }
    assertEquals(100L, ((Number) strands.get("boot.work").get("count")).longValue(), strands.keySet().toString());
    assertEquals(0L, ((Number) strands.get("boot.work").get("errors")).longValue());
    assertEquals(10L, ((Number) strands.get("boot.fail").get("count")).longValue());
    assertEquals(Map.of("java.lang.IllegalStateException", 10L),
        longs((Map<String, Object>) strands.get("boot.fail").get("error_types")));
  }
}
