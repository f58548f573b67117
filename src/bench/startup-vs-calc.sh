#!/usr/bin/env bash
# Start-up as the user sees it (issue 18): from the exec of the desktop launcher, as a double-click
# runs it, to its main window painted on the X display; against LibreOffice Calc, started as its
# desktop entry does (`libreoffice --calc`), timed the same way in the same run.
#
#   src/bench/startup-vs-calc.sh [RUNS] [warm|cold] [PROJECT.json]
#
# With PROJECT.json, ReelRank opens that file as a double-click on it does (`bin/ReelRank FILE`, as
# the desktop entry runs it); --smoke then opens it too.
#
# Needs target/dist/ReelRank (DISPLAY=:99 mvn -Pdist package -DskipTests), and the Debian packages
# xvfb, python3 and libreoffice-calc. cold drops the page cache before every run (root only).
#
# Each application gets a home of its own for the whole run: ReelRank's preferences, recent files and
# recovery folder, and Calc's profile, are made by one uncounted run first and then kept, as a user's
# are. No run passes --smoke to ReelRank: it starts as a double-click starts it.
#
# src/bench/window_times.py starts each program and watches the X server from outside: "mapped" is
# when its window becomes viewable, "painted" when that window's pixels show a drawn frame rather
# than one flat colour. Both programs map a blank window first, so painted is what the user waits for
# and what the ratio compares. ReelRank's own trace (-Dreelrank.startupTrace, counted from the same
# exec) adds when it believes the first frame is on the screen. A last column times
# `ReelRank --smoke` from outside too, to compare with the figure it prints.
#
# A start whose inputs are those of the last start shows the picture that start kept of its window
# (app/StartPictures.java) while it builds the window behind it; a start after any change shows none.
# Each run times both: ReelRank's cache folder holds the picture the warm-up's smoke test kept, and the
# "no picture" start gets an empty cache folder of its own.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${1:-5}
MODE=${2:-warm}
PROJECT=()
if [ -n "${3:-}" ]; then
  [ -f "$3" ] || { echo "startup-vs-calc: no project file $3" >&2; exit 2; }
  PROJECT=("$(realpath "$3")")
fi
LAUNCHER=$PWD/target/dist/ReelRank/bin/ReelRank
for tool in Xvfb python3 libreoffice; do
  command -v "$tool" >/dev/null || { echo "startup-vs-calc: $tool is missing (Debian: xvfb, python3, libreoffice-calc)" >&2; exit 2; }
done
[ -x "$LAUNCHER" ] || { echo "startup-vs-calc: no $LAUNCHER; build it with mvn -Pdist package -DskipTests" >&2; exit 2; }
case "$MODE" in warm | cold) ;; *) echo "startup-vs-calc: the mode is warm or cold, not $MODE" >&2; exit 2 ;; esac

