package io.strandwatch.it;

import static io.strandwatch.it.harness.ReportAssertions.longs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.it.app.StrandApp;
import io.strandwatch.it.harness.ForkedJvm;
import io.strandwatch.it.harness.Jdk;
import io.strandwatch.it.harness.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the agent records for a real application in a forked JVM, on JDK 17 and (where installed) JDK 25. */
class AgentBehaviourIT {

  static Stream<Jdk> jdks() {
    List<Jdk> jdks = new ArrayList<>();
    jdks.add(Jdk.current());
    Jdk jdk25 = Jdk.jdk25OrNull();
    if (jdk25 != null) {
      jdks.add(jdk25);
    } else {
      System.out.println("JDK 25 not found (set " + Jdk.JDK25_ENV + "); running on " + Jdk.current() + " only");
    }
    return jdks.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void countsOkAndErrorExecutionsPerStrandExactly(Jdk jdk) throws Exception {
    Report report = ForkedJvm.of(jdk, StrandApp.class).args("basic").run().report();

    Report.Strand ok = report.strand("work.ok");
    assertEquals(100, ok.count());
    assertEquals(0, ok.errors());

    Report.Strand fail = report.strand("work.fail");
    assertEquals(25, fail.count());
    assertEquals(25, fail.errors());
    assertEquals(Map.of("java.lang.IllegalStateException", 25L), longs(fail.errorTypes()));
    assertEquals(Map.of("team", "growth", "tier", "1"), fail.attributes());

    Report.Strand mixed = report.strand("Work.mixed");
    assertEquals(100, mixed.count());
    assertEquals(30, mixed.errors());
    assertEquals(Map.of("java.lang.IllegalArgumentException", 20L, "java.lang.UnsupportedOperationException", 10L),
        longs(mixed.errorTypes()));
    assertEquals(100, mixed.measure("duration", "count"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void measuresAllocationCpuAndWallTime(Jdk jdk) throws Exception {
    Report report = ForkedJvm.of(jdk, StrandApp.class).args("measure").run().report();

    Report.Strand alloc = report.strand("measure.allocate");
    assertEquals(3, alloc.count());
    long mb = 1024 * 1024;
    long meanAllocated = alloc.measure("allocated", "mean");
    assertTrue(meanAllocated >= 8 * mb && meanAllocated <= 9 * mb, "8 MB strand allocated " + meanAllocated);
    assertTrue(alloc.measure("allocated", "max") <= 9 * mb, alloc.toString());

    // The spin strand burns exactly 200 ms of thread CPU per execution (by the JDK's own count); its wall time is
    // that plus whatever time the machine's load made it wait for a core.
    Report.Strand spin = report.strand("measure.spin");
    long spinWall = spin.measure("duration", "sum");
    long spinCpu = spin.measure("cpu", "sum");
    assertTrue(spinCpu >= 3 * 200_000_000L && spinCpu <= 3 * 210_000_000L, "CPU-busy strand: cpu " + spinCpu);
    assertTrue(spinCpu <= spinWall * 1.01, "cpu " + spinCpu + " ns never exceeds wall " + spinWall + " ns");

    Report.Strand nap = report.strand("measure.nap");
    long napWall = nap.measure("duration", "sum");
    long napCpu = nap.measure("cpu", "sum");
    assertTrue(napWall >= 3 * 200_000_000L, "nap wall " + napWall);
    assertTrue(napCpu < 0.05 * napWall, "sleeping strand: cpu " + napCpu + " ns vs wall " + napWall + " ns");
    assertEquals(0, nap.measure("cpu", "unavailable"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void asyncStrandsEndWhenTheirFutureCompletes(Jdk jdk) throws Exception {
    ForkedJvm.Result result = ForkedJvm.of(jdk, StrandApp.class).args("async").run();
    assertTrue(result.stdout.contains("same future returned: true"), result.stdout);
    Report report = result.report();

    Report.Strand later = report.strand("async.later");
    assertEquals(4, later.count());
    assertEquals(0, later.errors());
    // Three of the four waited 150 ms for their future; the fourth (1 ms) was the identity check.
    assertTrue(later.measure("duration", "p90") >= 150_000_000L, later.toString());

    Report.Strand fail = report.strand("async.fail");
    assertEquals(1, fail.count());
    assertEquals(1, fail.errors());
    assertEquals(Map.of("java.io.IOException", 1L), longs(fail.errorTypes()));
    assertTrue(fail.measure("duration", "max") >= 50_000_000L, fail.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jdks")
  void nestedStaticPrivateDefaultTypeLevelRecursionAndOverrides(Jdk jdk) throws Exception {
    ForkedJvm.Result result = ForkedJvm.of(jdk, StrandApp.class).args("shapes").run();
    assertTrue(result.stdout.contains("factorial 120"), result.stdout);
    Report report = result.report();

    assertEquals(1, report.strand("shapes.outer").count());
    assertEquals(3, report.strand("shapes.inner").count());
    // Inclusive: the outer execution lasts at least as long as its three inner ones together.
    assertTrue(report.strand("shapes.outer").measure("duration", "sum")
        >= report.strand("shapes.inner").measure("duration", "sum"));
    assertEquals(1, report.strand("shapes.static").count());
    assertEquals(2, report.strand("shapes.private").count());
    assertEquals(1, report.strand("shapes.factorial").count(), "recursion is one execution, the outermost");
    assertEquals(1, report.strand("greeter.greet").count());
    assertEquals(1, report.strand("TypeLevel.first").count());
    assertEquals(1, report.strand("TypeLevel.second").count());
    assertEquals(Map.of("team", "platform"), report.strand("TypeLevel.first").attributes());
    assertEquals(1, report.strand("typelevel.custom").count());
    assertEquals(Map.of(), report.strand("typelevel.custom").attributes(), "the method annotation wins");
    assertFalse(report.hasStrand("TypeLevel.notPublicHelper"), "type-level tracks public methods only");
    assertEquals(1, report.strand("base.run").count(), "an unannotated override is not tracked itself");
  }
}
