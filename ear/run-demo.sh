#!/usr/bin/env bash
# Builds Brandcloud, provisions WildFly, makes sure the local PostgreSQL has the database, and runs the panel in
# the foreground with the demo tenants. Ctrl-C stops everything. Run it again any time.
set -euo pipefail
cd "$(dirname "$0")/.."

DB_NAME="${DB_NAME:-brandcloud}"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER
export DB_URL="${DB_URL:-jdbc:postgresql://${PGHOST}:${PGPORT}/${DB_NAME}}"
export DB_USER="${DB_USER:-$PGUSER}"
export BRANDCLOUD_DEMO="${BRANDCLOUD_DEMO:-true}"
export BRANDCLOUD_OPERATOR_EMAIL="${BRANDCLOUD_OPERATOR_EMAIL:-operator@brandcloud.local}"
export BRANDCLOUD_OPERATOR_PASSWORD="${BRANDCLOUD_OPERATOR_PASSWORD:-operator-demo-pass}"
# Seals TOTP seeds and provider tokens. The demo keeps its own key outside the repository and the
# database; production sets BRANDCLOUD_SECRET_KEY from its secret store.
if [ -z "${BRANDCLOUD_SECRET_KEY:-}" ]; then
  KEY_FILE="${XDG_CONFIG_HOME:-$HOME/.config}/brandcloud/demo-secret.key"
  if [ ! -f "$KEY_FILE" ]; then
    mkdir -p "$(dirname "$KEY_FILE")"
    (umask 077 && head -c 32 /dev/urandom | base64 > "$KEY_FILE")
  fi
  BRANDCLOUD_SECRET_KEY="$(cat "$KEY_FILE")"
fi
export BRANDCLOUD_SECRET_KEY

if ! pg_isready -q; then
  echo "PostgreSQL is not answering on ${PGHOST}:${PGPORT}; starting the local cluster"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
fi
if ! psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '${DB_NAME}'" | grep -q 1; then
  echo "Creating database ${DB_NAME}"
  psql -d postgres -qc "CREATE DATABASE ${DB_NAME}"
fi

./mvnw -B -q package -DskipTests

SERVER=ear/target/server
cp ear/target/brandcloud.ear "$SERVER/standalone/deployments/"
export JBOSS_PIDFILE="$PWD/ear/target/wildfly.pid"
export LAUNCH_JBOSS_IN_BACKGROUND=1
# Sized for the 2-core, 24 GB machine the panel is measured on (README, "Sizing"); WildFly's own default is 512 MB.
export JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms1g -Xmx1g -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m}"

stop() {
  if [ -f "$JBOSS_PIDFILE" ]; then
    kill "$(cat "$JBOSS_PIDFILE")" 2>/dev/null || true
  fi
}
trap stop EXIT INT TERM

"$SERVER/bin/standalone.sh" -b 127.0.0.1 &
until [ -f "$SERVER/standalone/deployments/brandcloud.ear.deployed" ] \
  || [ -f "$SERVER/standalone/deployments/brandcloud.ear.failed" ]; do
  sleep 1
done
if [ -f "$SERVER/standalone/deployments/brandcloud.ear.failed" ]; then
  echo "Deployment failed: see the log above" >&2
  exit 1
fi
cat <<MSG

  Brandcloud is running.
  Platform console  http://localhost:8080/platform/   ${BRANDCLOUD_OPERATOR_EMAIL} / ${BRANDCLOUD_OPERATOR_PASSWORD}
  Acme Cloud        http://localhost:8080/t/acme/     admin@acme.example / acme-admin-demo
                                                      customer@acme.example / acme-customer-demo
  Globex Hosting    http://localhost:8080/t/globex/   admin@globex.example / globex-admin-demo
                                                      customer@globex.example / globex-customer-demo
  (or http://acme.localhost:8080/ and http://globex.localhost:8080/)
  Press Ctrl-C to stop.

MSG
wait
