#!/usr/bin/env bash
# The install check (./mvnw -B -Pinstall-check -DskipTests verify): the kit in ear/target/brandcloud-install goes onto
# the stock WildFly distribution twice, the way an operator would do it.
#   standalone.xml           server stopped: install.sh changes it offline, then the server is started;
#   standalone-full-ha.xml   server running: install.sh changes it online, reloading and restarting it itself.
# Each time the panel, /openapi, readiness and the brandcloud_ metrics must answer, a second install.sh must change
# nothing, and uninstall.sh must leave a management model equal to the stock one.
#
#   install-check.sh KIT WILDFLY_ZIP WORK
set -euo pipefail

KIT="$1"
ZIP="$2"
WORK="$3"
OFFSET=500
HTTP="http://127.0.0.1:$((8080 + OFFSET))"
MANAGEMENT="http://127.0.0.1:$((9990 + OFFSET))"
export JBOSS_CONTROLLER="127.0.0.1:$((9990 + OFFSET))"
export DB_URL="jdbc:postgresql://127.0.0.1:5432/brandcloud_install_check"
export BRANDCLOUD_SECRET_KEY="${BRANDCLOUD_SECRET_KEY:-$(head -c 32 /dev/urandom | base64)}"
export JAVA_OPTS="-Xms256m -Xmx1g -Djboss.socket.binding.port-offset=$OFFSET -Dbrandcloud.cluster.name=install-check"
export JAVA_OPTS="$JAVA_OPTS -Dbrandcloud.cluster.node-a.port=$((7600 + OFFSET)) -Dbrandcloud.cluster.node-b.port=$((7600 + OFFSET))"
export BRANDCLOUD_SCHEDULED_JOBS=off

fail() {
  echo "install check: $*" >&2
  exit 1
}

# whatever happens, no server of the check is left running
leftovers() {
  pkill -f "jboss.home.dir=$WORK/" 2>/dev/null || true
}
trap leftovers EXIT

step() {
  printf '%(%H:%M:%S)T  %s\n' -1 "$*"
}

fresh_database() {
  psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS brandcloud_install_check" \
    -c "CREATE DATABASE brandcloud_install_check" >/dev/null
}

# The whole management model of the stopped server's configuration, as sorted JSON, without what a start adds.
model() {
  local home="$1" config="$2"
  printf 'embed-server --server-config=%s --std-out=discard\n:read-resource(recursive=true)\nstop-embedded-server\n' \
    "$config" >"$WORK/model.cli"
  "$home/bin/jboss-cli.sh" --output-json --file="$WORK/model.cli" | jq -S '.result'
}

start() {
  local home="$1" config="$2"
  "$home/bin/standalone.sh" -c "$config" >"$WORK/${config%.xml}.console.log" 2>&1 &
  for _ in $(seq 1 180); do
    [ "$(state "$home")" = running ] && return 0
    sleep 1
  done
  fail "the server on $config did not start; see $home/standalone/log/server.log"
}

state() {
  "$1/bin/jboss-cli.sh" --connect --controller="$JBOSS_CONTROLLER" --command=":read-attribute(name=server-state)" \
    2>/dev/null | sed -n 's/.*"result" => "\(.*\)".*/\1/p'
}

stop() {
  local home="$1"
  "$home/bin/jboss-cli.sh" --connect --controller="$JBOSS_CONTROLLER" --command=shutdown >/dev/null
  for _ in $(seq 1 60); do
    [ -z "$(state "$home")" ] && return 0
    sleep 1
  done
  fail "the server did not stop"
}

# usage: fetched URL PATTERN: the page (after redirects) has a line matching PATTERN
fetched() {
  curl -fsSL -o "$WORK/page" "$1" && grep -q "$2" "$WORK/page"
}

# Readiness is polled: the panel migrates its schemas after the deployment is up.
answers() {
  local home="$1" config="$2"
  for _ in $(seq 1 120); do
    curl -fsS "$MANAGEMENT/health/ready" >/dev/null 2>&1 && break
    sleep 1
  done
  fetched "$MANAGEMENT/health/ready" '^{"status":"UP"' || fail "$config: /health/ready is not UP"
  [ "$(state "$home")" = running ] || fail "$config: the server is $(state "$home"), not running"
  fetched "$HTTP/platform/" '<title>Platform console' || fail "$config: /platform/ does not show the panel"
  fetched "$HTTP/openapi" '^openapi: 3\.' || fail "$config: /openapi is not the OpenAPI document"
  fetched "$MANAGEMENT/metrics" '^brandcloud_' || fail "$config: /metrics has no brandcloud_ figures"
  step "$config: /platform/, /openapi, /health/ready (UP, running) and brandcloud_ metrics answer"
}

check() {
  local config="$1" mode="$2"
  local home="$WORK/$mode/wildfly"
  rm -rf "$WORK/$mode"
  mkdir -p "$WORK/$mode"
  unzip -q "$ZIP" -d "$WORK/$mode"
  mv "$WORK/$mode"/wildfly-* "$home"
  fresh_database
  model "$home" "$config" >"$WORK/$mode/stock.json"

  local began=$SECONDS
  if [ "$mode" = online ]; then
    start "$home" "$config"
    step "$config: stock server running; installing online"
    "$KIT/install.sh" "$home" "$config"
  else
    step "$config: installing offline"
    "$KIT/install.sh" "$home" "$config"
    start "$home" "$config"
  fi
  answers "$home" "$config"
  step "$config: installed and answering in $((SECONDS - began)) s"

  "$KIT/install.sh" "$home" "$config" | tee "$WORK/$mode/again.log"
  grep -q '^Subsystems:' "$WORK/$mode/again.log" && fail "$config: a second install changed subsystems again"
  answers "$home" "$config"

  [ "$mode" = online ] || stop "$home"
  began=$SECONDS
  "$KIT/uninstall.sh" "$home" "$config"
  [ "$mode" = online ] && stop "$home"
  step "$config: uninstalled in $((SECONDS - began)) s"
  model "$home" "$config" >"$WORK/$mode/after.json"
  diff -u "$WORK/$mode/stock.json" "$WORK/$mode/after.json" >"$WORK/$mode/model.diff" ||
    fail "$config: uninstall left the model different from the stock one: $WORK/$mode/model.diff"
  [ ! -e "$home/modules/org/postgresql" ] || fail "$config: uninstall left the org.postgresql module"
  step "$config: back to the stock model"
}

command -v jq >/dev/null || fail "needs jq"
mkdir -p "$WORK"
check standalone.xml offline
check standalone-full-ha.xml online
step "install check passed"
