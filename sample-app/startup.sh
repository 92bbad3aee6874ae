#!/bin/sh
# Measures how soon the packaged sample app answers with a Python result:
#   ./mvnw -q -pl sample-app -am package -DskipTests && sample-app/startup.sh [RUNS] [APP ARGS...]
# For each run it launches `java -jar` (JDK 25 with the Graal JIT flags, as ./mvnw selects), polls
# /actuator/health/readiness every 50 ms (what a load balancer follows; UP after the app's warm-up,
# see WarmUp.java), and prints the launch-to-ready time, Spring's own "Started" line, then the
# first, second and a warm request's time to POST /api/stats (50 requests before the warm one).
# --sample.warm-up.requests=0 as an app argument measures the app without its warm-up.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
runs=${1:-3}
[ $# -gt 0 ] && shift
jar=$(ls "$here"/target/interpy-sample-app-*.jar | head -n 1)
. "$here/../.mvn/find-jdk.sh"
jit="-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path=$here/target/graal-jit"
jit="$jit --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
port=${PORT:-18080}
url="http://localhost:$port/api/stats"
ready_url="http://localhost:$port/actuator/health/readiness"
ms() { date +%s%3N; }
post() { curl -s -o /dev/null -w '%{http_code} %{time_total}' -X POST "$url" -H 'Content-Type: application/json' -d '[1,2,3,4]'; }
i=0
while [ "$i" -lt "$runs" ]; do
  i=$((i + 1))
  log=$(mktemp)
  begin=$(ms)
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" $jit -jar "$jar" --server.port="$port" "$@" >"$log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$ready_url" || true)" = 200 ]; do
    sleep 0.05
    kill -0 "$pid" 2>/dev/null || { echo "app exited; log: $log" >&2; exit 1; }
  done
  ready=$(( $(ms) - begin ))
  started=$(sed -n 's/.*\(Started [A-Za-z]* in [0-9.]* seconds\).*/\1/p' "$log" | head -n 1)
  warmup=$(sed -n 's/.*Warm-up: \([0-9]* requests to the API in [0-9]* ms\).*/\1/p' "$log" | head -n 1)
  reply=$(post)
  second=$(post)
  n=0; while [ $n -lt 50 ]; do post >/dev/null; n=$((n + 1)); done
  warm=$(post)
  echo "run $i: ready ${ready} ms after launch; $started; warm-up: ${warmup:-none}; first request ${reply%% *} in ${reply#* } s, second ${second#* } s, after 50 more ${warm#* } s"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
done
