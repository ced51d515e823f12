# OpenSearch refuses to run as root, the node and its test framework alike. When we are root, the
# node and the test JVMs run as this system user instead. Sourced by bin/ueba and bin/lib/test-java.

UEBA_USER=${UEBA_USER:-ueba}

ueba_is_root() {
  [ "$(id -u)" = 0 ]
}

ueba_ensure_user() {
  ueba_is_root || return 0
  id -u "$UEBA_USER" >/dev/null 2>&1 && return 0
  useradd --system --no-create-home --shell /usr/sbin/nologin "$UEBA_USER" 2>/dev/null \
    || adduser --system --no-create-home --group "$UEBA_USER" >/dev/null
}

# Runs a command as the unprivileged user when we are root, as ourselves otherwise.
ueba_run_unprivileged() {
  if ueba_is_root; then
    exec setpriv --reuid="$UEBA_USER" --regid="$UEBA_USER" --init-groups -- "$@"
  fi
  exec "$@"
}

# Hands a directory to the unprivileged user (creating it) when we are root.
ueba_give_dir() {
  mkdir -p "$1"
  if ueba_is_root; then
    chown -R "$UEBA_USER:$UEBA_USER" "$1"
  fi
}
