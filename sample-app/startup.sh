#!/bin/sh
# Measures how soon the packaged sample app answers with a Python result, in one of the start-up modes:
#   ./mvnw -q -pl sample-app -am package -DskipTests && sample-app/startup.sh [--mode=MODE] [RUNS] [APP ARGS...]
#
#   --mode=jit          (default) the stock JDK 25 with the Graal JIT on --upgrade-module-path; no AOT cache
#                       (the JVM turns it off with that option), `java -jar` of the Boot jar
#   --mode=fast-python  JIT and AOT cache: a JDK image from tools/interpy-jdk.sh, @fast-python.args
#   --mode=fast-start   AOT cache, no JIT (Python interpreted): the same image, @fast-start.args
#
# The two cached modes run the jar as Spring Boot's tools extract it (the cache only holds classes from
# plain jars on the class path) and make their cache with one training run when it is missing or stale
# (another jar, image or mode): launch with -XX:AOTCacheOutput, wait for readiness (the app's own
# warm-up has then run), send TRAIN_REQUESTS requests (default 30), stop it with SIGTERM; the JVM writes
# the cache as it exits. Both also run with GraalPy's standard library compiled to bytecode once
# (io.interpy.tool.GraalPyResources, -Dpolyglot.engine.resourcePath). Everything lands in
# sample-app/target/aot.
#
# For each run it launches the app, polls /actuator/health/readiness every 50 ms (what a load balancer
# follows; UP after the app's warm-up, see WarmUp.java), and prints the launch-to-ready time, Spring's own
# "Started" line, then the first, second and a warm request's time to POST /api/stats (50 requests before
# the warm one). --sample.warm-up.requests=0 as an app argument measures the app without its warm-up.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
mode=jit
case "${1:-}" in --mode=*) mode=${1#--mode=}; shift ;; esac
runs=${1:-3}
[ $# -gt 0 ] && shift
jar=$(ls "$here"/target/interpy-sample-app-*.jar | head -n 1)
. "$here/../.mvn/find-jdk.sh"
port=${PORT:-18080}
url="http://localhost:$port/api/stats"
ready_url="http://localhost:$port/actuator/health/readiness"
ms() { date +%s%3N; }
post() { curl -s -o /dev/null -w '%{http_code} %{time_total}' -X POST "$url" -H 'Content-Type: application/json' -d '[1,2,3,4]'; }

# launch LOG JAVA ARGS...: starts the app in the background (pid in $pid) and waits until it is ready.
launch() {
  log=$1; shift
  "$@" --server.port="$port" >"$log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$ready_url" || true)" = 200 ]; do
    sleep 0.05
    kill -0 "$pid" 2>/dev/null || { echo "app exited; log: $log" >&2; exit 1; }
  done
}

case "$mode" in
  jit)
    java="$JAVA_HOME/bin/java -XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI --upgrade-module-path=$here/target/graal-jit"
    java="$java --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
    app="-jar $jar" ;;
  fast-python|fast-start)
    image=$here/target/interpy-jdk
    "$here/../tools/interpy-jdk.sh" "$image" "$here/target/graal-jit" "$JAVA_HOME"
    aot=$here/target/aot
    key=$( (cksum <"$jar"; cat "$image/interpy-jdk.stamp" "$image/$mode.args") | cksum | cut -d' ' -f1)
    if [ "$(cat "$aot/app.key" 2>/dev/null || true)" != "$key" ]; then
      rm -rf "$aot/app" && mkdir -p "$aot"
      "$image/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$aot/app" >/dev/null
      rm -rf "$aot"/*.aot "$aot"/*.key "$aot/graalpy-resources"
      # GraalPy's standard library with bytecode, in a fixed place (io.interpy.tool.GraalPyResources)
      "$image/bin/java" @"$image/fast-python.args" -cp "$aot/app/lib/*" io.interpy.tool.GraalPyResources \
        "$aot/graalpy-resources" >/dev/null
      echo "$key" >"$aot/app.key"
    fi
    java="$image/bin/java @$image/$mode.args -Dpolyglot.engine.resourcePath=$aot/graalpy-resources"
    cache=$aot/$mode.aot
    app="-jar $aot/app/$(basename "$jar")"
    if [ "$(cat "$cache.key" 2>/dev/null || true)" != "$key" ] || [ ! -f "$cache" ]; then
      begin=$(ms)
      log=$(mktemp)
      # shellcheck disable=SC2086
      launch "$log" $java -XX:AOTCacheOutput="$cache" $app "$@"
      n=0
      while [ $n -lt "${TRAIN_REQUESTS:-30}" ]; do
        post >/dev/null
        curl -s -o /dev/null "http://localhost:$port/api/primes?below=1000"
        n=$((n + 1))
      done
      kill "$pid"; wait "$pid" 2>/dev/null || true
      [ -f "$cache" ] || { echo "training run wrote no AOT cache; log: $log" >&2; exit 1; }
      echo "$key" >"$cache.key"
      rm -f "$log"
      echo "training run ($mode): cache $(du -h "$cache" | cut -f1) in $(( $(ms) - begin )) ms"
    fi
    java="$java -XX:AOTCache=$cache" ;;
  *) echo "unknown mode '$mode' (jit, fast-python or fast-start)" >&2; exit 2 ;;
esac

i=0
while [ "$i" -lt "$runs" ]; do
  i=$((i + 1))
  log=$(mktemp)
  begin=$(ms)
  # shellcheck disable=SC2086
  launch "$log" $java $app "$@"
  ready=$(( $(ms) - begin ))
  started=$(sed -n 's/.*\(Started [A-Za-z]* in [0-9.]* seconds\).*/\1/p' "$log" | head -n 1)
  warmup=$(sed -n 's/.*Warm-up: \([0-9]* requests to the API in [0-9]* ms\).*/\1/p' "$log" | head -n 1)
  reply=$(post)
  second=$(post)
  n=0; while [ $n -lt 50 ]; do post >/dev/null; n=$((n + 1)); done
  warm=$(post)
  echo "run $i ($mode): ready ${ready} ms after launch; $started; warm-up: ${warmup:-none}; first request ${reply%% *} in ${reply#* } s, second ${second#* } s, after 50 more ${warm#* } s"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -f "$log"
done
