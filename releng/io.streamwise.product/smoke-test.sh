#!/usr/bin/env bash
# Smoke test of the materialised product, run by Maven after it is built: the headless commands work and fail as
# documented, the quickstart experiment writes its results, a plugin jar dropped into dropins/ is listed and runs, and,
# when a display exists, the workbench opens its window.
set -euo pipefail
PRODUCT="$1"
ROOT="$2"
SHOTS="$3"
EXAMPLE_JAR="${4:-}"
tmp=$(mktemp -d)
gui_pid=""
cleanup() {
  [ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null
  rm -f "$PRODUCT/dropins/smoke-example.jar" "$PRODUCT/dropins/smoke-broken.jar"; rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }
sw() { "$PRODUCT/streamwise" "$@"; }

sw algorithms > "$tmp/algorithms.txt" || fail "'streamwise algorithms' exited with $?"
for id in pop random moa.naive-bayes base-rate; do
  grep -q "^$id " "$tmp/algorithms.txt" || fail "'streamwise algorithms' does not list $id"
done

# standard output carries the command's output only: the JSON list parses, even when a broken plugin in dropins/
# makes Equinox log a stack trace (its console log used to go to standard output)
mkdir -p "$tmp/broken/META-INF" "$tmp/broken/OSGI-INF" "$PRODUCT/dropins"
printf 'Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: smoke.broken\nBundle-Version: 1.0.0\nService-Component: OSGI-INF/c.xml\nImport-Package: io.streamwise.api.algorithm\n' \
  > "$tmp/broken/META-INF/MANIFEST.MF"
cat > "$tmp/broken/OSGI-INF/c.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="smoke.broken" immediate="true">
  <implementation class="smoke.Missing"/>
  <service><provide interface="io.streamwise.api.algorithm.AlgorithmFactory"/></service>
</scr:component>
XML
jar_tool="${JAVA_HOME:+$JAVA_HOME/bin/}jar"
broken=""
if command -v "$jar_tool" > /dev/null; then
  (cd "$tmp/broken" && "$jar_tool" cfm "$PRODUCT/dropins/smoke-broken.jar" META-INF/MANIFEST.MF OSGI-INF/c.xml) \
    || fail "could not build the broken plugin jar"
  broken=1
else
  echo "smoke test: WARNING: no jar tool: 'algorithms --json' is checked without a broken plugin" >&2
fi
sw algorithms --json > "$tmp/algorithms.json" 2> "$tmp/algorithms-json.err" \
  || { cat "$tmp/algorithms-json.err" >&2; fail "'streamwise algorithms --json' exited with $?"; }
rm -f "$PRODUCT/dropins/smoke-broken.jar"
[ -z "$broken" ] || grep -q "smoke.Missing" "$tmp/algorithms-json.err" \
  || fail "the broken plugin's error was not reported on standard error"
if command -v python3 > /dev/null; then
  python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$tmp/algorithms.json" \
    || fail "'streamwise algorithms --json' printed something that is not JSON"
else
  head -c 1 "$tmp/algorithms.json" | grep -q '\[' && tail -n 1 "$tmp/algorithms.json" | grep -qx '\]' \
    || fail "'streamwise algorithms --json' printed something that is not a JSON list"
fi

set +e
sw no-such-command 2> "$tmp/err.txt"; rc=$?
set -e
[ "$rc" -eq 2 ] || fail "an unknown command exited with $rc, not 2"
grep -q "unknown command" "$tmp/err.txt" || fail "an unknown command printed no clear error"

sw run "$ROOT/examples/quickstart/quickstart.experiment" --out "$tmp/quickstart" > "$tmp/run.txt" 2> "$tmp/run.err" \
  || { cat "$tmp/run.err" >&2; fail "the quickstart experiment exited with $?"; }
for f in results.json results.csv costs.csv per_unit.csv experiment.experiment; do
  [ -s "$tmp/quickstart/$f" ] || fail "the quickstart wrote no $f"
done
grep -q '"datasetSha256"' "$tmp/quickstart/results.json" || fail "results.json has no dataset digest"
grep -qE '^pop +[0-9]' "$tmp/run.txt" || fail "the printed table has no row for pop"
grep -qE '^naive-bayes +-' "$tmp/run.txt" || fail "the printed table has no row for naive-bayes"
# a signal cancels cleanly: exit code 130, the message, no output folder and no staging folder left; both while
# the framework starts (the launcher script reports it) and once the work has begun (the monitor stops it)
for when in starting working; do
  rm -f "$tmp/signal.err"
  "$PRODUCT/streamwise" compare --data simulator:large --algorithms pop,random --out "$tmp/cancelled" \
    > "$tmp/signal.out" 2> "$tmp/signal.err" &
  run_pid=$!
  if [ "$when" = working ]; then
    for _ in $(seq 1 600); do
      grep -q ' \.\.\.$' "$tmp/signal.err" 2>/dev/null && break # the first progress line: the work has started
      sleep 0.1
    done
  fi
  sleep 1
  kill -TERM "$run_pid"
  set +e
  wait "$run_pid"; rc=$?
  set -e
  [ "$rc" -eq 130 ] || { cat "$tmp/signal.err" >&2; fail "a run sent SIGTERM ($when) exited with $rc, not 130"; }
  grep -q "streamwise: cancelled; nothing was written" "$tmp/signal.err" \
    || { cat "$tmp/signal.err" >&2; fail "a run sent SIGTERM ($when) did not say it was cancelled"; }
  [ ! -e "$tmp/cancelled" ] || fail "a run cancelled ($when) left its output folder"
  if ls -A "$tmp" | grep -q '^\.cancelled\.partial-'; then fail "a run cancelled ($when) left its staging folder"; fi
done
echo "smoke test: headless commands, the quickstart and cancellation by a signal passed"

# drop-in install: the example plugin is listed and runs, and is gone once its jar is removed
if [ -n "$EXAMPLE_JAR" ] && [ -f "$EXAMPLE_JAR" ]; then
  mkdir -p "$PRODUCT/dropins"
  cp "$EXAMPLE_JAR" "$PRODUCT/dropins/smoke-example.jar"
  sw algorithms > "$tmp/algorithms-dropin.txt" 2> "$tmp/algorithms-dropin.err" \
    || { cat "$tmp/algorithms-dropin.err" >&2; fail "'streamwise algorithms' with a dropin exited with $?"; }
  grep -q "^example.recently-popular " "$tmp/algorithms-dropin.txt" \
    || { cat "$tmp/algorithms-dropin.err" >&2; fail "the dropped-in example.recently-popular is not listed"; }
  sw run "$ROOT/examples/plugins/recently-popular.experiment" --out "$tmp/dropin-run" > "$tmp/dropin-run.txt" \
    2> "$tmp/dropin-run.err" || { cat "$tmp/dropin-run.err" >&2; fail "the experiment with the dropin exited with $?"; }
  grep -qE '^recent-7d +[0-9]' "$tmp/dropin-run.txt" || fail "the printed table has no row for the dropped-in recent-7d"
  rm "$PRODUCT/dropins/smoke-example.jar"
  sw algorithms > "$tmp/algorithms-removed.txt" || fail "'streamwise algorithms' after removing the dropin exited with $?"
  if grep -q "^example.recently-popular " "$tmp/algorithms-removed.txt"; then
    fail "example.recently-popular is still listed after its jar was removed from dropins/"
  fi
  echo "smoke test: a plugin dropped into dropins/ was listed, ran in an experiment, and left when removed"
else
  echo "smoke test: WARNING: no example plugin jar at '$EXAMPLE_JAR' (build examples/io.streamwise.examples.recommender" \
    "in the same reactor): drop-in install was not checked" >&2
fi

if [ -z "${DISPLAY:-}" ] || ! command -v xwininfo > /dev/null; then
  echo "smoke test: no display (or no xwininfo): the workbench window was not checked" >&2
  exit 0
fi
STREAMWISE_WORKSPACE="$tmp/workspace" sw gui > "$tmp/gui.log" 2>&1 &
gui_pid=$!
for _ in $(seq 1 60); do
  sleep 1
  # the main window: titled Streamwise and larger than the 200x200 shells SWT opens first
  if xwininfo -root -tree | grep -E '"Streamwise ?": \("Streamwise"' | grep -qE ' ([6-9][0-9]{2}|[0-9]{4,})x[0-9]{3,}\+'; then
    sleep 2
    mkdir -p "$SHOTS"
    command -v import > /dev/null && import -window root "$SHOTS/workbench.png" || true
    echo "smoke test: the workbench window opened"
    exit 0
  fi
  kill -0 "$gui_pid" 2>/dev/null || { cat "$tmp/gui.log" >&2; fail "the workbench exited before showing its window"; }
done
cat "$tmp/gui.log" >&2
fail "the workbench showed no window within 60 s"
