# Sourced by run-demo.sh and run-cluster.sh: the environment the panel reads, the demo's secret key and the local
# database, created if it is missing.

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
# Without an SMTP server each mail is written here as a file, per tenant: the demo's mailboxes.
export MAIL_DROP_DIR="${MAIL_DROP_DIR:-$PWD/ear/target/demo-mail}"
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
# Sized for the 2-core, 24 GB machine the panel is measured on (operator guide, "Sizing"); WildFly's own default is 512 MB.
export JBOSS_JAVA_SIZING="${JBOSS_JAVA_SIZING:--Xms2g -Xmx2g -XX:MetaspaceSize=128M -XX:MaxMetaspaceSize=512m -XX:+UseG1GC -XX:MaxGCPauseMillis=100 -XX:+AlwaysPreTouch}"

export LAUNCH_JBOSS_IN_BACKGROUND=1

if ! pg_isready -q; then
  echo "PostgreSQL is not answering on ${PGHOST}:${PGPORT}; starting the local cluster"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
fi
if ! psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '${DB_NAME}'" | grep -q 1; then
  echo "Creating database ${DB_NAME}"
  psql -d postgres -qc "CREATE DATABASE ${DB_NAME}"
fi

# Waits until WildFly in $1 has deployed the EAR; fails if the deployment failed.
wait_deployed() {
  local deployments="$1/standalone/deployments"
  until [ -f "$deployments/brandcloud.ear.deployed" ] || [ -f "$deployments/brandcloud.ear.failed" ]; do
    sleep 1
  done
  if [ -f "$deployments/brandcloud.ear.failed" ]; then
    echo "Deployment failed in $1: see its log" >&2
    return 1
  fi
}
