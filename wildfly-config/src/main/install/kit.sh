# Shared by install.sh and uninstall.sh: where things are, how the CLI is run against a running server or an
# embedded one, and what the server's configuration holds. Sourced, never run.

KIT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STEPS=(datasource batch mail security logging metrics cluster outbound)

# A resource each configure-X.cli adds: present means the step was applied.
declare -A MARKER=(
  [datasource]=/subsystem=datasources/data-source=BrandcloudDS
  [batch]=/subsystem=batch-jberet/jdbc-job-repository=brandcloud
  [mail]=/subsystem=mail/mail-session=brandcloud
  [security]=/subsystem=undertow/configuration=filter/expression-filter=brandcloud-openapi-headers
  [logging]=/subsystem=logging/json-formatter=JSON
  [metrics]=/subsystem=micrometer/registry=prometheus
  [cluster]=/socket-binding-group=standard-sockets/remote-destination-outbound-socket-binding=cluster-node-a
  [outbound]=/system-property=jdk.httpclient.allowRestrictedHeaders
)

# Subsystems Brandcloud needs that a stock configuration may lack and that can be added as they are: name, extension
# module, and the operation that adds the subsystem. EJB, Faces' host subsystems and the rest must already be there.
ADDABLE=(
  "batch-jberet|org.wildfly.extension.batch.jberet|/subsystem=batch-jberet:add(default-job-repository=in-memory, default-thread-pool=batch)|/subsystem=batch-jberet/in-memory-job-repository=in-memory:add|/subsystem=batch-jberet/thread-pool=batch:add(max-threads=10, keepalive-time={time=30, unit=SECONDS})"
  "mail|org.jboss.as.mail|/subsystem=mail:add"
  "health|org.wildfly.extension.health|/subsystem=health:add(security-enabled=false)"
  "microprofile-config-smallrye|org.wildfly.extension.microprofile.config-smallrye|/subsystem=microprofile-config-smallrye:add"
  "microprofile-health-smallrye|org.wildfly.extension.microprofile.health-smallrye|/subsystem=microprofile-health-smallrye:add(security-enabled=false)"
  "microprofile-openapi-smallrye|org.wildfly.extension.microprofile.openapi-smallrye|/subsystem=microprofile-openapi-smallrye:add"
  "micrometer|org.wildfly.extension.micrometer|/subsystem=micrometer:add"
)
REQUIRED=(ee ejb3 jsf jaxrs jpa weld undertow transactions ee-security elytron datasources logging infinispan)

die() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

# usage: setup JBOSS_HOME [CONFIG]; sets CLI, MODE (online or embedded), CONFIG and STATE.
setup() {
  JBOSS_HOME="${1:-${JBOSS_HOME:-}}"
  [ -n "$JBOSS_HOME" ] || die "usage: $(basename "$0") JBOSS_HOME [standalone configuration, e.g. standalone-full-ha.xml]"
  [ -x "$JBOSS_HOME/bin/jboss-cli.sh" ] || die "$JBOSS_HOME is not a WildFly installation (no bin/jboss-cli.sh)"
  CLI="$JBOSS_HOME/bin/jboss-cli.sh"
  CONTROLLER="${JBOSS_CONTROLLER:-localhost:9990}"
  if "$CLI" --connect --controller="$CONTROLLER" --command=":read-attribute(name=server-state)" >/dev/null 2>&1; then
    MODE=online
    CONFIG="$("$CLI" --connect --controller="$CONTROLLER" \
      --command="/core-service=server-environment:read-attribute(name=config-file)" |
      sed -n 's/.*"result" => "\(.*\)".*/\1/p' | xargs basename)"
    [ -z "${2:-}" ] || [ "$2" = "$CONFIG" ] || die "the running server uses $CONFIG, not $2"
  else
    MODE=embedded
    CONFIG="${2:-standalone.xml}"
    [ -f "$JBOSS_HOME/standalone/configuration/$CONFIG" ] || die "no $CONFIG in $JBOSS_HOME/standalone/configuration"
  fi
  STATE="$JBOSS_HOME/standalone/configuration/brandcloud-install-${CONFIG%.xml}.state"
  echo "WildFly at $JBOSS_HOME, $CONFIG, $( [ "$MODE" = online ] && echo "running, at $CONTROLLER" || echo "stopped: changed offline")"
}

# Runs a CLI script (from stdin) against the server: connected to the running one, or an embedded one on CONFIG.
run_cli() {
  local script
  script="$(mktemp)"
  {
    if [ "$MODE" = embedded ]; then
      echo "embed-server --server-config=$CONFIG --std-out=discard"
    fi
    cat
    if [ "$MODE" = embedded ]; then
      echo "stop-embedded-server"
    fi
  } >"$script"
  local args=(--file="$script")
  [ "$MODE" = online ] && args=(--connect --controller="$CONTROLLER" "${args[@]}")
  if ! "$CLI" "${args[@]}" "$@" >"$script.out" 2>&1; then
    cat "$script.out" >&2
    rm -f "$script" "$script.out"
    return 1
  fi
  cat "$script.out"
  rm -f "$script" "$script.out"
}

# The names of the configuration's extensions and subsystems, one a line, each prefixed by its kind.
read_model() {
  printf ':read-children-names(child-type=extension)\n:read-children-names(child-type=subsystem)\n' |
    run_cli --output-json |
    awk '/"result"/ { kind = (n++ == 0) ? "extension" : "subsystem" } /^ +"/ { gsub(/[", ]/, ""); print kind, $0 }'
}

# A configure-X.cli or restore-X.cli as a block that runs only when the step's marker is absent (install) or present
# (uninstall), so running either twice changes nothing the second time.
guarded() {
  local condition="$1" marker="$2" file="$3"
  echo "if (outcome $condition success) of $marker:read-resource"
  # a reload inside a script is the script's own pause: what follows it here runs after settle() instead
  awk '/^reload$/ { exit } !/^#/ && NF' "$file"
  echo "end-if"
}

server_state() {
  "$CLI" --connect --controller="$CONTROLLER" --command=":read-attribute(name=server-state)" 2>/dev/null |
    sed -n 's/.*"result" => "\(.*\)".*/\1/p'
}

# Online only: reloads or restarts the server if the changes ask for it, and waits until it runs again.
settle() {
  local state
  state="$(server_state)"
  case "$state" in
    reload-required)
      echo "Reloading the server"
      "$CLI" --connect --controller="$CONTROLLER" --command="reload" >/dev/null
      ;;
    restart-required)
      echo "Restarting the server (it must have been started with bin/standalone.sh)"
      "$CLI" --connect --controller="$CONTROLLER" --command="shutdown --restart=true" >/dev/null
      ;;
    *) return 0 ;;
  esac
  for _ in $(seq 1 180); do
    [ "$(server_state)" = running ] && return 0
    sleep 1
  done
  die "the server did not come back within three minutes; see $JBOSS_HOME/standalone/log/server.log"
}
