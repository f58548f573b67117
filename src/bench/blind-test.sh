#!/usr/bin/env bash
# Issue 19, item 6: the blind-test screen with two 720p clips, on a real X display
# (src/bench/java/dev/reelrank/app/BlindTestBench.java; docs/benchmarks.md, "Media", has the figures).
#
#   DISPLAY=:95 src/bench/blind-test.sh [JVM OPTIONS...]
#
# Runs the JVM as the desktop launcher does (src/dist/BuildImage.java: JavaFX as modules, the app on
# the class path, the launcher's options), plus any options given, e.g. -Xmx256m, -Dbench.pairs=50,
# -Dbench.mainWindow=false, -Dprism.verbose=true; BENCH_GC=-XX:+UseG1GC tries another collector in place
# of the launcher's serial one. Makes the clips in /tmp/bench-clips (not in git)
# the first time, compiles the harness with `mvn -Pbench test-compile`, and needs ffmpeg and a JDK 25
# (JAVA_HOME, else Temurin 25 where the build machine has it).
set -euo pipefail
cd "$(dirname "$0")/../.."
clips=/tmp/bench-clips
mkdir -p "$clips"
make_clip() { # NAME RATE HUE
    [[ -f "$clips/$1" ]] && return
    ffmpeg -loglevel error -y -f lavfi -i "testsrc2=size=1280x720:rate=$2:d=10" \
        -vf "hue=h=$3,noise=alls=6:allf=t,format=yuv420p" \
        -c:v libx264 -preset fast -b:v 3M -maxrate 4M -bufsize 8M -an "$clips/$1"
}
make_clip a24.mp4 24 0
make_clip b30.mp4 30 90
make_clip c24.mp4 24 180
make_clip d30.mp4 30 270
if [[ -z "${BENCH_NO_BUILD:-}" ]]; then
    mvn -B -o -q -Pbench test-compile
    mvn -B -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
fi
fx=$(tr ':' '\n' < target/bench.cp | grep -E '/javafx-[a-z]+-[0-9.]+-linux\.jar$' | paste -sd:)
rest=$(tr ':' '\n' < target/bench.cp | grep -v '/org/openjfx/javafx-' | paste -sd:)
# As bin/ReelRank sets it (src/dist/ReelRank.sh), unless set here.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
exec "$java" --module-path "$fx" --add-modules javafx.controls,javafx.media \
    --add-exports javafx.graphics/com.sun.javafx.perf=ALL-UNNAMED \
    --add-exports javafx.graphics/com.sun.prism=ALL-UNNAMED \
    --enable-native-access=javafx.graphics,javafx.media,ALL-UNNAMED \
    -Dsun.misc.unsafe.memory.access=allow ${BENCH_GC:--XX:+UseSerialGC} -Xms24m -Xmx256m -XX:TieredStopAtLevel=1 -XX:TrimNativeHeapInterval=2000 \
    -Dglass.platform=gtk -Duser.language=en -Duser.country=US \
    "$@" \
    -cp "target/test-classes:target/classes:$rest" dev.reelrank.app.BlindTestBench
