#!/bin/sh
# Two stub replicas behind a real load balancer (nginx, Debian's package) on loopback (issue 14, item 4).
#
#   scripts/replicas.sh                       # free ports; ~1 min
#   LB_PORT=18700 PORT_A=18701 PORT_B=18702 LB1_PORT=18703 LOAD_SECONDS=15 scripts/replicas.sh
#   STUB_ARGS=--server.forward-headers-strategy=none scripts/replicas.sh   # must fail: links around nginx
#
# Starts two replicas of the stub jar with the same seed, and nginx round-robin in front of them under the public
# prefix /pc (X-Forwarded-Host, -Proto, -Prefix set, as an ingress does). Then, through nginx, it walks every page of a
# filtered query (subscriptions in the US, 500 rows a page) and fails unless:
#   - every row comes back exactly once (ids unique, as many as TotalCount, the same rows as one replica alone gives);
#   - every @nextLink carries the public address (http://127.0.0.1:LB_PORT/pc/...), never a replica's;
#   - both replicas answered pages, and for every page both replicas answer byte-identical bodies.
# Finally it measures requests per second through nginx to one replica (LB1_PORT) and to both (wrk, else ab),
# and prints the figures. Traffic goes to 127.0.0.1 only; every step is bounded in time; it stops what it started.
set -eu
cd "$(dirname "$0")/.."

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
LB_PORT=${LB_PORT:-$(free_port)}
LB1_PORT=${LB1_PORT:-$(free_port)}
PORT_A=${PORT_A:-$(free_port)}
PORT_B=${PORT_B:-$(free_port)}
SEED=${SEED:-42}
HEAP=${HEAP:-512m}
LOAD_SECONDS=${LOAD_SECONDS:-15}
CONNECTIONS=${CONNECTIONS:-16}
# extra settings for both replicas, e.g. STUB_ARGS=--server.forward-headers-strategy=none (the walk then fails)
STUB_ARGS=${STUB_ARGS:-}

if ! command -v nginx >/dev/null 2>&1; then
  echo "replicas: installing nginx (Debian package)" >&2
  apt-get install -y nginx-light >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y nginx-light >/dev/null; }
fi
if ! command -v wrk >/dev/null 2>&1 && ! command -v ab >/dev/null 2>&1; then
  echo "replicas: installing wrk (Debian package)" >&2
  apt-get install -y wrk >/dev/null 2>&1 || apt-get install -y apache2-utils >/dev/null
fi
jar=$(ls server-stub/target/pc-analytics-server-stub-*-exec.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  echo "replicas: building the stub jar" >&2
  ./mvnw -B -ntp -q -pl server-stub -am package -DskipTests -Dinvoker.skip=true
  jar=$(ls server-stub/target/pc-analytics-server-stub-*-exec.jar | head -n 1)
fi

work=$(mktemp -d)
pids=""
cleanup() {
  for p in $pids; do kill "$p" 2>/dev/null || true; done
  for p in $pids; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

for replica in A:$PORT_A B:$PORT_B; do
  name=${replica%%:*}; port=${replica#*:}
  java -Xms"$HEAP" -Xmx"$HEAP" -jar "$jar" --server.address=127.0.0.1 --server.port="$port" --stub.data.seed="$SEED" $STUB_ARGS \
    >"$work/replica-$name.log" 2>&1 &
  pids="$pids $!"
done

mkdir -p "$work/nginx"
cat >"$work/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  upstream both { server 127.0.0.1:$PORT_A; server 127.0.0.1:$PORT_B; keepalive 32; }
  upstream one { server 127.0.0.1:$PORT_A; keepalive 32; }
  server {
    listen 127.0.0.1:$LB_PORT;
    location /pc/ {
      proxy_pass http://both/;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Forwarded-Host \$http_host;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-Prefix /pc;
      add_header X-Replica \$upstream_addr always;
    }
  }
  server {
    listen 127.0.0.1:$LB1_PORT;
    location /pc/ {
      proxy_pass http://one/;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Forwarded-Host \$http_host;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-Prefix /pc;
    }
  }
}
CONF
nginx -t -c "$work/nginx.conf" -p "$work/nginx" >"$work/nginx-test.log" 2>&1 || { cat "$work/nginx-test.log" >&2; exit 1; }
nginx -c "$work/nginx.conf" -p "$work/nginx" &
pids="$pids $!"

for port in "$PORT_A" "$PORT_B"; do
  i=0
  until curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
    i=$((i + 1))
    if [ $i -gt 240 ]; then
      echo "replicas: a replica did not become healthy on port $port; logs:" >&2
      cat "$work"/replica-*.log >&2
      exit 1
    fi
    sleep 0.5
  done
done
echo "replicas: A on $PORT_A, B on $PORT_B (seed $SEED), nginx on $LB_PORT (both) and $LB1_PORT (A only), prefix /pc"

python3 scripts/replicas_walk.py "http://127.0.0.1:$LB_PORT/pc" "http://127.0.0.1:$PORT_A" "http://127.0.0.1:$PORT_B"

page="/pc/partner/v1/analytics/subscriptions?filter=customerMarket%20eq%20%27US%27&top=100"
echo "replicas: load, ${LOAD_SECONDS}s at $CONNECTIONS connections each, GET $page"
for target in "one replica:$LB1_PORT" "two replicas:$LB_PORT"; do
  label=${target%%:*}; port=${target#*:}
  url="http://127.0.0.1:$port$page"
  if command -v wrk >/dev/null 2>&1; then
    wrk -t2 -c"$CONNECTIONS" -d"$LOAD_SECONDS"s -H 'Authorization: Bearer replicas' "$url" >/dev/null 2>&1 # warm-up round
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$LOAD_SECONDS"s --latency -H 'Authorization: Bearer replicas' "$url")
    rps=$(echo "$out" | awk '/^Requests\/sec/ { print $2 }')
    p50=$(echo "$out" | awk '$1 == "50%" { print $2 }')
    p99=$(echo "$out" | awk '$1 == "99%" { print $2 }')
    errors=$(echo "$out" | grep -E 'Non-2xx|Socket errors' || true)
    if [ -n "$errors" ]; then
      echo "$out" >&2
      echo "replicas: FAILED: errors under load through $label: $errors" >&2
      exit 1
    fi
    echo "replicas: through nginx to $label: $rps req/s (p50 $p50, p99 $p99)"
  else
    out=$(ab -q -k -t "$LOAD_SECONDS" -n 1000000 -c "$CONNECTIONS" -H 'Authorization: Bearer replicas' "$url")
    echo "replicas: through nginx to $label: $(echo "$out" | awk '/^Requests per second/ { print $4 }') req/s (ab)"
  fi
done
echo "replicas: PASSED"
