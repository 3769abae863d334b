#!/usr/bin/env bash
# Builds Brandcloud, provisions WildFly, makes sure the local PostgreSQL has the database, and runs the panel in
# the foreground with the demo tenants. Ctrl-C stops everything. Run it again any time.
set -euo pipefail
cd "$(dirname "$0")/.."

source ear/demo-env.sh

./mvnw -B -q package -DskipTests

SERVER=ear/target/server
cp ear/target/brandcloud.ear "$SERVER/standalone/deployments/"
export JBOSS_PIDFILE="$PWD/ear/target/wildfly.pid"

stop() {
  if [ -f "$JBOSS_PIDFILE" ]; then
    kill "$(cat "$JBOSS_PIDFILE")" 2>/dev/null || true
  fi
}
trap stop EXIT INT TERM

"$SERVER/bin/standalone.sh" -b 127.0.0.1 &
wait_deployed "$SERVER"
cat <<MSG

  Brandcloud is running.
  Platform console  http://localhost:8080/platform/   ${BRANDCLOUD_OPERATOR_EMAIL} / ${BRANDCLOUD_OPERATOR_PASSWORD}
  Acme Cloud        http://localhost:8080/t/acme/     admin@acme.example / acme-admin-demo
                                                      customer@acme.example / acme-customer-demo
  Globex Hosting    http://localhost:8080/t/globex/   admin@globex.example / globex-admin-demo
                                                      customer@globex.example / globex-customer-demo
  (or http://acme.localhost:8080/ and http://globex.localhost:8080/)
  Mail (verification codes, reset links, invitations) is written to ${MAIL_DROP_DIR}/<tenant>/
  Press Ctrl-C to stop.

MSG
wait
