#!/usr/bin/env bash
# File > Switch Workspace in the real product (called by smoke-test.sh once the workbench's window is up): the keys a
# user presses (xdotool) open File > Switch Workspace, type the second workspace's folder and press Restart; the
# workbench then exits to restart, the product's script starts it again, and the new window must be that of a workbench
# on the second workspace: a new Java started with -data on it, which opened the workspace (its
# .metadata/.plugins/org.eclipse.core.resources) and shows its main window. workspace-switch-test.sh checks the script's loop itself with a stand-in JVM.
#   workspace-switch-gui-test.sh SCRIPT_PID WINDOW_ID SECOND_WORKSPACE XDG_CONFIG_HOME GUI_LOG
# SCRIPT_PID: the product's streamwise script (started with XDG_CONFIG_HOME), WINDOW_ID: its main window (xwininfo).
set -euo pipefail
script_pid="$1"
window="$2"
second="$3"
config="$4"
log="$5"
fail() {
  echo "WORKSPACE SWITCH (WORKBENCH) TEST FAILED: $*" >&2
  tail -n 30 "$log" >&2
  exit 1
}
main_window() {
  xwininfo -root -tree | grep -E '"Streamwise ?": \("Streamwise"' | grep -E ' ([6-9][0-9]{2}|[0-9]{4,})x[0-9]{3,}\+' \
    | awk 'NR == 1 { print $1 }' || true
}
dialog_window() {
  xwininfo -root -tree | grep -E '"Switch Workspace ?": \("Streamwise"' | awk 'NR == 1 { print $1 }' || true
}
started=$(date +%s)
first_java=$(pgrep -P "$script_pid" java) || fail "no Java under the product's script ($script_pid)"
[ ! -e "$second" ] || fail "$second exists before the switch"

# File (Alt+F) > Switch Workspace (its mnemonic W); again if the menu was not up yet when W was pressed
dialog=""
for _ in 1 2 3; do
  xdotool windowfocus --sync "$window"
  xdotool key alt+f
  sleep 1
  xdotool key w
  for _ in $(seq 1 10); do
    sleep 1
    dialog=$(dialog_window)
    [ -n "$dialog" ] && break 2
  done
  xdotool key Escape Escape
done
[ -n "$dialog" ] || fail "File > Switch Workspace opened no dialog"
xdotool windowfocus --sync "$dialog"
xdotool key ctrl+a
xdotool type --delay 10 "$second"
xdotool key Return

# the first Java exits (to restart), a second one starts and opens its window
for _ in $(seq 1 60); do
  sleep 1
  kill -0 "$first_java" 2>/dev/null || break
done
! kill -0 "$first_java" 2>/dev/null || fail "the workbench did not exit to restart within 60 s"
[ "$(head -n 1 "$config/streamwise/workspace" 2>/dev/null)" = "$second" ] \
  || fail "the choice was not recorded in $config/streamwise/workspace"
java=""
for _ in $(seq 1 90); do
  sleep 1
  kill -0 "$script_pid" 2>/dev/null || fail "the product's script ended instead of restarting the workbench"
  java=$(pgrep -P "$script_pid" java) || continue
  [ -n "$(main_window)" ] && break
  java=""
done
[ -n "$java" ] || fail "the restarted workbench showed no window within 90 s"
[ "$java" != "$first_java" ] || fail "the first Java still runs"
tr '\0' '\n' < "/proc/$java/cmdline" | grep -A1 -x -- -data | tail -n 1 | grep -qxF -- "$second" \
  || fail "the restarted workbench was not started with -data $second: $(tr '\0' ' ' < "/proc/$java/cmdline")"
[ -d "$second/.metadata/.plugins/org.eclipse.core.resources" ] \
  || fail "the restarted workbench did not open $second (no .metadata/.plugins/org.eclipse.core.resources)"
echo "workspace switch: File > Switch Workspace restarted the workbench on $second; its window opened" \
  "($(( $(date +%s) - started )) s)"
