#!/usr/bin/env bash
# Stub vs WireMock, in one run on this machine (docs/benchmarks.md, "Stub throughput against WireMock" and
# "Start-up"):
#   1. start-up: STARTS launches of each jar, alternating, each timed from launch to its first 200 on the benchmark
#      URL (curl polled every 10 ms), then stopped;
#   2. load: both servers started side by side (127.0.0.1 only), each warmed up, then wrk with the same settings
#      against each in turn (16 and 64 connections, ROUNDS rounds, the order alternating every round), the server's
#      resident memory (VmRSS from /proc) and CPU time sampled during every run.
# The stub answers GET /partner/v1/analytics/subscriptions?filter=customerMarket eq 'US'&top=100 on its default
# dataset (it filters 20,000 subscriptions per request); WireMock 3.13.2 (--no-request-journal) serves that same
# response, fetched from the stub once at the start, as a static body for that URL.
#
# Usage: benchmarks/scripts/load-compare.sh [OUT_DIR]    (build first: ./mvnw -B -ntp -pl server-stub -am package)
# Settings (environment): DURATION=20 WARMUP=30 ROUNDS=3 CONNS="16 64" STARTS=5 WRK_CPUS=1 SERVER_CPUS=0,1
#                         JAVA_OPTS="" (both servers) STUB_PORT=18080 WM_PORT=18081
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SCRIPTS=$ROOT/benchmarks/scripts
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-30}
ROUNDS=${ROUNDS:-3}
CONNS=${CONNS:-16 64}
STARTS=${STARTS:-5}
WRK_CPUS=${WRK_CPUS:-1}
SERVER_CPUS=${SERVER_CPUS:-0,1}
JAVA_OPTS=${JAVA_OPTS:-}
STUB_PORT=${STUB_PORT:-18080}
WM_PORT=${WM_PORT:-18081}
WM_VERSION=3.13.2
OUT=${1:-$ROOT/benchmarks/target/load-$(date -u +%Y%m%dT%H%M%SZ)}
PATH_QUERY="/partner/v1/analytics/subscriptions?filter=customerMarket%20eq%20%27US%27&top=100"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
STUB_JAR=$(ls "$ROOT"/server-stub/target/pc-analytics-server-stub-*-exec.jar 2>/dev/null | head -n 1 || true)
[ -n "$STUB_JAR" ] || { echo "no stub jar: ./mvnw -B -ntp -pl server-stub -am package -DskipTests" >&2; exit 2; }
M2=${M2_REPO:-$HOME/.m2/repository}
WM_JAR=${WM_JAR:-$M2/org/wiremock/wiremock-standalone/$WM_VERSION/wiremock-standalone-$WM_VERSION.jar}
if [ ! -f "$WM_JAR" ]; then
  (cd "$ROOT" && ./mvnw -q -B -ntp dependency:get -Dartifact=org.wiremock:wiremock-standalone:$WM_VERSION)
fi
mkdir -p "$OUT/wiremock/mappings" "$OUT/wiremock/__files"

PIDS=()
cleanup() {
  for p in "${PIDS[@]:-}"; do
    [ -n "$p" ] && kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

stub_cmd() { # port
  echo taskset -c "$SERVER_CPUS" java $JAVA_OPTS -jar "$STUB_JAR" --server.port="$1" --server.address=127.0.0.1
}
# the stub as ./run-stub starts it: the jar extracted, with a class-data-sharing archive (prepared below)
CDS_DIR=$ROOT/benchmarks/target/stub-cds
stub_cds_cmd() { # port
  echo taskset -c "$SERVER_CPUS" java -XX:SharedArchiveFile="$CDS_DIR/app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off $JAVA_OPTS \
    -jar "$CDS_DIR/$(basename "$STUB_JAR")" --server.port="$1" --server.address=127.0.0.1
}
wm_cmd() { # port
  echo taskset -c "$SERVER_CPUS" java $JAVA_OPTS -jar "$WM_JAR" --port "$1" --bind-address 127.0.0.1 \
    --no-request-journal --disable-banner --root-dir "$OUT/wiremock"
}
status_of() { curl -s -o /dev/null -m 2 -w '%{http_code}' -H 'Authorization: Bearer benchmark' "$1" 2>/dev/null || true; }

# launch NAME PORT LOG: starts a server in the background; sets LAUNCHED_PID
launch() {
  local cmd
  case $1 in
    stub) cmd=$(stub_cmd "$2") ;;
    stub-cds) cmd=$(stub_cds_cmd "$2") ;;
    *) cmd=$(wm_cmd "$2") ;;
  esac
  # shellcheck disable=SC2086
  $cmd >"$3" 2>&1 &
  LAUNCHED_PID=$!
  PIDS+=("$LAUNCHED_PID")
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# wait_200 URL PID: polls every 10 ms until 200 (at most 120 s); prints milliseconds since $T0
wait_200() {
  local deadline=$(( $(date +%s) + 120 ))
  while [ "$(status_of "$1")" != 200 ]; do
    kill -0 "$2" 2>/dev/null || { echo "server exited before answering" >&2; return 1; }
    [ "$(date +%s)" -lt "$deadline" ] || { echo "no 200 within 120 s" >&2; return 1; }
    sleep 0.01
  done
  echo $(( ($(date +%s%N) - T0) / 1000000 ))
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "stub jar: $STUB_JAR"
  echo "wiremock jar: $WM_JAR"
  echo "java: $(java -version 2>&1 | head -n 1)"
  echo "server cpus: $SERVER_CPUS, wrk cpus: $WRK_CPUS (wrk -t1), JAVA_OPTS='$JAVA_OPTS'"
  echo "duration ${DURATION}s, warm-up ${WARMUP}s, rounds $ROUNDS, connections $CONNS, starts $STARTS"
} | tee "$OUT/settings.txt"

