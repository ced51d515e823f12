# The Dashboards plugin's UI (dashboards-plugin/): its npm checks and build, and the small Node host that serves
# the built UI and /api/ueba/* beside a node. Sourced by bin/ueba; uses its log, die and NODE_HOME.

DASHBOARDS_DIR=$UEBA_ROOT/dashboards-plugin
UI_HOST=build/host/server.mjs

dashboards_present() {
  [ -f "$DASHBOARDS_DIR/package.json" ]
}

# Says in one line what the UI needs and this machine lacks (Node 20 or newer, npm); fails when it lacks nothing.
dashboards_tools_missing() {
  local missing=""
  if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
    missing="Node 20 or newer"
  fi
  command -v npm >/dev/null || missing="${missing:+$missing and }npm"
  [ -n "$missing" ] || return 1
  echo "$missing"
}

# npm in a folder, without the audit, funding and update notices.
npm_in() {
  local dir=$1
  shift
  (cd "$dir" && npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false npm "$@")
}

# npm in dashboards-plugin/.
dashboards_npm() {
  npm_in "$DASHBOARDS_DIR" "$@"
}

# The digest of package-lock.json as of the last `npm ci`, kept inside node_modules so that it goes when they go.
dashboards_lock_stamp() {
  echo "$DASHBOARDS_DIR/node_modules/.ueba-package-lock.sha256"
}

dashboards_lock_digest() {
  sha256sum "$DASHBOARDS_DIR/package-lock.json" | awk '{print $1}'
}

# Whether node_modules is missing or package-lock.json changed since the last `npm ci`.
dashboards_needs_install() {
  [ "$(cat "$(dashboards_lock_stamp)" 2>/dev/null)" != "$(dashboards_lock_digest)" ]
}

# `npm ci`, remembering which package-lock.json it installed.
dashboards_install() {
  dashboards_npm ci && dashboards_lock_digest >"$(dashboards_lock_stamp)"
}

# What `bin/ueba test` checks of the UI: a clean install, the types, its unit tests, the build.
dashboards_checks() {
  local step
  log "dashboards-plugin: npm ci"
  dashboards_install || die "dashboards-plugin: npm ci failed"
  for step in typecheck test build; do
    log "dashboards-plugin: npm run $step"
    dashboards_npm run --silent "$step" || die "dashboards-plugin: npm run $step failed"
  done
}

saved_objects_present() {
  [ -f "$DASHBOARDS_DIR/saved-objects/package.json" ]
}

# The saved objects for plain Dashboards, an npm project of their own: their Vega specs rendered headlessly.
saved_objects_checks() {
  log "dashboards-plugin/saved-objects: npm ci, npm test"
  { npm_in "$DASHBOARDS_DIR/saved-objects" ci --loglevel=error && npm_in "$DASHBOARDS_DIR/saved-objects" test --silent; } \
    || die "dashboards-plugin/saved-objects: the saved objects' tests failed"
}

ui_pid_file() {
  echo "$NODE_HOME/ui.pid"
}

ui_log() {
  echo "$NODE_HOME/logs/ui.log"
}

# The host's pid, when the one recorded still runs (and is the host, not a process that got its pid since).
ui_pid() {
  local pid
  [ -f "$(ui_pid_file)" ] || return 1
  pid=$(cat "$(ui_pid_file)")
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "$UI_HOST" || return 1
  echo "$pid"
}

# The address the running host printed once listening.
ui_url() {
  sed -n 's/^ueba ui: \(http[^ ]*\)$/\1/p' "$(ui_log)" | tail -n 1
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# The first port from $1 on that nothing listens on.
free_port() {
  local port
  for port in $(seq "$1" $(($1 + 99))); do
    port_in_use "$port" || { echo "$port"; return 0; }
  done
  die "no free port in $1-$(($1 + 99))"
}

# Starts the host in the background, on port $1 or the first free one above it, against the node at $2, as the
# unprivileged user when we are root, and waits until it says it listens.
ui_start() {
  local port pid deadline=$((SECONDS + 60))
  port=$(free_port "$1")
  [ "$port" = "$1" ] || log "port $1 is taken; the UI takes $port"
  mkdir -p "$(dirname "$(ui_log)")"
  : >"$(ui_log)"
  (
    cd "$DASHBOARDS_DIR"
    # A session of its own: it outlives the launcher and the terminal's hangup.
    ueba_run_unprivileged setsid node "$UI_HOST" --port "$port" --opensearch "$2"
  ) </dev/null >>"$(ui_log)" 2>&1 &
  pid=$!
  echo "$pid" >"$(ui_pid_file)"
  until grep -q "^ueba ui: http://127.0.0.1:$port/" "$(ui_log)"; do
    if ! kill -0 "$pid" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
      log "the UI host did not start; the end of $(ui_log):"
      tail -n 20 "$(ui_log)" >&2
      ui_stop
      die "the UI host did not start"
    fi
    sleep 0.2
  done
}

ui_stop() {
  local pid waited=0
  if ! pid=$(ui_pid); then
    rm -f "$(ui_pid_file)"
    return 0
  fi
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do
    if [ $waited -ge 10 ]; then
      log "the UI host did not stop in 10s; killing it"
      kill -9 "$pid" 2>/dev/null || true
      break
    fi
    sleep 1
    waited=$((waited + 1))
  done
  rm -f "$(ui_pid_file)"
  log "stopped the UI host (pid $pid)"
}

ui_status() {
  local pid
  if pid=$(ui_pid); then
    log "the UI runs from $DASHBOARDS_DIR (pid $pid) on $(ui_url)"
  else
    log "no UI runs from $NODE_HOME"
  fi
}
