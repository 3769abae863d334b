#!/usr/bin/env bash
# Installs Brandcloud onto an existing WildFly 39: the PostgreSQL driver module, the subsystems the configuration
# lacks (micrometer in place of the stock metrics, MicroProfile Health and OpenAPI, and batch or mail where missing),
# every configure-X.cli step not applied yet, and the EAR. A running server is changed through its management
# interface and reloaded or restarted as the changes need; a stopped one is changed offline and runs Brandcloud when
# next started. Running it again changes nothing but the EAR. uninstall.sh takes all of it back.
#
#   install.sh JBOSS_HOME [configuration]     e.g. install.sh /opt/wildfly standalone-full-ha.xml
#
# The server reads DB_URL, DB_USER, DB_PASSWORD, BRANDCLOUD_SECRET_KEY and the rest of the operator guide's settings
# from its environment when it starts. JBOSS_CONTROLLER names a management address other than localhost:9990.
set -euo pipefail
. "$(dirname "$0")/kit.sh"

[ -z "${DB_PASSWORD+set}" ] || [ -n "$DB_PASSWORD" ] ||
  die "DB_PASSWORD is set but empty: WildFly refuses an empty password; unset it if PostgreSQL trusts the server"
setup "$@"
[ -f "$KIT/brandcloud.ear" ] || die "no brandcloud.ear beside this script: build with ./mvnw -B package -DskipTests"

model="$(read_model)"
has() { grep -qx "$1 $2" <<<"$model"; }
missing=()
for name in "${REQUIRED[@]}"; do
  has subsystem "$name" || missing+=("$name")
done
[ ${#missing[@]} -eq 0 ] || die "$CONFIG has no ${missing[*]} subsystem; use standalone.xml, standalone-ha.xml, standalone-full.xml or standalone-full-ha.xml"

touch "$STATE"
remember() { grep -qx "$*" "$STATE" || echo "$*" >>"$STATE"; }

if [ ! -d "$JBOSS_HOME/modules/org/postgresql/main" ]; then
  cp -r "$KIT/modules/org" "$JBOSS_HOME/modules/"
  remember module org/postgresql
  echo "Added the org.postgresql module"
fi

# The stock metrics subsystem serves /metrics itself; micrometer's Prometheus registry needs that context.
subsystems="$(
  if has subsystem metrics; then
    echo "/subsystem=metrics:remove"
    echo "/extension=org.wildfly.extension.metrics:remove"
  fi
  for entry in "${ADDABLE[@]}"; do
    IFS='|' read -r name extension operations <<<"$entry"
    has subsystem "$name" && continue
    has extension "$extension" || echo "/extension=$extension:add"
    tr '|' '\n' <<<"$operations"
  done
)"
if [ -n "$subsystems" ]; then
  run_cli <<<"$subsystems" >/dev/null
  has subsystem metrics && remember removed metrics
  for entry in "${ADDABLE[@]}"; do
    IFS='|' read -r name extension _ <<<"$entry"
    has subsystem "$name" && continue
    remember added subsystem "$name"
    has extension "$extension" || remember added extension "$extension"
  done
  echo "Subsystems: $(grep -c '' <<<"$subsystems") changes"
  [ "$MODE" = embedded ] || settle
fi

steps=()
for step in "${STEPS[@]}"; do
  # a configuration without clustering runs one node
  [ "$step" = cluster ] && ! has subsystem jgroups && continue
  steps+=("$step")
done
{
  for step in "${steps[@]}"; do
    guarded '!=' "${MARKER[$step]}" "$KIT/cli/configure-$step.cli"
  done
  echo "deploy --force $KIT/brandcloud.ear"
} | run_cli >/dev/null
echo "Configured: ${steps[*]}; deployed brandcloud.ear"

if [ "$MODE" = online ]; then
  settle
  echo "Brandcloud runs on the server; its platform console is at /platform/"
else
  echo "Start the server with: $JBOSS_HOME/bin/standalone.sh -c $CONFIG"
fi