# ---- 0. the static body for WireMock: the stub's own answer
echo "== preparing the WireMock body from the stub's answer"
launch stub "$STUB_PORT" "$OUT/stub-prepare.log"; pid=$LAUNCHED_PID
T0=$(date +%s%N); wait_200 "http://127.0.0.1:$STUB_PORT$PATH_QUERY" "$pid" >/dev/null
curl -s -H 'Authorization: Bearer benchmark' -D "$OUT/stub-headers.txt" -o "$OUT/wiremock/__files/subscriptions-us-top100.json" \
  "http://127.0.0.1:$STUB_PORT$PATH_QUERY"
curl -s -H 'Authorization: Bearer benchmark' -o "$OUT/stub-all.json" "http://127.0.0.1:$STUB_PORT/partner/v1/analytics/subscriptions?top=1"
stop "$pid"
python3 - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
page = json.load(open(out + "/wiremock/__files/subscriptions-us-top100.json"))
total_all = json.load(open(out + "/stub-all.json"))["TotalCount"]
rows = page["Value"]
assert len(rows) == 100 and all(r["customerMarket"] == "US" for r in rows), "the stub did not filter"
assert page["TotalCount"] < total_all, "the filter matched every row"
size = len(open(out + "/wiremock/__files/subscriptions-us-top100.json", "rb").read())
print(f"body: {size:,} bytes, 100 rows, all customerMarket US; TotalCount {page['TotalCount']:,} of {total_all:,} subscriptions")
mapping = {"request": {"method": "GET", "urlPath": "/partner/v1/analytics/subscriptions",
                       "queryParameters": {"filter": {"equalTo": "customerMarket eq 'US'"}, "top": {"equalTo": "100"}}},
           "response": {"status": 200, "bodyFileName": "subscriptions-us-top100.json",
                        "headers": {"Content-Type": "application/json; charset=utf-8"}}}
json.dump(mapping, open(out + "/wiremock/mappings/subscriptions-us-top100.json", "w"), indent=2)
PY
echo "body: $(wc -c <"$OUT/wiremock/__files/subscriptions-us-top100.json") bytes" >>"$OUT/settings.txt"

# ---- 1. start-up, alternating
if [ ! -f "$CDS_DIR/app.jsa" ] || [ "$STUB_JAR" -nt "$CDS_DIR/app.jsa" ]; then
  echo "== preparing the class-data-sharing archive as ./run-stub does (not timed)"
  rm -rf "$CDS_DIR"
  java -Djarmode=tools -jar "$STUB_JAR" extract --destination "$CDS_DIR" >/dev/null
  java -XX:ArchiveClassesAtExit="$CDS_DIR/app.jsa" -Xlog:disable -Xlog:all=off \
    -jar "$CDS_DIR/$(basename "$STUB_JAR")" --server.port=0 --server.address=127.0.0.1 --stub.cds-training=true >"$CDS_DIR/training.log" 2>&1
