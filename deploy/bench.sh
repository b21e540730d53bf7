#!/usr/bin/env bash
# Load benchmark, end to end: starts the service on 127.0.0.1:18080, drives /v1/turns with the
# benchmark mix, prints the numbers, stops the service. Extra arguments go to `./xiaobu bench load`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORT="${BENCH_PORT:-18080}"
LOG="$(mktemp -t xiaobu-bench-serve.XXXXXX.log)"
./xiaobu serve --port "$PORT" >"$LOG" 2>&1 &
SERVE=$!
trap 'kill $SERVE 2>/dev/null; wait $SERVE 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 $SERVE 2>/dev/null || { echo "bench: the service did not start; see $LOG" >&2; exit 1; }
  sleep 1
done
echo "bench: service ready on 127.0.0.1:$PORT (log: $LOG)"
./xiaobu bench load --url "http://127.0.0.1:$PORT" "$@"
