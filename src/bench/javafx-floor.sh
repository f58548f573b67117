#!/usr/bin/env bash
# The floor under issue 18's start-up target: how soon the least possible JavaFX window (one label,
# src/bench/floor/FirstFrame.java) is painted when started like ReelRank, on the app image's own Java
# runtime, with the launcher's JVM options and an AOT cache trained on it; timed from exec by
# src/bench/window_times.py on Xvfb, as src/bench/startup-vs-calc.sh times ReelRank and Calc.
#
#   src/bench/javafx-floor.sh [RUNS]
#
# Needs target/dist/ReelRank (DISPLAY=:99 mvn -Pdist package -DskipTests), target/lib (the same build),
# a javac on the PATH or in JAVA_HOME, and the Debian packages xvfb and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${1:-5}
IMAGE=$PWD/target/dist/ReelRank
JAVA=$IMAGE/lib/runtime/bin/java
[ -x "$JAVA" ] || { echo "javafx-floor: no $IMAGE; build it with mvn -Pdist package -DskipTests" >&2; exit 2; }
JAVAC=${JAVA_HOME:+$JAVA_HOME/bin/}javac
command -v "$JAVAC" >/dev/null || { echo "javafx-floor: no javac (set JAVA_HOME to a JDK)" >&2; exit 2; }
command -v Xvfb >/dev/null || { echo "javafx-floor: Xvfb is missing (Debian: xvfb)" >&2; exit 2; }

WORK=$(mktemp -d)
export DISPLAY=:96
Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true; rm -rf "$WORK"' EXIT
sleep 1

MODULES=$(ls target/lib/javafx-{base,graphics,controls}-*-linux.jar | tr '\n' ':')
"$JAVAC" -d "$WORK/classes" --module-path "$MODULES" --add-modules javafx.controls src/bench/floor/FirstFrame.java
(cd "$WORK/classes" && "${JAVA_HOME:+$JAVA_HOME/bin/}jar" cf "$WORK/floor.jar" .)

# ReelRank's launcher options, but for its AOT cache, fonts and class path.
OPTIONS=$(grep '^java-options=' "$IMAGE/lib/app/ReelRank-java.cfg" | sed 's/^java-options=//' \
  | grep -v -e AOTCache -e reelrank.fonts | tr '\n' ' ')
# shellcheck disable=SC2086
"$JAVA" $OPTIONS -XX:AOTCacheOutput="$WORK/floor.aot" -Dfloor.exitAfterMs=2000 -cp "$WORK/floor.jar" FirstFrame \
  >"$WORK/training.log" 2>&1 || { cat "$WORK/training.log" >&2; exit 1; }
cat >"$WORK/floor.sh" <<SCRIPT
exec "$JAVA" $OPTIONS -XX:AOTCache="$WORK/floor.aot" -cp "$WORK/floor.jar" FirstFrame
SCRIPT

: >"$WORK/painted"
for run in $(seq 1 "$RUNS"); do
  read -r pid mapped painted < <(python3 src/bench/window_times.py 'JavaFX floor$' sh "$WORK/floor.sh")
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.02; done
  echo "$run  mapped $mapped ms, painted $painted ms"
  echo "$painted" >>"$WORK/painted"
done
sort -n "$WORK/painted" | awk '{a[NR] = $1} END {print "median (warm, " NR " runs): painted " a[int((NR + 1) / 2)] " ms"}'
