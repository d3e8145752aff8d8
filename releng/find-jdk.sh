# Sourced by ./mvnw, ./streamwise and .ci/run: sets JAVA_HOME to a JDK >= 21.
# Current Eclipse bundles require JavaSE-21; the machine's default Java may be older.
# the JDK's release file names its version without starting a JVM (a tenth of a second on every ./streamwise); a JDK
# without one is asked
streamwise_java_major() {
  local major
  major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
  if [ -z "$major" ] || [ "$major" = 1 ]; then
    major=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
  fi
  echo "$major"
}

streamwise_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-*-jdk-* \
      /usr/lib/jvm/java-2[1-9]-openjdk-* /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(streamwise_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "Streamwise needs a JDK 21 or newer (current Eclipse bundles require JavaSE-21)." >&2
  echo "None was found in JAVA_HOME or /usr/lib/jvm. Install one (e.g. Temurin 25) and set JAVA_HOME to it." >&2
  return 1
}
