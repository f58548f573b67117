#!/usr/bin/env bash
# Start-up as the user sees it (issue 18): from the exec of the desktop launcher, as a double-click
# runs it, to its main window mapped on the X display; against LibreOffice Calc, started as its
# desktop entry does (`libreoffice --calc`), timed the same way in the same run.
#
#   src/bench/startup-vs-calc.sh [RUNS] [warm|cold]
#
# Needs target/dist/ReelRank (DISPLAY=:99 mvn -Pdist package -DskipTests), and the Debian packages
# xvfb, xdotool and libreoffice-calc. cold drops the page cache before every run (root only).
#
# Each application gets a home of its own for the whole run: ReelRank's preferences, recent files and
# recovery folder, and Calc's profile, are made by one uncounted run first and then kept, as a user's
# are. No run passes --smoke to ReelRank: it starts as a double-click starts it. The window is
# "mapped" when xdotool sees it viewable; ReelRank's own trace (-Dreelrank.startupTrace, counted from
# the same exec) adds when its first frame was painted. A last column times `ReelRank --smoke` from
# outside too, to compare with the figure it prints.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${1:-5}
MODE=${2:-warm}
LAUNCHER=$PWD/target/dist/ReelRank/bin/ReelRank
for tool in Xvfb xdotool libreoffice; do
  command -v "$tool" >/dev/null || { echo "startup-vs-calc: $tool is missing (Debian: xvfb, xdotool, libreoffice-calc)" >&2; exit 2; }
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

now() { date +%s%3N; }

drop_cache() {
  if [ "$MODE" = cold ]; then
    sync
    echo 3 >/proc/sys/vm/drop_caches
  fi
}

# Waits until a viewable window's title matches $1; gives up after 60 s.
wait_mapped() {
  local deadline=$(($(now) + 60000))
  until xdotool search --onlyvisible --name "$1" >/dev/null 2>&1; do
    if [ "$(now)" -gt "$deadline" ]; then
      echo "startup-vs-calc: no window titled $1 within 60 s; windows shown:" \
        "$(xdotool search --onlyvisible --name . getwindowname %@ 2>/dev/null | tr '\n' '|')" >&2
      return 1
    fi
    sleep 0.005
  done
}

# Waits until no process runs whose command line holds $1.
wait_gone() {
  while pgrep -f "$1" >/dev/null; do sleep 0.05; done
}

reelrank() { # prints: mapped-ms painted-ms
  local trace=$WORK/trace
  rm -f "$trace"
  drop_cache
  local start
  start=$(now)
  JAVA_TOOL_OPTIONS="-Duser.home=$WORK/home -Dreelrank.startupTrace=$trace" "$LAUNCHER" >/dev/null 2>"$WORK/err" &
  local pid=$!
  if ! wait_mapped 'ReelRank$'; then
    echo "startup-vs-calc: ReelRank's trace: $(tr '\n' '|' <"$trace" 2>/dev/null); its errors: $(tail -5 "$WORK/err")" >&2
    kill -9 "$pid" 2>/dev/null || true
    return 1
  fi
  local mapped=$(($(now) - start))
  until grep -q 'first frame painted' "$trace" 2>/dev/null; do sleep 0.01; done
  local painted
  painted=$(awk '/first frame painted/ {print $1}' "$trace")
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "$mapped $painted"
}

smoke() { # prints: mapped-ms printed-ms
  drop_cache
  local start
  start=$(now)
  JAVA_TOOL_OPTIONS="-Duser.home=$WORK/home" "$LAUNCHER" --smoke >"$WORK/smoke" 2>/dev/null &
  local pid=$!
  wait_mapped 'ReelRank$'
  local mapped=$(($(now) - start))
  wait "$pid"
  echo "$mapped $(sed -n 's/^first paint in \([0-9]*\) ms$/\1/p' "$WORK/smoke")"
}

calc() { # prints: mapped-ms
  drop_cache
  local start
  start=$(now)
  libreoffice "-env:UserInstallation=file://$WORK/calc" --calc --norestore >/dev/null 2>&1 &
  wait_mapped 'LibreOffice Calc$'
  local mapped=$(($(now) - start))
  pkill -f "UserInstallation=file://$WORK/calc"
  wait_gone "UserInstallation=file://$WORK/calc"
  echo "$mapped"
}

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

echo "warm-up (not counted): profiles made" >&2
reelrank >/dev/null
calc >/dev/null

printf '%-4s  %-20s  %-20s  %-16s  %-22s\n' run "ReelRank mapped" "ReelRank painted" "Calc mapped" "--smoke outside/prints"
: >"$WORK/r" && : >"$WORK/p" && : >"$WORK/c" && : >"$WORK/d"
for run in $(seq 1 "$RUNS"); do
  read -r mapped painted < <(reelrank)
  calc_mapped=$(calc)
  read -r smoke_mapped smoke_printed < <(smoke)
  echo "$mapped" >>"$WORK/r"
  echo "$painted" >>"$WORK/p"
  echo "$calc_mapped" >>"$WORK/c"
  echo $((smoke_printed - smoke_mapped)) >>"$WORK/d"
  printf '%-4s  %-20s  %-20s  %-16s  %-22s\n' "$run" "$mapped ms" "$painted ms" "$calc_mapped ms" \
    "$smoke_mapped / $smoke_printed ms"
done
r=$(median <"$WORK/r")
c=$(median <"$WORK/c")
echo "median ($MODE, $RUNS runs): ReelRank mapped $r ms, painted $(median <"$WORK/p") ms; Calc mapped $c ms;" \
  "ReelRank / Calc = $(awk -v r="$r" -v c="$c" 'BEGIN {printf "%.2f", r / c}');" \
  "--smoke prints minus outside: median $(median <"$WORK/d") ms"