fi
STARTUP_SERVERS=${STARTUP_SERVERS:-stub wiremock stub-cds}
echo "== start-up: $STARTS launches each of $STARTUP_SERVERS, alternating (launch to first 200, 10 ms poll)"
: >"$OUT/startup.txt"
for i in $(seq 1 "$STARTS"); do
  for name in $STARTUP_SERVERS; do
    port=$STUB_PORT; [ $name = wiremock ] && port=$WM_PORT
    la=$(loadavg)
    T0=$(date +%s%N)
    launch $name "$port" "$OUT/startup-$name-$i.log"; pid=$LAUNCHED_PID
    ms=$(wait_200 "http://127.0.0.1:$port$PATH_QUERY" "$pid")
    stop "$pid"
    echo "STARTUP server=$name run=$i ms=$ms load=\"$la\"" | tee -a "$OUT/startup.txt"
    sleep 1
  done
done

# ---- 2. load
echo "== load: both servers up, warm-up ${WARMUP}s each, then ${DURATION}s runs"
launch stub "$STUB_PORT" "$OUT/stub.log"; STUB_PID=$LAUNCHED_PID
launch wiremock "$WM_PORT" "$OUT/wiremock.log"; WM_PID=$LAUNCHED_PID
T0=$(date +%s%N); wait_200 "http://127.0.0.1:$STUB_PORT$PATH_QUERY" "$STUB_PID" >/dev/null
T0=$(date +%s%N); wait_200 "http://127.0.0.1:$WM_PORT$PATH_QUERY" "$WM_PID" >/dev/null
cmp -s <(curl -s -H 'Authorization: Bearer benchmark' "http://127.0.0.1:$WM_PORT$PATH_QUERY") \
  "$OUT/wiremock/__files/subscriptions-us-top100.json" || { echo "WireMock does not serve the stub's body" >&2; exit 1; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }

# run_wrk NAME PORT PID CONNS SECONDS LABEL
run_wrk() {
  local name=$1 port=$2 pid=$3 conns=$4 secs=$5 label=$6
  local la; la=$(loadavg)
  local ticks0; ticks0=$(cpu_ticks "$pid")
  local log="$OUT/wrk-$label.txt"
  # the load generator's own CPU time (user and system seconds) goes to $log.time
  ( TIMEFORMAT='%U %S'; { time taskset -c "$WRK_CPUS" wrk -t1 -c"$conns" -d"${secs}s" --latency -s "$SCRIPTS/report.lua" \
      "http://127.0.0.1:$port$PATH_QUERY" >"$log" 2>&1; } 2>"$log.time" ) &
  local wrk_pid=$!
  local max=0 last=0 samples=""
  sleep 1
  while kill -0 "$wrk_pid" 2>/dev/null; do
    last=$(rss_kb "$pid"); [ "$last" -gt "$max" ] && max=$last
    samples="$samples $last"
    sleep 1
  done
  wait "$wrk_pid"
  local ticks1; ticks1=$(cpu_ticks "$pid")
  local hz; hz=$(getconf CLK_TCK)
  local result; result=$(grep '^RESULT' "$log" | sed 's/^RESULT //')
  echo "LOAD server=$name conns=$conns label=$label $result rss_max_kb=$max rss_last_kb=$last cpu_s=$(awk -v a="$ticks0" -v b="$ticks1" -v hz="$hz" 'BEGIN{printf "%.1f", (b-a)/hz}') wrk_cpu_s=$(awk '{printf "%.1f", $1 + $2}' "$log.time") load=\"$la\"" \
    | tee -a "$OUT/load.txt"
  echo "$samples" >"$OUT/rss-$label.txt"
}

: >"$OUT/load.txt"
run_wrk stub "$STUB_PORT" "$STUB_PID" 64 "$WARMUP" warmup-stub >/dev/null
run_wrk wiremock "$WM_PORT" "$WM_PID" 64 "$WARMUP" warmup-wiremock >/dev/null
sed -i '/label=warmup/d' "$OUT/load.txt"
for c in $CONNS; do
  for r in $(seq 1 "$ROUNDS"); do
    if [ $((r % 2)) -eq 1 ]; then order="stub wiremock"; else order="wiremock stub"; fi
    for name in $order; do
      if [ $name = stub ]; then run_wrk stub "$STUB_PORT" "$STUB_PID" "$c" "$DURATION" "stub-c$c-r$r"
      else run_wrk wiremock "$WM_PORT" "$WM_PID" "$c" "$DURATION" "wiremock-c$c-r$r"; fi
      sleep 2
    done
  done
done
grep -c . "$OUT/load.txt" >/dev/null
for p in "$STUB_PID" "$WM_PID"; do
  echo "server $p after the load: VmHWM $(awk '/^VmHWM/ {print $2}' /proc/$p/status) kB" >>"$OUT/settings.txt"
done
stop "$STUB_PID"; stop "$WM_PID"

python3 "$SCRIPTS/summarize.py" "$OUT" | tee "$OUT/summary.md"
echo "raw results: $OUT"
