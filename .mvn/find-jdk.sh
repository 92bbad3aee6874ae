# Sourced by ./mvnw: Interpy builds and tests on JDK 25 (GraalPy's Truffle JIT needs a JVMCI-capable
# JDK 25), while a new shell on these machines has java = 17 and no JAVA_HOME. Pick a JDK 25+ so that
# the README commands work as typed; fail at once, saying what to install, when there is none.
interpy_java_major() {
  # prints the feature version of the JDK at $1, or nothing
  [ -f "$1/release" ] && [ -x "$1/bin/javac" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n 1
}
set +f  # mvnw runs with globbing off; the search below needs it
interpy_required=25
interpy_ok() { v=$(interpy_java_major "$1"); [ -n "$v" ] && [ "$v" -ge "$interpy_required" ]; }
if [ -n "${JAVA_HOME-}" ] && interpy_ok "$JAVA_HOME"; then
  :
else
  interpy_found=
  for interpy_c in ${INTERPY_JAVA_HOME-} /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* \
      "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if [ -d "$interpy_c" ] && interpy_ok "$interpy_c"; then interpy_found=$interpy_c; break; fi
  done
  if [ -z "$interpy_found" ]; then
    echo "Interpy needs JDK ${interpy_required} or newer (found JAVA_HOME='${JAVA_HOME-}')." >&2
    echo "Install a JDK ${interpy_required} (e.g. Eclipse Temurin 25) and set JAVA_HOME or INTERPY_JAVA_HOME to it." >&2
    exit 1
  fi
  [ -z "${JAVA_HOME-}" ] || echo "mvnw: JAVA_HOME=$JAVA_HOME is older than JDK ${interpy_required}; using $interpy_found" >&2
  JAVA_HOME=$interpy_found
  export JAVA_HOME
fi
set -f
