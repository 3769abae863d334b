#!/usr/bin/env bash
# Takes back what install.sh did to a WildFly configuration: the EAR, every configure-X.cli step (its restore-X.cli,
# in reverse order), the subsystems and extensions install.sh added, the stock metrics subsystem it removed, and the
# org.postgresql module if install.sh brought it and no other configuration of this server still uses it.
#
#   uninstall.sh JBOSS_HOME [configuration]
set -euo pipefail
. "$(dirname "$0")/kit.sh"

setup "$@"
[ -f "$STATE" ] || die "Brandcloud was not installed on $CONFIG by install.sh (no $(basename "$STATE"))"

{
  echo "if (outcome == success) of /deployment=brandcloud.ear:read-resource"
  echo "undeploy brandcloud.ear"
  echo "end-if"
  for ((i = ${#STEPS[@]} - 1; i >= 0; i--)); do
    step="${STEPS[$i]}"
    guarded '==' "${MARKER[$step]}" "$KIT/cli/restore-$step.cli"
  done
} | run_cli >/dev/null
echo "Undeployed brandcloud.ear; restored: ${STEPS[*]}"

# The JDBC driver goes once nothing names it; online, that takes a reload after the datasources went.
[ "$MODE" = embedded ] || settle
run_cli <<<"$(guarded '==' /subsystem=datasources/jdbc-driver=postgresql <(echo "/subsystem=datasources/jdbc-driver=postgresql:remove"))" >/dev/null

subsystems="$(
  tac "$STATE" | while read -r kind what name; do
    case "$kind $what" in
      "added subsystem") echo "/subsystem=$name:remove" ;;
    esac
  done
  tac "$STATE" | while read -r kind what name; do
    case "$kind $what" in
      "added extension") echo "/extension=$name:remove" ;;
    esac
  done
  if grep -qx "removed metrics" "$STATE"; then
    echo "/extension=org.wildfly.extension.metrics:add"
    echo '/subsystem=metrics:add(security-enabled=false, exposed-subsystems=["*"], prefix="${wildfly.metrics.prefix:wildfly}")'
  fi
)"
if [ -n "$subsystems" ]; then
  [ "$MODE" = embedded ] || settle
  run_cli <<<"$subsystems" >/dev/null
  echo "Subsystems: $(grep -c '' <<<"$subsystems") changes taken back"
fi

if grep -qx "module org/postgresql" "$STATE"; then
  others="$(find "$JBOSS_HOME/standalone/configuration" -name 'brandcloud-install-*.state' ! -path "$STATE")"
  if [ -z "$others" ]; then
    rm -rf "$JBOSS_HOME/modules/org/postgresql"
    rmdir "$JBOSS_HOME/modules/org" 2>/dev/null || true
    echo "Removed the org.postgresql module"
  fi
fi
rm -f "$STATE"
[ "$MODE" = embedded ] || settle
echo "Brandcloud is gone from $CONFIG"
