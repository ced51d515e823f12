# OpenSearch refuses to run as root, the node and its test framework alike. When we are root, the
# node and the test JVMs run as this system user instead. Sourced by bin/ueba and bin/lib/unprivileged-jdk/bin/java.

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

# The unprivileged user reads the build's classes and runs the node from inside the checkout, so
# every directory above it must be traversable (a checkout under /root is not, by default).
ueba_open_path_to_user() {
  ueba_is_root || return 0
  local dir=$1
  while [ "$dir" != / ]; do
    if [ "$(( $(stat -c '%a' "$dir" | sed 's/^.*\(.\)$/\1/') & 1 ))" = 0 ]; then
      echo "ueba: letting other users traverse $dir so that user $UEBA_USER can reach the checkout" >&2
      chmod o+x "$dir"
    fi
    dir=$(dirname "$dir")
  done
}
