# Picks a JDK >= 21 and exports JAVA_HOME. Sourced by bin/ueba.

ueba_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

ueba_pick_jdk() {
  local candidate major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(ueba_java_major "$JAVA_HOME")
    if [ "${major:-0}" -ge 21 ]; then
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(ueba_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "ueba: no JDK 21 or newer found (JAVA_HOME='${JAVA_HOME:-}', nothing suitable under /usr/lib/jvm)." >&2
  echo "ueba: install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+, or point JAVA_HOME at it." >&2
  return 1
}
