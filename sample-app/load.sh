#!/bin/sh
# Requests/second of the CPU-bound endpoint: REQUESTS calls of /api/primes?below=BELOW,
# CONCURRENCY at a time. Usage: ./load.sh [REQUESTS] [CONCURRENCY] [BELOW]
REQUESTS=${1:-40}
CONCURRENCY=${2:-4}
BELOW=${3:-1000000}
URL="http://localhost:8080/api/primes?below=$BELOW"
curl -s -f "$URL" > /dev/null || { echo "no sample app on :8080" >&2; exit 1; }   # warm-up
start=$(date +%s%N)
seq "$REQUESTS" | xargs -P "$CONCURRENCY" -I{} curl -s -o /dev/null -w '%{http_code}\n' "$URL" | sort | uniq -c
end=$(date +%s%N)
awk -v n="$REQUESTS" -v ns="$((end - start))" 'BEGIN { printf "%d requests in %.2f s: %.2f requests/s\n", n, ns / 1e9, n / (ns / 1e9) }'
