#!/usr/bin/env bash
# Builds the agent and the sample app, then runs the sample app under the agent against the local provider
# simulator: alert lines appear as they fire, and the end-of-run report is printed at exit.
# Usage: ./demo.sh [seconds]   (at most; default 120: the scenario ends once its alerts have cleared)
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -pl agent,sample-app -am package -DskipTests
exec java -javaagent:agent/target/strandwatch-agent.jar \
  -Dstrandwatch.config.file=sample-app/demo-config.yaml \
  -jar sample-app/target/strandwatch-sample-app.jar "${1:-120}"
