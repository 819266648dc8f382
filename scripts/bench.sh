#!/usr/bin/env bash
# Measures StrandWatch's overhead and prints the comparison tables (docs/benchmarks.md explains them).
#
#   scripts/bench.sh                 full run (about 17 minutes on 2 cores, build included)
#   QUICK=1 scripts/bench.sh         smoke run: same steps, a fraction of the iterations (numbers meaningless)
#   SKIP_BUILD=1 scripts/bench.sh    reuse the last build
#   RESULTS=dir scripts/bench.sh     where result files go (default benchmarks/target/bench-results/<time>)
#   ONLY="percall reference llm startup memory snapshot" scripts/bench.sh   a subset
#
# Every JMH fork gets the agent under test on its own command line (-jvmArgsAppend), so the woven code is what
# is measured; the JMH launcher itself never runs an agent.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q -pl benchmarks -am package -DskipTests
fi

TARGET="$ROOT/benchmarks/target"
CP="$TARGET/classes:$TARGET/lib/*"
# The agent's own classes, unrelocated: only for the in-process snapshot benchmark, never beside -javaagent.
INPROCESS_CP="$CP:$TARGET/lib-inprocess/*"
SW_JAR="$ROOT/agent/target/strandwatch-agent.jar"
OTEL_JAR="$TARGET/agents/opentelemetry-javaagent.jar"
RESULTS=${RESULTS:-$TARGET/bench-results/$(date +%Y%m%d-%H%M%S)}
ONLY=${ONLY:-"percall reference llm startup memory snapshot"}
mkdir -p "$RESULTS"
for f in "$SW_JAR" "$OTEL_JAR"; do
  [[ -f "$f" ]] || { echo "missing $f; run without SKIP_BUILD" >&2; exit 1; }
done

if [[ "${QUICK:-0}" == 1 ]]; then
  JMH_TIMING=(-f 1 -wi 1 -w 200ms -i 1 -r 300ms)
  SNAPSHOT_TIMING=(-f 1 -wi 1 -w 1s -i 1 -r 1s)
  STARTUP_RUNS=2
else
  JMH_TIMING=(-f 1 -wi 4 -w 1s -i 5 -r 1s)
  # One snapshot of 10,000 busy series takes seconds here (see docs/benchmarks.md), so few iterations.
  SNAPSHOT_TIMING=(-f 1 -wi 1 -w 1s -i 2 -r 1s)
  STARTUP_RUNS=10
fi

# The report at exit is off where it would only add noise to a benchmark's output.
SW_QUIET="report.text=false"
OTEL_ARGS="-javaagent:$OTEL_JAR -Dotel.traces.exporter=none -Dotel.metrics.exporter=none -Dotel.logs.exporter=none"
declare -A PER_CALL_AGENT=(
  [none]=""
  [sw-wall]="-javaagent:$SW_JAR=measure.cpu=off,measure.allocation=false,$SW_QUIET"
  [sw-alloc]="-javaagent:$SW_JAR=measure.cpu=off,measure.allocation=true,$SW_QUIET"
  [sw-sampled]="-javaagent:$SW_JAR=measure.cpu=sampled,measure.allocation=true,$SW_QUIET"
  [sw-cpu]="-javaagent:$SW_JAR=measure.cpu=always,measure.allocation=true,$SW_QUIET"
  [otel]="$OTEL_ARGS"
)

log() { echo "[bench $(date +%H:%M:%S)] $* (load: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$RESULTS/log.txt" >&2; }

# jmh <result-name> <class path> <jvm args for the forks> <jmh args...>
# A run that exceeds JMH_DEADLINE seconds is killed with its forks (timeout signals its whole process group) and
# recorded as hung: an agent bug can livelock a fork, and its shutdown hook then keeps the JVM from exiting.
JMH_DEADLINE=${JMH_DEADLINE:-90}
jmh() {
  local name=$1 cp=$2 fork_args=$3
  shift 3
  local append=()
  [[ -n "$fork_args" ]] && append=(-jvmArgsAppend "$fork_args")
  local rc=0
  timeout -s KILL "$JMH_DEADLINE" java -cp "$cp" org.openjdk.jmh.Main "$@" "${append[@]}" -prof gc -rf csv \
    -rff "$RESULTS/$name.csv" >"$RESULTS/$name.log" 2>&1 || rc=$?
  if [[ $rc == 137 || $rc == 124 ]]; then
    log "HUNG: $name did not finish in $JMH_DEADLINE s; killed (see $name.log)"
    echo "$JMH_DEADLINE" >"$RESULTS/$name.hung"
  elif [[ $rc != 0 ]]; then
    echo "JMH run $name failed; see $RESULTS/$name.log" >&2
    tail -20 "$RESULTS/$name.log" >&2
    exit 1
  fi
}

