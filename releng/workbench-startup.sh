#!/usr/bin/env bash
# The workbench's time to its first window (docs/benchmarks.md, "Start-up"): starts the built product under a virtual
# display RUNS times with a fresh workspace and RUNS times with a used one (a demo project whose experiment, results
# and catalog editors were open when the workbench was last closed), and prints the median seconds from the launch
# until the window is mapped (polled with xwininfo every 50 ms) and until the workbench reports it has started
# (editors restored; the advisor's postStartup, -Dstreamwise.startupReport=true), and the CPU time (user + system, all
# threads: JIT compilers and GC included) the Java process had used when its window was mapped, a figure that the
# machine's other load disturbs much less than the wall time.
#   releng/workbench-startup.sh [RUNS]     RUNS defaults to 3; needs the built product, xvfb-run, xwininfo and python3
# STREAMWISE_PRODUCT=DIR times another copy of the product (a build from before a change, say).
set -euo pipefail
RUNS="${1:-3}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PRODUCT="${STREAMWISE_PRODUCT:-$ROOT/releng/io.streamwise.product/target/products/io.streamwise.product/linux/gtk/x86_64/streamwise}"
if [ -z "${STREAMWISE_IN_XVFB:-}" ]; then
  for tool in xvfb-run xwininfo python3; do
    command -v "$tool" > /dev/null || { echo "workbench-startup: $tool is missing" >&2; exit 1; }
  done
  exec env STREAMWISE_IN_XVFB=1 xvfb-run -a -s "-screen 0 1280x860x24" "$0" "$@"
fi
. "$ROOT/releng/find-jdk.sh"
streamwise_find_jdk || exit 1
[ -x "$PRODUCT/streamwise" ] || { echo "workbench-startup: build the product first (./streamwise help)" >&2; exit 1; }
tmp=$(mktemp -d)
gui_pid=""
java_pid=""
trap '[ -n "$java_pid" ] && kill "$java_pid" 2>/dev/null; [ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null; rm -rf "$tmp"' EXIT
VMARGS="-XX:MaxRAMPercentage=70 -Dstreamwise.startupReport=true"

# the main window: titled Streamwise and larger than the 200x200 shells SWT opens first (grep -c reads all of its
# input: no SIGPIPE for xwininfo under pipefail)
window_id() {
  xwininfo -root -tree | grep -E "\"Streamwise ?\": \(\"Streamwise\"" \
    | grep -E " ([6-9][0-9]{2}|[0-9]{4,})x[0-9]{3,}\+" | awk 'NR == 1 { print $1 }'
}
window_up() {
  [ -n "$(window_id)" ]
}

# cpu_seconds PID: user + system seconds used so far by the process PID (all its threads), from /proc
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat" 2>/dev/null || echo "n/a"
}

# start WORKSPACE [workbench options]: launches the workbench, sets window_s (launch to mapped window), cpu_s (the
# Java process's CPU seconds then) and started_s (launch to the advisor's "workbench started"), leaves it running as
# gui_pid (the product's script) and java_pid (its Java process)
start() {
  local ws="$1" t0 now log="$tmp/gui.log"
  java_pid=""
  shift
  t0=$(date +%s%N)
  STREAMWISE_VMARGS="$VMARGS" STREAMWISE_WORKSPACE="$ws" "$PRODUCT/streamwise" gui "$@" > "$log" 2>&1 &
  gui_pid=$!
  window_s=""
  started_s=""
  cpu_s="n/a"
  for _ in $(seq 1 2400); do
    now=$(date +%s%N)
    # the product's script starts Java as its child
    [ -z "$java_pid" ] && java_pid=$(pgrep -P "$gui_pid" java | head -n 1 || true)
    if [ -z "$window_s" ] && window_up; then
      [ -n "$java_pid" ] && cpu_s=$(cpu_seconds "$java_pid")
      window_s=$(awk -v d=$((now - t0)) 'BEGIN { printf "%.2f", d / 1e9 }')
    fi
    if [ -z "$started_s" ] && grep -q "streamwise: startup: workbench started" "$log"; then
      started_s=$(awk -v d=$((now - t0)) 'BEGIN { printf "%.2f", d / 1e9 }')
    fi
    [ -n "$window_s" ] && [ -n "$started_s" ] && return 0
    # a product without the advisor's report (before it existed): the window alone, after 20 s more
    if [ -n "$window_s" ] && [ $(((now - t0) / 1000000000)) -gt $(awk -v w="$window_s" 'BEGIN { print int(w) + 20 }') ]; then
      started_s="n/a"
      return 0
    fi
    kill -0 "$gui_pid" 2>/dev/null || break
    sleep 0.05
  done
  cat "$log" >&2
  echo "workbench-startup: the workbench did not open its window" >&2
  exit 1
}

