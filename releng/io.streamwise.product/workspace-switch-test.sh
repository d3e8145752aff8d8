#!/usr/bin/env bash
# File > Switch Workspace, the launcher script's side (called by smoke-test.sh): the workbench writes the chosen folder
# to $XDG_CONFIG_HOME/streamwise/workspace and exits with 23 (IApplication.EXIT_RESTART; SwitchWorkspaceTest in the UI
# tests checks that side); the product's script must then start the workbench again on that folder, without the
# first start's --open, and end with the workbench's own exit code. The JVM is a stand-in that records how it was
# started and exits as the workbench would, so the loop is checked exactly and quickly; every run is bounded by timeout.
#   workspace-switch-test.sh PRODUCT_DIR
set -euo pipefail
PRODUCT="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "WORKSPACE SWITCH TEST FAILED: $*" >&2; exit 1; }

# the stand-in JVM: logs its -data and its last argument; its first start switches to $NEXT (or fails with $FIRST_RC)
mkdir -p "$tmp/jvm/bin"
cat > "$tmp/jvm/bin/java" <<'STUB'
#!/bin/sh
data=""
previous=""
for a in "$@"; do
  [ "$previous" = "-data" ] && data="$a"
  previous="$a"
done
echo "start -data $data last $previous" >> "$STARTS"
n=$(wc -l < "$STARTS")
if [ "$n" -eq 1 ]; then
  if [ "$FIRST_RC" = 23 ]; then
    mkdir -p "$XDG_CONFIG_HOME/streamwise"
    echo "$NEXT" > "$XDG_CONFIG_HOME/streamwise/workspace"
  fi
  exit "$FIRST_RC"
fi
[ "$n" -le 3 ] || exit 99 # a loop that does not end
exit 0
STUB
chmod +x "$tmp/jvm/bin/java"

run() { # FIRST_RC: what the first start exits with
  rm -f "$tmp/starts"
  rc=0
  env -u STREAMWISE_WORKSPACE JAVA_HOME="$tmp/jvm" HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" \
    STARTS="$tmp/starts" NEXT="$tmp/next workspace" FIRST_RC="$1" \
    timeout 60 "$PRODUCT/streamwise" gui --open "$tmp/some.experiment" || rc=$?
}

run 23
[ "$rc" -eq 0 ] || fail "after a switch the script exited with $rc, not the workbench's 0"
expected="start -data $tmp/home/streamwise-workspace last $tmp/some.experiment
start -data $tmp/next workspace last $tmp/next workspace"
[ "$(cat "$tmp/starts")" = "$expected" ] || {
  cat "$tmp/starts" >&2
  fail "expected a start on the default workspace with --open, then one on the chosen folder without it"
}
echo "workspace switch: exit code 23 restarted the workbench on the chosen folder; it then exited with 0"

# the choice is remembered by later starts; a failing workbench is not restarted and its exit code is kept
run 1
[ "$rc" -eq 1 ] || fail "a workbench that failed with 1 made the script exit with $rc"
[ "$(cat "$tmp/starts")" = "start -data $tmp/next workspace last $tmp/some.experiment" ] || {
  cat "$tmp/starts" >&2
  fail "a later start did not use the chosen workspace, or a failure was restarted"
}
echo "workspace switch: a later start uses the choice; a failure (1) is not restarted"
