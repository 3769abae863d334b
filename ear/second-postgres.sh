#!/usr/bin/env bash
# Makes sure a second PostgreSQL server runs on this machine, for tenants placed on it: a Debian cluster named
# "placement" on 127.0.0.1:${PLACEMENT_PORT:-5433}, created on first use with Debian's pg_createcluster (as root)
# and trust authentication on loopback, like the main server here. max_prepared_transactions is above 0 because
# its datasource is an XA resource (add-placement.cli). The placement integration test needs it; nothing else does.
set -euo pipefail
PORT="${PLACEMENT_PORT:-5433}"
if pg_isready -q -h 127.0.0.1 -p "$PORT"; then
  exit 0
fi
VERSION="$(ls /etc/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk '{print $1 " " $2}' | grep -qx "$VERSION placement"; then
  pg_createcluster "$VERSION" placement -p "$PORT" \
    -o max_prepared_transactions=20
  cat > "/etc/postgresql/$VERSION/placement/pg_hba.conf" <<'HBA'
local all all trust
host all all 127.0.0.1/32 trust
host all all ::1/128 trust
HBA
fi
pg_ctlcluster --skip-systemctl-redirect "$VERSION" placement start
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$PORT" && exit 0
  sleep 1
done
echo "The second PostgreSQL server did not start on port $PORT" >&2
exit 1