WORK=$(mktemp -d)
export DISPLAY=:97
Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
cleanup() {
  pkill -f "UserInstallation=file://$WORK" 2>/dev/null || true
  kill "$XVFB" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
sleep 1

drop_cache() {
  if [ "$MODE" = cold ]; then
    sync
    echo 3 >/proc/sys/vm/drop_caches
  fi
}

WINDOW_TIMES=$PWD/src/bench/window_times.py

# Waits until no process runs whose command line holds $1.
wait_gone() {
  while pgrep -f "$1" >/dev/null; do sleep 0.05; done
}

# Waits until process $1 has ended.
wait_pid() {
  while kill -0 "$1" 2>/dev/null; do sleep 0.02; done
}

reelrank() { # $1: the cache folder (its start picture, or none); prints: mapped-ms painted-ms traced-ms
  local trace=$WORK/trace pid mapped painted
  rm -f "$trace"
  drop_cache
  if ! read -r pid mapped painted < <(XDG_CACHE_HOME="$1" JAVA_TOOL_OPTIONS="-Duser.home=$WORK/home -Dreelrank.startupTrace=$trace" \
    python3 "$WINDOW_TIMES" --log "$WORK/err" 'ReelRank$' "$LAUNCHER" "${PROJECT[@]}"); then
    echo "startup-vs-calc: ReelRank's trace: $(tr '\n' '|' <"$trace" 2>/dev/null); its output: $(tail -5 "$WORK/err" | tr '\n' '|')" >&2
    pkill -9 -f 'dev.reelrank.app.Main' || true
    return 1
  fi
  until grep -q 'first frame painted' "$trace" 2>/dev/null; do sleep 0.01; done
  local traced
  traced=$(awk '/first frame painted/ {print $1}' "$trace")
  kill "$pid"
  wait_pid "$pid"
  echo "$mapped $painted $traced"
}

smoke() { # prints: painted-ms printed-ms
  drop_cache
  local pid mapped painted
  read -r pid mapped painted < <(XDG_CACHE_HOME="$WORK/cache" JAVA_TOOL_OPTIONS="-Duser.home=$WORK/home" \
    python3 "$WINDOW_TIMES" --log "$WORK/smoke" 'ReelRank$' "$LAUNCHER" --smoke "${PROJECT[@]}")
  wait_pid "$pid"
  echo "$painted $(sed -n 's/^first paint in \([0-9]*\) ms$/\1/p' "$WORK/smoke")"
}

calc() { # prints: mapped-ms painted-ms
  drop_cache
  local pid mapped painted
  read -r pid mapped painted < <(python3 "$WINDOW_TIMES" 'LibreOffice Calc$' \
    libreoffice "-env:UserInstallation=file://$WORK/calc" --calc --norestore)
  sleep "${CALC_LINGER:-0}"
  pkill -f "UserInstallation=file://$WORK/calc"
  wait_gone "UserInstallation=file://$WORK/calc"
  echo "$mapped $painted"
}

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

# Calc's first starts on a new profile finish setting it up in the background; closed as soon as
# their window is painted, several starts in a row can stay the slow kind (about 1.0 s to the window
# instead of 0.2 s, see docs/benchmarks.md). The warm-up lets two Calc starts run for 5 s each, so
# that every counted start is a start on a profile that is made, as a user's is.
echo "warm-up (not counted): profiles made" >&2
reelrank "$WORK/cache" >/dev/null
# A smoke test ends only once it has kept the picture of its window, which the next start shows.
smoke >/dev/null
for warm_up in 1 2; do
  CALC_LINGER=5 calc >/dev/null
done

printf '%-4s  %-22s  %-14s  %-22s  %-22s  %-24s\n' run "ReelRank mapped/painted" "its own trace" "no picture: mapped/painted" \
  "Calc mapped/painted" "--smoke outside/prints"
for file in rm rp np c cp d; do : >"$WORK/$file"; done
for run in $(seq 1 "$RUNS"); do
  read -r mapped painted traced < <(reelrank "$WORK/cache")
  # The same start with no picture kept, as the first start after any change to what the window shows.
  read -r no_mapped no_painted no_traced < <(reelrank "$WORK/no-cache-$run")
  read -r calc_mapped calc_painted < <(calc)
  read -r smoke_painted smoke_printed < <(smoke)
  [ -n "$traced" ] && [ -n "$no_painted" ] && [ -n "$calc_painted" ] && [ -n "$smoke_printed" ] || { echo "startup-vs-calc: run $run failed" >&2; exit 1; }
  echo "$mapped" >>"$WORK/rm"
  echo "$painted" >>"$WORK/rp"
  echo "$no_painted" >>"$WORK/np"
  echo "$calc_mapped" >>"$WORK/c"
  echo "$calc_painted" >>"$WORK/cp"
  echo $((smoke_printed - smoke_painted)) >>"$WORK/d"
  printf '%-4s  %-22s  %-14s  %-22s  %-22s  %-24s\n' "$run" "$mapped / $painted ms" "$traced ms" \
    "$no_mapped / $no_painted ms" "$calc_mapped / $calc_painted ms" "$smoke_painted / $smoke_printed ms"
done
ratio() { awk -v r="$1" -v c="$2" 'BEGIN {printf "%.2f", r / c}'; }
rp=$(median <"$WORK/rp")
np=$(median <"$WORK/np")
cp=$(median <"$WORK/cp")
rm_=$(median <"$WORK/rm")
c=$(median <"$WORK/c")
echo "median ($MODE, $RUNS runs): ReelRank painted $rp ms, Calc painted $cp ms, ReelRank / Calc = $(ratio "$rp" "$cp");" \
  "mapped $rm_ against $c ms ($(ratio "$rm_" "$c")); with no start picture, ReelRank painted $np ms, / Calc = $(ratio "$np" "$cp");" \
  "--smoke prints minus outside painted: median $(median <"$WORK/d") ms"
