#!/usr/bin/env bash
# Starts, waits for or stops a throwaway Keycloak (a real OpenID Connect provider) for the single sign-on tests:
#   test-keycloak.sh start STATE_DIR PORT DIST_TAR_GZ REALM_JSON   returns at once; Keycloak starts in the background
#   test-keycloak.sh wait  STATE_DIR PORT [SECONDS]                 until the test realm answers (default 300 s)
#   test-keycloak.sh stop  STATE_DIR PORT
# The distribution is the one Maven fetched (org.keycloak:keycloak-quarkus-dist, ear/pom.xml); it is unpacked into
# STATE_DIR and started in development mode on 127.0.0.1:PORT (management on PORT+1) with the realm imported, so the
# build goes on (WildFly, the other deployment tests) while it starts. Keycloak needs Java 21 or later: the newest
# JDK under /usr/lib/jvm that is 21+ (or $KEYCLOAK_JAVA_HOME). A Keycloak left behind by a stopped build is stopped
# by the next start, and every Keycloak started here stops by itself after an hour.
set -euo pipefail
cmd=${1:?start, wait or stop}; state=${2:?state directory}; port=${3:?port}

java_major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }

keycloak_java() {
  if [ -n "${KEYCLOAK_JAVA_HOME:-}" ]; then echo "$KEYCLOAK_JAVA_HOME"; return; fi
  local best="" best_major=0 home major
  for home in /usr/lib/jvm/*/; do
    home=${home%/}
    [ -x "$home/bin/java" ] || continue
    major=$(java_major "$home")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$home; best_major=$major; fi
  done
  if [ -z "$best" ] && [ -n "${JAVA_HOME:-}" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then best=$JAVA_HOME; fi
  echo "$best"
}

discovery() { echo "http://127.0.0.1:$port/realms/council/.well-known/openid-configuration"; }

# The process group of the Keycloak started on this port, recorded outside target/ so that one left running by a
# build stopped before its post-integration-test phase (and then cleaned) is still found.
pid_file="/tmp/cp-test-keycloak-$port.pid"

stop() {
  if [ -f "$pid_file" ]; then
    local pid; pid=$(cat "$pid_file")
    # The whole process group: timeout, kc.sh and Keycloak's JVM.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    rm -f "$pid_file"
  fi
}

case "$cmd" in
  start)
    dist=${4:?Keycloak distribution (.tar.gz)}; realm=${5:?realm JSON}
    java=$(keycloak_java)
    if [ -z "$java" ]; then
      echo "Keycloak needs Java 21 or later: none found under /usr/lib/jvm (set KEYCLOAK_JAVA_HOME)." >&2
      exit 1
    fi
    stop
    rm -rf "$state/keycloak"
    mkdir -p "$state/keycloak"
    tar -xzf "$dist" -C "$state/keycloak" --strip-components=1
    mkdir -p "$state/keycloak/data/import"
    cp "$realm" "$state/keycloak/data/import/"
    echo "$(discovery)" > "$state/discovery-url"
    # setsid: a process group of its own, so stop ends all of it and Maven's exec does not wait for it.
    JAVA_HOME=$java KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
      setsid timeout 3600 "$state/keycloak/bin/kc.sh" start-dev --import-realm --http-host=127.0.0.1 \
      --http-port="$port" --http-management-port=$((port + 1)) --cache=local --log-level=warn \
      >"$state/keycloak.log" 2>&1 </dev/null &
    echo $! > "$pid_file"
    echo "Keycloak starting on 127.0.0.1:$port with $("$java/bin/java" -version 2>&1 | head -n 1) (log: $state/keycloak.log)"
    ;;
  wait)
    limit=${4:-300}
    for _ in $(seq 1 "$limit"); do
      if curl -fsS -o /dev/null "$(discovery)" 2>/dev/null; then
        echo "Keycloak ready: $(discovery)"
        exit 0
      fi
      if [ ! -f "$pid_file" ] || ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then
        echo "Keycloak stopped while starting; its log:" >&2
        tail -n 40 "$state/keycloak.log" >&2 || true
        exit 1
      fi
      sleep 1
    done
    echo "Keycloak did not answer $(discovery) within $limit s; its log:" >&2
    tail -n 40 "$state/keycloak.log" >&2 || true
    exit 1
    ;;
  stop) stop ;;
  *) echo "usage: $0 start|wait|stop STATE_DIR PORT [DIST REALM | SECONDS]" >&2; exit 2 ;;
esac
