#!/usr/bin/env bash
# Every figure of docs/benchmarks.md in one run: machine facts, the JMH benchmarks (query engine at 100k-1M rows,
# client decoding), the dataset heap, streaming 100,000 rows from a stub in its own JVM through the client, and the
# stub-vs-WireMock load and start-up comparison (load-compare.sh). Builds nothing: build first with
#   ./mvnw -B -ntp -pl benchmarks -am package -DskipTests
# Usage: benchmarks/scripts/run-all.sh [OUT_DIR]
# Settings (environment): WAIT_QUIET=1 (wait, polling every 60 s for at most 30 min, until the 1-minute load
#   average is below 1.0), SKIP="" (any of: jmh heap stream load), and those of load-compare.sh.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SCRIPTS=$ROOT/benchmarks/scripts
OUT=${1:-$ROOT/benchmarks/target/run-$(date -u +%Y%m%dT%H%M%SZ)}
JAR=$ROOT/benchmarks/target/benchmarks.jar
SKIP=${SKIP:-}
mkdir -p "$OUT"
[ -f "$JAR" ] || { echo "no $JAR: ./mvnw -B -ntp -pl benchmarks -am package -DskipTests" >&2; exit 2; }
STUB_JAR=$(ls "$ROOT"/server-stub/target/pc-analytics-server-stub-*-exec.jar 2>/dev/null | head -n 1)

STUB_PID=""
cleanup() { [ -n "$STUB_PID" ] && kill "$STUB_PID" 2>/dev/null && wait "$STUB_PID" 2>/dev/null || true; }
trap cleanup EXIT
trap 'exit 130' INT TERM

skip() { case " $SKIP " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
step() { echo "== $1 (load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%H:%M:%SZ))" | tee -a "$OUT/steps.txt"; }

if [ "${WAIT_QUIET:-0}" = 1 ]; then
  for i in $(seq 1 30); do
    one=$(cut -d' ' -f1 /proc/loadavg)
    awk -v l="$one" 'BEGIN{exit !(l < 1.0)}' && break
    echo "waiting for a quiet machine: $(uptime)" | tee -a "$OUT/steps.txt"
    sleep 60
  done
fi

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git -C "$ROOT" rev-parse --short HEAD) ($(git -C "$ROOT" status --porcelain | wc -l) uncommitted changes)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory:"; free -h
  echo "java:"; java -version 2>&1
  echo "wrk: $(wrk --version 2>&1 | head -n 1 || true)"
  echo "kernel: $(uname -r)"
  echo "uptime: $(uptime)"
} >"$OUT/machine.txt" 2>&1
cat "$OUT/machine.txt"

if ! skip jmh; then
  step "JMH: query engine, 100,000 to 1,000,000 subscriptions"
  java -jar "$JAR" QueryEngineBenchmark -rf json -rff "$OUT/jmh-query-engine.json" >"$OUT/jmh-query-engine.txt" 2>&1
  step "JMH: client decoding of a 10,000-row page"
  java -jar "$JAR" ClientDecodeBenchmark -rf json -rff "$OUT/jmh-client-decode.json" >"$OUT/jmh-client-decode.txt" 2>&1
fi

if ! skip heap; then
  step "heap held by the dataset"
  java -Xms6g -Xmx6g -cp "$JAR" com.partnercenter.analytics.benchmarks.DatasetHeap 100000 250000 500000 1000000 scale=50 \
    >"$OUT/heap.txt" 2>&1
  cat "$OUT/heap.txt"
fi

if ! skip stream; then
  step "stream 100,000 rows from the stub (own JVM) through the client's paging iterator"
  port=18085
  java -jar "$STUB_JAR" --server.port=$port --server.address=127.0.0.1 --stub.data.subscriptions=100000 \
    --stub.data.customers=10000 --stub.data.azure-usage=0 --stub.data.searches=0 --stub.data.referrals=0 >"$OUT/stream-stub.log" 2>&1 &
  STUB_PID=$!
  until curl -s -o /dev/null -f "http://127.0.0.1:$port/health"; do
    kill -0 "$STUB_PID" || { echo "stub did not start" >&2; exit 1; }
    sleep 0.2
  done
  java -jar "$JAR" ClientStreamBenchmark -p rows=100000 -p stubUrl="http://127.0.0.1:$port" \
    -rf json -rff "$OUT/jmh-client-stream.json" >"$OUT/jmh-client-stream.txt" 2>&1
  echo "stub RSS after streaming: $(awk '/^VmRSS/ {print $2}' /proc/$STUB_PID/status) kB" >>"$OUT/jmh-client-stream.txt"
  kill "$STUB_PID"; wait "$STUB_PID" 2>/dev/null || true; STUB_PID=""
fi

for f in "$OUT"/jmh-*.txt; do
  [ -f "$f" ] || continue
  echo "--- $(basename "$f")"
  sed -n '/^Benchmark /,$p' "$f" | grep -E '^Benchmark |p0\.50|p0\.99 |  sample  ' || true
done | tee "$OUT/jmh-summary.txt"

if ! skip load; then
  step "stub vs WireMock: start-up and load"
  "$SCRIPTS/load-compare.sh" "$OUT/load"
fi
step "done"
echo "results: $OUT"
