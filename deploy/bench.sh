#!/usr/bin/env bash
# Load benchmark, end to end, on loopback: starts the service on 127.0.0.1, drives POST /v1/turns
# with wrk (a C load generator, so the client costs little of the machine's two cores) and then
# samples per-stage latency from debug traces with `./xiaobu bench load`; stops the service.
#   deploy/bench.sh [seconds per run, default 20]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SECONDS_PER_RUN="${1:-20}"
PORT="${BENCH_PORT:-18080}"
MIX=cli/src/main/resources/bench/utterances.tsv
command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install -y wrk)" >&2; exit 1; }
LOG="$(mktemp -t xiaobu-bench-serve.XXXXXX.log)"
./xiaobu serve --port "$PORT" >"$LOG" 2>&1 &
SERVE=$!
trap 'kill $SERVE 2>/dev/null; wait $SERVE 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 $SERVE 2>/dev/null || { echo "bench: the service did not start; see $LOG" >&2; exit 1; }
  sleep 1
done
URL="http://127.0.0.1:$PORT"
echo "bench: service ready on $URL (log: $LOG); $(nproc) cores, $(date -u +%FT%TZ)"
run() { # name connections category(optional)
  echo "== $1 ($2 connections, ${SECONDS_PER_RUN} s)"
  wrk -t1 -c"$2" -d"${SECONDS_PER_RUN}s" -s deploy/bench/turns.lua "$URL" -- "$MIX" ${3:-} | tail -2
}
wrk -t1 -c4 -d10s -s deploy/bench/turns.lua "$URL" -- "$MIX" >/dev/null   # warm-up (JIT)
run "rule-matched commands" 4 command
run "rule-matched commands" 8 command
run "commands that need the model" 4 model
run "whole mix (commands, model, questions, chat, noise)" 8
echo "== per-stage latency from sampled debug traces (light load)"
./xiaobu bench load --url "$URL" --turns 4000 --warmup 500 --concurrency 2 --trace-every 4 | sed -n '/server-side/,$p'
