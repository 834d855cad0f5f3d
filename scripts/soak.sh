#!/bin/sh
# Load and soak test of the server stub over loopback (issue 6, item 3).
#
#   scripts/soak.sh                 # 20 s warm-up, then 60 s at 64 connections (wrk -t2 -c64)
#   DURATION=60s WARMUP=20s CONNECTIONS=64 THREADS=2 HEAP=512m scripts/soak.sh
#
# Starts the stub jar (built if missing) on 127.0.0.1 with its default dataset (seed 42) and a fixed heap
# (-Xms = -Xmx, so that heap sizing does not show up as growth), warms it up with the same mix, records the resident
# memory (VmRSS), runs wrk with scripts/soak.lua (every operation, plain, filtered, grouped and paged, plus a few
# 400/401/404 mistakes), records VmRSS again, prints the figures and stops the stub. Exits non-zero on any socket
# error, any status other than 200/400/401/404 (so any 5xx), or resident memory growing more than 10 %.
# Traffic goes to 127.0.0.1 only; every step is bounded in time.
set -eu
cd "$(dirname "$0")/.."

DURATION=${DURATION:-60s}
WARMUP=${WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
HEAP=${HEAP:-512m}
MAX_GROWTH_PERCENT=${MAX_GROWTH_PERCENT:-10}

if ! command -v wrk >/dev/null 2>&1; then
  echo "soak: installing wrk (Debian package)" >&2
  apt-get install -y wrk >/dev/null
fi
jar=$(ls server-stub/target/pc-analytics-server-stub-*-exec.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  echo "soak: building the stub jar" >&2
  ./mvnw -B -ntp -q -pl server-stub -am package -DskipTests -Dinvoker.skip=true
  jar=$(ls server-stub/target/pc-analytics-server-stub-*-exec.jar | head -n 1)
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
log=$(mktemp)
java -Xms"$HEAP" -Xmx"$HEAP" -jar "$jar" --server.address=127.0.0.1 --server.port="$port" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log"' EXIT INT TERM

i=0
until curl -fsS "$base/health" >/dev/null 2>&1; do
  i=$((i + 1))
  if [ $i -gt 120 ] || ! kill -0 "$pid" 2>/dev/null; then
    echo "soak: the stub did not start; its log:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.5
done
customer=$(curl -fsS -H 'Authorization: Bearer soak' "$base/partner/v1/analytics/subscriptions?top=1" \
  | sed -n 's/.*"customerTenantId":"\([^"]*\)".*/\1/p')

rss() { awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status"; }

echo "soak: stub pid $pid at $base, heap $HEAP; warming up for $WARMUP ..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s scripts/soak.lua "$base" -- "$customer" >/dev/null
sleep 2
rss_before=$(rss)

echo "soak: running wrk -t$THREADS -c$CONNECTIONS -d$DURATION ..."
out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/soak.lua "$base" -- "$customer")
sleep 2
rss_after=$(rss)
echo "$out"

growth=$(awk -v a="$rss_after" -v b="$rss_before" 'BEGIN { printf "%.1f", (a - b) * 100 / b }')
echo "soak: VmRSS after warm-up ${rss_before} kB, after the run ${rss_after} kB, growth ${growth} %"

failed=0
if echo "$out" | grep -q "Socket errors"; then
  echo "soak: FAILED: socket errors" >&2
  failed=1
fi
unexpected=$(echo "$out" | sed -n 's/^SOAK unexpected statuses: //p')
if [ "${unexpected:-1}" != "0" ]; then
  echo "soak: FAILED: $unexpected answers with a status other than 200/400/401/404" >&2
  failed=1
fi
if awk -v g="$growth" -v m="$MAX_GROWTH_PERCENT" 'BEGIN { exit !(g > m) }'; then
  echo "soak: FAILED: resident memory grew ${growth} % (limit ${MAX_GROWTH_PERCENT} %)" >&2
  failed=1
fi
if grep -q -e ' ERROR ' -e 'Exception' "$log"; then
  echo "soak: FAILED: the stub logged errors:" >&2
  grep -e ' ERROR ' -e 'Exception' "$log" | head -n 20 >&2
  failed=1
fi
[ $failed -eq 0 ] && echo "soak: PASSED"
exit $failed
