#!/bin/sh
# Measures how soon the packaged sample app answers with a Python result:
#   ./mvnw -q -pl sample-app -am package -DskipTests && sample-app/startup.sh [RUNS] [APP ARGS...]
# For each run it launches `java -jar` (JDK 25 with the Graal JIT flags, as ./mvnw selects), polls
# POST /api/stats every 50 ms, and prints the launch-to-first-result time, Spring's own "Started"
# line, then the first, second and a warm request's time (50 requests before the warm one).
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
  reply="000 0"
  while [ "${reply%% *}" != 200 ]; do
    sleep 0.05
    kill -0 "$pid" 2>/dev/null || { echo "app exited; log: $log" >&2; exit 1; }
    reply=$(post || echo "000 0")
  done
  first=$(( $(ms) - begin ))
  started=$(sed -n 's/.*\(Started [A-Za-z]* in [0-9.]* seconds\).*/\1/p' "$log" | head -n 1)
  second=$(post)
  n=0; while [ $n -lt 50 ]; do post >/dev/null; n=$((n + 1)); done
  warm=$(post)
  echo "run $i: first Python result ${first} ms after launch; $started; first request ${reply#* } s, second ${second#* } s, after 50 more ${warm#* } s"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
done
