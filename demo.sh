#!/usr/bin/env bash
# Builds the agent and the sample app, then runs the sample app under the agent against the local provider
# simulator: alert lines appear as they fire, and the end-of-run report is printed at exit; the same report is
# written as JSON and as an HTML page (charts, no scripts) under target/.
# Usage: ./demo.sh [seconds]   (at most; default 120: the scenario ends once its alerts have cleared)
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -pl agent,sample-app -am package -DskipTests
rm -f target/strandwatch-demo.html # a page left by an earlier run must not be announced
status=0
java -javaagent:agent/target/strandwatch-agent.jar \
  -Dstrandwatch.config.file=sample-app/demo-config.yaml \
  -jar sample-app/target/strandwatch-sample-app.jar "${1:-120}" || status=$?
if [ -f target/strandwatch-demo.html ]; then
  echo
  echo "HTML report: $(pwd)/target/strandwatch-demo.html (open it in a browser)"
fi
exit "$status"
