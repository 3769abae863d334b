#!/usr/bin/env bash
# Runs Brandcloud as a two-node WildFly cluster behind HAProxy on this machine, with the demo tenants: the nodes
# share the database, each other's sessions (JGroups over TCP on loopback) and the work. Ctrl-C stops all three.
#   PROXY_PORT (8080)           where visitors come in
#   OFFSET_A, OFFSET_B (100, 200)  the nodes' port offsets: node-a answers on 8180, node-b on 8280
#   DB_NAME (brandcloud)        the shared database; SKIP_BUILD=1 uses the EAR and server already built
# Each node's log is ear/target/cluster/node-*.log, its process id ear/target/cluster/node-*.pid.
set -euo pipefail
cd "$(dirname "$0")/.."

source ear/demo-env.sh

PROXY_ADDRESS="${PROXY_ADDRESS:-127.0.0.1}"
PROXY_PORT="${PROXY_PORT:-8080}"
OFFSET_A="${OFFSET_A:-100}"
OFFSET_B="${OFFSET_B:-200}"
CLUSTER_NAME="${CLUSTER_NAME:-brandcloud-$DB_NAME}"
export PROXY_ADDRESS PROXY_PORT
export NODE_A_HTTP=$((8080 + OFFSET_A)) NODE_A_MANAGEMENT=$((9990 + OFFSET_A))
export NODE_B_HTTP=$((8080 + OFFSET_B)) NODE_B_MANAGEMENT=$((9990 + OFFSET_B))
export BRANDCLOUD_PUBLIC_URL="${BRANDCLOUD_PUBLIC_URL:-http://$PROXY_ADDRESS:$PROXY_PORT}"
# HAProxy adds X-Forwarded-For from loopback
export BRANDCLOUD_TRUSTED_PROXIES="${BRANDCLOUD_TRUSTED_PROXIES:-127.0.0.1}"

if ! command -v haproxy >/dev/null; then
  echo "HAProxy is missing: apt-get install haproxy" >&2
  exit 1
fi
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q package -DskipTests
fi

CLUSTER="$PWD/ear/target/cluster"
mkdir -p "$CLUSTER"
PROXY_PID=""

stop() {
  [ -n "$PROXY_PID" ] && kill "$PROXY_PID" 2>/dev/null || true
  for node in a b; do
    [ -f "$CLUSTER/node-$node.pid" ] && kill "$(cat "$CLUSTER/node-$node.pid")" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}
trap stop EXIT INT TERM

# start_node a 100: a fresh copy of the provisioned server with the EAR, started in the background
start_node() {
  local node="node-$1" offset="$2" home="$CLUSTER/node-$1"
  rm -rf "$home" "$CLUSTER/$node.pid"
  cp -a ear/target/server "$home"
  # nothing of another run of that server (the tests' own, a demo): its data, transaction log and deployments
  rm -rf "$home/standalone/data" "$home/standalone/tmp" "$home/standalone/log" "$home"/standalone/deployments/*
  sed -i '/<deployments>/,/<\/deployments>/d' "$home/standalone/configuration/standalone.xml"
  cp ear/target/brandcloud.ear "$home/standalone/deployments/"
  JBOSS_PIDFILE="$CLUSTER/$node.pid" "$home/bin/standalone.sh" -b 127.0.0.1 \
    -Djboss.node.name="$node" -Djboss.socket.binding.port-offset="$offset" \
    -Dbrandcloud.cluster.name="$CLUSTER_NAME" \
    -Dbrandcloud.cluster.node-a.port=$((7600 + OFFSET_A)) -Dbrandcloud.cluster.node-b.port=$((7600 + OFFSET_B)) \
    > "$CLUSTER/$node.log" 2>&1 &
}

# node-a first: it migrates the schemas and seeds the demo once; node-b then joins an up-to-date database
start_node a "$OFFSET_A"
wait_deployed "$CLUSTER/node-a"
start_node b "$OFFSET_B"
wait_deployed "$CLUSTER/node-b"

haproxy -db -f wildfly-config/src/main/haproxy/haproxy.cfg > "$CLUSTER/haproxy.log" 2>&1 &
PROXY_PID=$!
echo "$PROXY_PID" > "$CLUSTER/haproxy.pid"

cat <<MSG

  Brandcloud runs on two nodes behind HAProxy.
  Visitors    $BRANDCLOUD_PUBLIC_URL/t/acme/   (customer@acme.example / acme-customer-demo)
  node-a      http://127.0.0.1:$NODE_A_HTTP/   health http://127.0.0.1:$NODE_A_MANAGEMENT/health/ready
  node-b      http://127.0.0.1:$NODE_B_HTTP/   health http://127.0.0.1:$NODE_B_MANAGEMENT/health/ready
  Logs in $CLUSTER. Press Ctrl-C to stop.

MSG
wait "$PROXY_PID"