# stop: ends the workbench (SIGTERM: it does not save its state then). The product's script does not exec Java (it
# restarts it after File > Switch Workspace), so Java is signalled itself, and waited for: a window left behind would
# be taken for the next start's.
stop() {
  [ -n "$java_pid" ] && { kill -TERM "$java_pid" 2>/dev/null || true; }
  kill -TERM "$gui_pid" 2>/dev/null || true
  for _ in $(seq 1 600); do
    { [ -n "$java_pid" ] && kill -0 "$java_pid" 2>/dev/null; } || break
    sleep 0.1
  done
  wait "$gui_pid" 2>/dev/null || true
  gui_pid=""
  java_pid=""
}

median() {
  case " $* " in *" n/a "*) echo "n/a"; return ;; esac
  printf '%s\n' "$@" | sort -n | awk '{ t[NR] = $1 } END { printf "%.2f", (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'
}

echo "workbench-startup: $(date -u +%FT%TZ), $(nproc) cores, Java $("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 1p)"
echo "load before: $(uptime)"
# the used workspace: the demo project with three editors open when the workbench was closed. Closed as a person
# closes it (the window's close button: releng/close-window.py), so that it saves its layout, the workspace and the
# plug-in registry's cache as it does for everyone; the timed runs below are then ended by a signal (faster; they
# run on copies).
. "$ROOT/releng/demo-workspace.sh"
demo_project "$PRODUCT" "$tmp/used/demo"
start "$tmp/used" --open "$tmp/used/demo/demo.experiment" --open "$tmp/used/demo/demo.results/results.json" \
  --open "$tmp/used/demo/shop.catalog"
sleep 5 # the editors open in postStartup, after the report
python3 "$ROOT/releng/close-window.py" "$(window_id)"
for _ in $(seq 1 300); do
  kill -0 "$gui_pid" 2>/dev/null || break
  sleep 1
done
stop
state="$tmp/used/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi"
[ -f "$state" ] && grep -q 'shop.catalog' "$state" \
  || { echo "workbench-startup: the workbench did not save its open editors when closed" >&2; exit 1; }

fresh_window=() fresh_started=() fresh_cpu=() used_window=() used_started=() used_cpu=()
for ((i = 0; i < RUNS; i++)); do
  rm -rf "$tmp/fresh"
  start "$tmp/fresh"
  fresh_window+=("$window_s") fresh_started+=("$started_s") fresh_cpu+=("$cpu_s")
  stop
  rm -rf "$tmp/run"
  cp -a "$tmp/used" "$tmp/run"
  start "$tmp/run"
  used_window+=("$window_s") used_started+=("$started_s") used_cpu+=("$cpu_s")
  stop
done
report() {
  echo "$1 window ${2} s (median $(median $2)), started ${3} s (median $(median $3)), CPU to window ${4} s (median $(median $4))"
}
report "fresh workspace: " "${fresh_window[*]}" "${fresh_started[*]}" "${fresh_cpu[*]}"
report "restored editors:" "${used_window[*]}" "${used_started[*]}" "${used_cpu[*]}"
echo "load after: $(uptime)"