{
  echo "date: $(date -Is)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "jdk: $(java -version 2>&1 | head -2 | tail -1)"
  echo "git: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "uptime at start: $(uptime)"
} >"$RESULTS/machine.txt"
log "results in $RESULTS"

if [[ " $ONLY " == *" percall "* ]]; then
  # One JMH run per body, so a body that hangs does not lose the other's result.
  for threads in 1 2; do
    for config in none sw-wall sw-alloc sw-sampled sw-cpu otel micrometer; do
      for body in emptyBody workBody; do
        log "per call: $config, $body, $threads thread(s)"
        if [[ $config == micrometer ]]; then
          jmh "percall-$config-t$threads-$body" "$CP" "" \
            "io.strandwatch.bench.percall.MicrometerTimerBenchmark.$body" -t "$threads" "${JMH_TIMING[@]}"
        else
          jmh "percall-$config-t$threads-$body" "$CP" "${PER_CALL_AGENT[$config]}" \
            "io.strandwatch.bench.percall.StrandCallBenchmark.$body" -t "$threads" "${JMH_TIMING[@]}"
        fi
      done
    done
  done
fi

if [[ " $ONLY " == *" reference "* ]]; then
  log "reference costs"
  jmh reference "$CP" "" 'io.strandwatch.bench.reference.ClockCostBenchmark' -t 1 "${JMH_TIMING[@]}"
fi

if [[ " $ONLY " == *" llm "* ]]; then
  for config in none strandwatch otel; do
    case $config in
      none) agent="" ;;
      strandwatch) agent="-javaagent:$SW_JAR=$SW_QUIET" ;;
      # The simulator runs in the same JVM; its JDK HttpServer must not be traced as a server on top.
      otel) agent="$OTEL_ARGS -Dotel.instrumentation.java-http-server.enabled=false" ;;
    esac
    log "LLM call: $config"
    jmh "llm-$config" "$CP" "$agent" 'io.strandwatch.bench.llm.LlmCallBenchmark' -t 1 "${JMH_TIMING[@]}"
  done
fi

if [[ " $ONLY " == *" startup "* ]]; then
  log "start-up: $STARTUP_RUNS runs per configuration"
  java -cp "$CP" io.strandwatch.bench.startup.StartupTimer "$STARTUP_RUNS" "$RESULTS/startup.csv" \
    "none=" "strandwatch=-javaagent:$SW_JAR" "otel=$OTEL_ARGS" >"$RESULTS/startup.log" 2>&1 \
    || { cat "$RESULTS/startup.log" >&2; exit 1; }
fi

if [[ " $ONLY " == *" memory "* ]]; then
  rm -f "$RESULTS/memory.csv"
  log "memory: without agent"
  java -cp "$CP" io.strandwatch.bench.memory.MemoryProbe none "$RESULTS/memory.csv" \
    "$RESULTS/histogram-none" 1500 >"$RESULTS/memory-none.log" 2>&1
  log "memory: with StrandWatch"
  # 3,000 series exceed the default cap (series.max=2000), which would fold the rest into the overflow series.
  java "-javaagent:$SW_JAR=interval=1s,series.max=5000,$SW_QUIET" -cp "$CP" \
    io.strandwatch.bench.memory.MemoryProbe strandwatch "$RESULTS/memory.csv" \
    "$RESULTS/histogram-strandwatch" 1500 >"$RESULTS/memory-strandwatch.log" 2>&1
fi

if [[ " $ONLY " == *" snapshot "* ]]; then
  log "snapshot of 10,000 series (in process)"
  JMH_DEADLINE=600
  jmh snapshot "$INPROCESS_CP" "" 'io.strandwatch.bench.export.SnapshotBenchmark' "${SNAPSHOT_TIMING[@]}"
  log "recording right after a snapshot (in process)"
  jmh record-after-snapshot "$INPROCESS_CP" "" 'io.strandwatch.bench.export.RecordAfterSnapshotBenchmark' \
    "${JMH_TIMING[@]}"
fi

echo "uptime at end: $(uptime)" >>"$RESULTS/machine.txt"
java -cp "$CP" io.strandwatch.bench.report.ResultTable "$RESULTS" >"$RESULTS/summary.md"
{
  echo "# StrandWatch benchmarks"
  echo
  sed 's/^/    /' "$RESULTS/machine.txt"
  echo
  cat "$RESULTS/summary.md"
} | tee "$RESULTS/report.md"
log "done: $RESULTS/report.md"
