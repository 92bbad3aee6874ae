#!/bin/sh
# interpy-jdk.sh IMAGE GRAAL_JIT_DIR [JDK_HOME]
#
# Makes IMAGE, a copy of a stock JDK 25 (JDK_HOME, else JAVA_HOME) in which GraalPy gets the Graal JIT
# *and* the JDK's AOT cache in one JVM, and writes the two start-up modes as java argument files:
#
#   java @IMAGE/fast-python.args -XX:AOTCache=app.aot -jar app.jar   # JIT on, classes from the cache
#   java @IMAGE/fast-start.args  -XX:AOTCache=app.aot -jar app.jar   # no JIT: Python interpreted
#
# Why an image: on a stock JDK the JIT needs the Graal compiler (GRAAL_JIT_DIR: the jars of
# org.graalvm.compiler:compiler, org.graalvm.truffle:truffle-compiler, org.graalvm.sdk:collections and
# org.graalvm.sdk:word, at the GraalPy version) in the boot layer. --upgrade-module-path puts it there but
# makes the JVM turn CDS and the AOT cache off; on --module-path it is shadowed by the JDK's own module of
# the same name. jlink can copy the JDK without that module (and without jdk.jlink and jdk.jpackage, which
# a run-time image cannot copy), and then the compiler on --module-path is the one the JVM loads, with the
# AOT cache on. The argument files hold absolute paths: make the image where it will run (in a container
# image, at its final path). Run again after a JDK or GraalVM upgrade; an image that is up to date (same
# JDK release file, same compiler jars) is left as it is.
set -eu
[ $# -ge 2 ] || { echo "usage: $0 IMAGE GRAAL_JIT_DIR [JDK_HOME]" >&2; exit 2; }
image=$1
jit=$2
jdk=${3:-${JAVA_HOME:-}}
[ -n "$jdk" ] && [ -x "$jdk/bin/jlink" ] || { echo "interpy-jdk: no jlink in JDK '$jdk' (give a JDK 25 as JDK_HOME or JAVA_HOME)" >&2; exit 1; }
version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release")
[ "${version:-0}" -ge 25 ] || { echo "interpy-jdk: $jdk is Java ${version:-unknown}; the AOT cache with the JIT needs JDK 25 or newer" >&2; exit 1; }
jars=$(ls "$jit"/*.jar 2>/dev/null || true)
echo "$jars" | grep -q 'compiler-[0-9]' || { echo "interpy-jdk: $jit holds no Graal compiler jar (org.graalvm.compiler:compiler)" >&2; exit 1; }

# What the image was made from: a different JDK or different compiler jars make a new image.
stamp=$( (cat "$jdk/release"; for f in $jars; do cksum "$f" | cut -d' ' -f1,2; basename "$f"; done) | cksum | cut -d' ' -f1)
if [ -f "$image/interpy-jdk.stamp" ] && [ "$(cat "$image/interpy-jdk.stamp")" = "$stamp" ]; then
  exit 0
fi
rm -rf "$image"
mkdir -p "$(dirname "$image")"
image=$(cd "$(dirname "$image")" && pwd)/$(basename "$image")
modules=$("$jdk/bin/java" --list-modules | sed 's/@.*//' | grep -v -E '^(jdk\.graal\.compiler.*|jdk\.jlink|jdk\.jpackage)$' | paste -sd, -)
"$jdk/bin/jlink" --add-modules "$modules" --output "$image" --no-header-files --no-man-pages 2>&1 \
  | grep -v 'incubator modules' >&2 || true
[ -x "$image/bin/java" ] || { echo "interpy-jdk: jlink did not make $image" >&2; exit 1; }
# The image has no default CDS archive of the JDK's own classes; a training run's AOT cache replaces it,
# and this one serves runs without a cache.
"$image/bin/java" -Xshare:dump >/dev/null 2>&1 || true
mkdir -p "$image/graal-jit"
cp $jars "$image/graal-jit/"
common="--enable-native-access=ALL-UNNAMED
--sun-misc-unsafe-memory-access=allow"
cat >"$image/fast-python.args" <<EOF
-XX:+UnlockExperimentalVMOptions
-XX:+EnableJVMCI
--module-path=$image/graal-jit
--add-modules=jdk.graal.compiler
$common
EOF
cat >"$image/fast-start.args" <<EOF
$common
EOF
echo "$stamp" >"$image/interpy-jdk.stamp"
echo "interpy-jdk: made $image (java @$image/fast-python.args or @$image/fast-start.args)" >&2
