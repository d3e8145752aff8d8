#!/usr/bin/env bash
# Smoke test of the materialised product, run by Maven after it is built: the headless commands work and fail as
# documented, the quickstart experiment writes its results, a plugin jar dropped into dropins/ is listed and runs, a
# plugin installs from a p2 repository and uninstalls (p2-install-test.sh), and,
# when a display exists, the workbench opens its window and, with xdotool, File > Switch Workspace restarts it on
# another workspace (workspace-switch-gui-test.sh).
set -euo pipefail
PRODUCT="$1"
ROOT="$2"
SHOTS="$3"
EXAMPLE_JAR="${4:-}"
tmp=$(mktemp -d)
gui_pid=""
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cleanup() {
  # the launcher script does not exec Java (it restarts it after Switch Workspace): end Java too
  [ -n "$gui_pid" ] && kill $(pgrep -P "$gui_pid" java) "$gui_pid" 2>/dev/null
  rm -f "$PRODUCT/dropins/smoke-example.jar" "$PRODUCT/dropins/smoke-broken.jar" "$PRODUCT/dropins/smoke-faulty.jar" \
    "$PRODUCT/dropins/smoke-notazip.jar" "$PRODUCT/dropins/smoke-needs.jar" "$PRODUCT/dropins/smoke-twin.jar"
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }
sw() { "$PRODUCT/streamwise" "$@"; }

# the class-data-sharing archives made when the product was built (cds-train.sh: AOT caches on JDK 25+, else dynamic
# archives) are mapped from the first command on (a new installation's first command restarts Equinox once: it must
# neither write an archive nor change the built one)
built() { # the built archive NAME: cds/NAME.aot or cds/NAME.jsa
  if [ -s "$PRODUCT/cds/$1.aot" ]; then echo "$PRODUCT/cds/$1.aot"; else echo "$PRODUCT/cds/$1.jsa"; fi
}
for name in help algorithms headless; do
  [ -s "$(built "$name")" ] && [ -s "$PRODUCT/cds/$name.stamp" ] \
    || fail "the product has no class-data-sharing archive cds/$name.aot or .jsa with its .stamp"
done
cp "$(built algorithms)" "$tmp/algorithms.archive"
rm -rf "$PRODUCT/configuration-headless"
# a line that does not parse is checked beside a framework that is still starting (here on a fresh configuration):
# it ends the process with exit 2 and leaves the configuration usable by the next command
rc=0
sw algorithms --no-such-option > /dev/null 2> "$tmp/usage.txt" || rc=$?
[ "$rc" = 2 ] || fail "'streamwise algorithms --no-such-option' exited with $rc on a fresh configuration, not 2"
grep -q -- '--no-such-option' "$tmp/usage.txt" || fail "the usage error did not name the unknown option"
rm -f "$tmp/usage.txt"
sw algorithms > "$tmp/algorithms.txt" || fail "'streamwise algorithms' exited with $?"
cmp -s "$tmp/algorithms.archive" "$(built algorithms)" || fail "the first command changed the built archive"
[ ! -e "$PRODUCT/cds/algorithms-local.jsa" ] || fail "the first command wrote an archive of its own"
# (-XX:MaxRAMPercentage=70 is the script's own heap option, which STREAMWISE_VMARGS replaces)
STREAMWISE_VMARGS="-XX:MaxRAMPercentage=70 -Xlog:class+load:file=$tmp/classes.txt" sw algorithms > /dev/null \
  || fail "'streamwise algorithms' exited with $? the second time"
grep -q 'io\.streamwise\.headless\.CommandLauncher source: shared' "$tmp/classes.txt" \
  || fail "'streamwise algorithms' did not map its built class-data-sharing archive"
grep -q 'org\.eclipse\.osgi\.internal\.framework\.EquinoxContainer source: shared' "$tmp/classes.txt" \
  || fail "the built class-data-sharing archive of 'streamwise algorithms' lacks the framework's classes"
rm -f "$tmp/classes.txt" "$tmp/algorithms.archive"
# an archive the JVM would refuse (made with another JDK or other jars: here a stamp that says so) is left as it is,
# and the JVM writes one of its own beside it
cp "$(built help)" "$tmp/help.archive"
mv "$PRODUCT/cds/help.stamp" "$tmp/help.stamp"
echo "another JDK" > "$PRODUCT/cds/help.stamp"
sw help > /dev/null || fail "'streamwise help' exited with $? when its built archive did not fit"
sw help > /dev/null || fail "'streamwise help' exited with $? on its own archive"
mv -f "$tmp/help.stamp" "$PRODUCT/cds/help.stamp"
[ -s "$PRODUCT/cds/help-local.jsa" ] || fail "no archive of its own was written when the built one did not fit"
rm -f "$PRODUCT/cds/help-local.jsa"
cmp -s "$tmp/help.archive" "$(built help)" || fail "an archive that did not fit was overwritten"
rm -f "$tmp/help.archive"
STREAMWISE_VMARGS="-Xlog:class+load:file=$tmp/classes.txt" sw help > /dev/null || fail "'streamwise help' exited with $?"
grep -q 'io\.streamwise\.headless\.CommandLauncher source: shared' "$tmp/classes.txt" \
  || fail "'streamwise help' did not map its built class-data-sharing archive"
rm -f "$tmp/classes.txt"
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
# the quickstart's results as a replication package, verified by re-running it with the product
sw package "$tmp/quickstart" --out "$tmp/quickstart.zip" > "$tmp/package.txt" 2> "$tmp/package.err" \
  || { rc=$?; cat "$tmp/package.err" >&2; fail "'streamwise package' of the quickstart's results exited with $rc"; }
sw verify "$tmp/quickstart.zip" > "$tmp/verify.txt" 2> "$tmp/verify.err" \
  || { rc=$?; cat "$tmp/verify.txt" "$tmp/verify.err" >&2; fail "'streamwise verify' of the quickstart's package exited with $rc"; }
grep -q '^reproduced' "$tmp/verify.txt" || fail "'streamwise verify' of the quickstart's package did not say reproduced"
# a stream experiment's results too: 2,000 instances of MOA's SEA generator, naive Bayes, packaged and re-run
cat > "$tmp/sea.experiment" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
    xmlns:experiment="http://streamwise.io/model/experiment/1.0" id="sea" name="SEA" seed="3">
  <algorithms algorithmId="moa" label="bayes">
    <settings key="learner" value="bayes.NaiveBayes"/>
  </algorithms>
  <stream source="GENERATOR" generator="generators.SEAGenerator" instances="2000" curveEvery="500"/>
</experiment:Experiment>
XML
sw run "$tmp/sea.experiment" --out "$tmp/sea" > /dev/null 2> "$tmp/sea.err" \
  || { rc=$?; cat "$tmp/sea.err" >&2; fail "'streamwise run' of a stream experiment exited with $rc"; }
sw package "$tmp/sea" --out "$tmp/sea.zip" > /dev/null 2> "$tmp/sea-package.err" \
  || { rc=$?; cat "$tmp/sea-package.err" >&2; fail "'streamwise package' of stream results exited with $rc"; }
sw verify "$tmp/sea.zip" > "$tmp/sea-verify.txt" 2> "$tmp/sea-verify.err" \
  || { rc=$?; cat "$tmp/sea-verify.txt" "$tmp/sea-verify.err" >&2; fail "'streamwise verify' of stream results exited with $rc"; }
grep -q '^reproduced' "$tmp/sea-verify.txt" || fail "'streamwise verify' of stream results did not say reproduced"
# a signal cancels cleanly: exit code 130, the message, no output folder and no staging folder left; both while
# the framework starts (the launcher script reports it) and once the work has begun (the monitor stops it). The signal
# is sent when the run is in that state, not after a fixed time, which under load could find it in another state
# (still in the launcher script before its trap, which would end it with 143, or not yet working).
catches_term() { # whether process $1 handles SIGTERM: signal 15 is bit 14 of the SigCgt mask in /proc
  mask=$(sed -n 's/^SigCgt:[[:space:]]*//p' "/proc/$1/status" 2>/dev/null)
  [ -n "$mask" ] && [ $(((16#$mask >> 14) & 1)) -eq 1 ]
}
working() { grep -q ' \.\.\.$' "$tmp/signal.err" 2>/dev/null; } # the first progress line: the work has started
for when in starting working; do
  rm -f "$tmp/signal.err"
  "$PRODUCT/streamwise" compare --data simulator:large --algorithms pop,random --out "$tmp/cancelled" \
    > "$tmp/signal.out" 2> "$tmp/signal.err" &
  run_pid=$!
  for _ in $(seq 1 6000); do # at most about 5 minutes
    kill -0 "$run_pid" 2>/dev/null || break
    if [ "$when" = starting ]; then # the launcher has started Java and set its trap
      pgrep -P "$run_pid" -x java > /dev/null && catches_term "$run_pid" && break
    else
      working && break
    fi
    sleep 0.05
  done
  kill -0 "$run_pid" 2>/dev/null || { cat "$tmp/signal.err" >&2; fail "the run to be sent SIGTERM ($when) ended first"; }
  if [ "$when" = starting ]; then
    working && fail "the run to be sent SIGTERM while starting was working already"
    pgrep -P "$run_pid" -x java > /dev/null && catches_term "$run_pid" \
      || fail "the launcher had not started Java and set its trap within 5 minutes"
  else
    working || { cat "$tmp/signal.err" >&2; fail "the run to be sent SIGTERM showed no progress within 5 minutes"; }
  fi
  kill -TERM "$run_pid"
  set +e
  wait "$run_pid"; rc=$?
  set -e
  [ "$rc" -eq 130 ] || { cat "$tmp/signal.err" >&2; fail "a run sent SIGTERM ($when) exited with $rc, not 130"; }
  grep -q "streamwise: cancelled; no results were written" "$tmp/signal.err" \
    || { cat "$tmp/signal.err" >&2; fail "a run sent SIGTERM ($when) did not say it was cancelled"; }
  # cells that finished before the signal stay in the run's journal (for --resume), and nothing else
  if [ -e "$tmp/cancelled" ] && [ "$(ls -A "$tmp/cancelled")" != run.journal ]; then
    fail "a run cancelled ($when) left more than its journal in its output folder: $(ls -A "$tmp/cancelled")"
  fi
  rm -rf "$tmp/cancelled"
  if ls -A "$tmp" | grep -q '^\.cancelled\.partial-'; then fail "a run cancelled ($when) left its staging folder"; fi
done
echo "smoke test: headless commands, the quickstart and cancellation by a signal passed"

# kill -9 in the middle of a run: the journal keeps the cells that finished, and --resume computes only the others,
# with the uninterrupted run's results byte for byte (costs aside, which are measured anew for the recomputed cells)
resume_args=(compare --data simulator --algorithms pop,ials,random --protocol random:0.8:3 --metrics ndcg@10,recall@10
  --seed 4)
sw "${resume_args[@]}" --out "$tmp/whole" > /dev/null 2> "$tmp/whole.err" \
  || { cat "$tmp/whole.err" >&2; fail "the uninterrupted compare exited with $?"; }
"$PRODUCT/streamwise" "${resume_args[@]}" --out "$tmp/killed" > /dev/null 2> "$tmp/killed.err" &
run_pid=$! # the product's script; its child is the JVM
for _ in $(seq 1 3600); do # header and two cells (fold 0: pop, ials) written: ials of folds 1 and 2 are still to come
  [ -f "$tmp/killed/run.journal" ] && [ "$(wc -l < "$tmp/killed/run.journal")" -ge 3 ] && break
  sleep 0.05
done
java_pid=$(pgrep -P "$run_pid" -x java || true)
[ -n "$java_pid" ] || fail "the compare to be killed ended (or never started) before it could be killed"
kill -KILL "$java_pid"
set +e
wait "$run_pid"
set -e
[ "$(ls -A "$tmp/killed")" = run.journal ] || fail "a killed run left more than its journal: $(ls -A "$tmp/killed")"
cells_before=$(($(wc -l < "$tmp/killed/run.journal") - 1))
sw "${resume_args[@]}" --out "$tmp/killed" > /dev/null 2> "$tmp/killed.err" && rc=0 || rc=$?
sw "${resume_args[@]}" --out "$tmp/killed" --resume > /dev/null 2> "$tmp/resumed.err" \
  || { cat "$tmp/resumed.err" >&2; fail "compare --resume after kill -9 exited with $?"; }
[ "$rc" -eq 2 ] || fail "a run into an unfinished run's folder without --resume exited with $rc, not 2"
for f in results.csv per_unit.csv significance.csv results.tex; do
  cmp -s "$tmp/whole/$f" "$tmp/killed/$f" || fail "$f after kill -9 and --resume differs from the uninterrupted run's"
done
[ "$(wc -l < "$tmp/killed/run.journal")" -eq 11 ] || fail "the resumed run's journal does not hold 9 cells and the end"
echo "smoke test: kill -9 after $cells_before cell(s) and --resume gave the uninterrupted run's results"

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
  # a dropped-in plugin runs in worker processes by default: the same values as in this process, byte for byte
  sed 's|<options key="relevant" value="purchase"/>|&<options key="isolation" value="inprocess"/>|' \
    "$ROOT/examples/plugins/recently-popular.experiment" > "$tmp/recent-inprocess.experiment"
  sw run "$tmp/recent-inprocess.experiment" --out "$tmp/dropin-inprocess" > /dev/null 2> "$tmp/dropin-inprocess.err" \
    || { cat "$tmp/dropin-inprocess.err" >&2; fail "the dropin experiment with isolation=inprocess exited with $?"; }
  for f in results.csv per_unit.csv significance.csv; do
    cmp -s "$tmp/dropin-run/$f" "$tmp/dropin-inprocess/$f" \
      || fail "$f of the dropin run differs between worker processes and isolation=inprocess"
  done
  echo "smoke test: the dropped-in plugin's cells ran in worker processes with the same results as in-process"
  if command -v python3 > /dev/null; then
    # results.json names the bundle, version and jar hash of the dropped-in algorithm
    origin() { python3 -c 'import json, sys
a = [a for a in json.load(open(sys.argv[1]))["provenance"]["algorithms"] if a["label"] == "recent-7d"][0]
print(a.get("bundle"), a.get("bundleVersion"), a.get("jarSha256"))' "$1"; }
    sha=$(sha256sum "$PRODUCT/dropins/smoke-example.jar" | cut -d' ' -f1)
    read -r bundle version recorded <<< "$(origin "$tmp/dropin-run/results.json")"
    [ "$bundle" = io.streamwise.examples.recommender ] && [ "$recorded" = "$sha" ] \
      || fail "results.json records the dropin as '$bundle $version $recorded', not its bundle and jar hash $sha"
    # a replaced jar with an older date (cp -p, unzip, rsync -a) is picked up by its content, and recorded
    python3 - "$PRODUCT/dropins/smoke-example.jar" "$tmp/replaced.jar" <<'PY'
import re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as src, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as out:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename == "META-INF/MANIFEST.MF":
            data = re.sub(rb"Bundle-Version: [^\r\n]+", b"Bundle-Version: 9.8.7.smoke", data)
        out.writestr(item, data)
PY
    touch -d '2001-01-01' "$tmp/replaced.jar"
    cp -p "$tmp/replaced.jar" "$PRODUCT/dropins/smoke-example.jar"
    sw run "$ROOT/examples/plugins/recently-popular.experiment" --out "$tmp/replaced-run" > /dev/null \
      2> "$tmp/replaced-run.err" || { cat "$tmp/replaced-run.err" >&2; fail "the run with the replaced dropin exited with $?"; }
    read -r bundle version recorded <<< "$(origin "$tmp/replaced-run/results.json")"
    [ "$version" = 9.8.7.smoke ] && [ "$recorded" = "$(sha256sum "$tmp/replaced.jar" | cut -d' ' -f1)" ] \
      || fail "after replacing the dropin by an older-dated jar, results.json records '$version $recorded'"
    echo "smoke test: a dropin replaced by an older-dated jar was updated, and results.json names its version and hash"
    # the same id from a second bundle: every command warns, naming both
    python3 - "$PRODUCT/dropins/smoke-example.jar" "$PRODUCT/dropins/smoke-twin.jar" <<'PY'
import re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as src, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as out:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename == "META-INF/MANIFEST.MF":
            data = re.sub(rb"Bundle-SymbolicName: [^;\r\n]+", b"Bundle-SymbolicName: smoke.twin", data)
        out.writestr(item, data)
PY
    # and jars that cannot be used say why: no zip, a package nothing exports
    echo "not a zip" > "$PRODUCT/dropins/smoke-notazip.jar"
    python3 - "$PRODUCT/dropins/smoke-needs.jar" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as out:
    out.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\n"
                 "Bundle-SymbolicName: smoke.needs\nBundle-Version: 1.0.0\n"
                 "Import-Package: com.acme.missing;version=\"[1.0.0,2.0.0)\"\n")
PY
    for command in "algorithms" "run $ROOT/examples/plugins/recently-popular.experiment --out $tmp/twin-run"; do
      # shellcheck disable=SC2086
      sw $command > /dev/null 2> "$tmp/twin.err" || { cat "$tmp/twin.err" >&2; fail "'$command' with the twin exited with $?"; }
      grep -q "warning: algorithm id 'example.recently-popular' is claimed by io.streamwise.examples.recommender 9.8.7.smoke (dropins/smoke-example.jar) and by smoke.twin" "$tmp/twin.err" \
        || { cat "$tmp/twin.err" >&2; fail "'$command' did not warn of the id claimed twice"; }
      grep -q "dropin smoke-notazip.jar is not a usable bundle: .*zip" "$tmp/twin.err" \
        || { cat "$tmp/twin.err" >&2; fail "'$command' did not say why smoke-notazip.jar is unusable"; }
      grep -q "dropin smoke.needs 1.0.0 (dropins/smoke-needs.jar) cannot be resolved: it needs package com.acme.missing \[1.0.0,2.0.0)" "$tmp/twin.err" \
        || { cat "$tmp/twin.err" >&2; fail "'$command' did not name the missing package of smoke-needs.jar"; }
    done
    grep -q '"code": "algorithm-id-claimed-twice"' "$tmp/twin-run/results.json" \
      || fail "results.json of the run with the twin has no algorithm-id-claimed-twice warning"
    rm -f "$PRODUCT/dropins/smoke-twin.jar" "$PRODUCT/dropins/smoke-notazip.jar" "$PRODUCT/dropins/smoke-needs.jar"
    echo "smoke test: unusable dropins and an id claimed twice were reported with their causes by every command"
  else
    echo "smoke test: WARNING: no python3: dropin provenance and failure reports were not checked" >&2
  fi
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

# cell isolation: plugins that call System.exit, Runtime.halt or exhaust their heap cost only their own cells;
# the built-in beside them keeps its values, the run exits 1 and says why
JAVAC="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
JAR="${JAVA_HOME:+$JAVA_HOME/bin/}jar"
api_jar=$(ls "$PRODUCT"/plugins/io.streamwise.api_*.jar | head -n 1)
mkdir -p "$tmp/faulty/classes" "$PRODUCT/dropins"
"$JAVAC" --release 21 -nowarn -d "$tmp/faulty/classes" -cp "$api_jar" "$HERE/faulty-plugin/src/smoke/faulty/Faulty.java" \
  || fail "the faulty plugin did not compile"
"$JAR" --create --file "$PRODUCT/dropins/smoke-faulty.jar" --manifest "$HERE/faulty-plugin/META-INF/MANIFEST.MF" \
  -C "$tmp/faulty/classes" . -C "$HERE/faulty-plugin" OSGI-INF
set +e
STREAMWISE_WORKER_VMARGS="-Xmx384m" sw run "$HERE/faulty-plugin/faults.experiment" --out "$tmp/faults" \
  > "$tmp/faults.txt" 2> "$tmp/faults.err"; rc=$?
set -e
[ "$rc" -eq 1 ] || { cat "$tmp/faults.err" >&2; fail "the run with faulty plugins exited with $rc, not 1"; }
[ -s "$tmp/faults/results.json" ] || fail "the run with faulty plugins wrote no results.json"
grep -qE '^pop +[0-9]' "$tmp/faults.txt" || { cat "$tmp/faults.txt" >&2; fail "the built-in pop has no values beside the faulty plugins"; }
for expected in "FAILED exit fold 0: the worker process exited with code 3 during fold 0" \
    "FAILED exit fold 1: the worker process exited with code 3 during fold 1" \
    "FAILED halt fold 0: the worker process exited with code 0 during fold 0" \
    "FAILED halt fold 1: the worker process exited with code 0 during fold 1" \
    "FAILED oom fold 0: the worker process ran out of memory during fold 0" \
    "FAILED oom fold 1: the worker process ran out of memory during fold 1"; do
  grep -qF "$expected" "$tmp/faults.txt" || { cat "$tmp/faults.txt" "$tmp/faults.err" >&2; fail "the run did not say: $expected"; }
done
[ "$(grep -c '"reason"' "$tmp/faults/results.json")" -eq 6 ] || fail "results.json does not hold the 6 failed cells"
grep -q "the worker process ran out of memory during fold 1" "$tmp/faults/results.json" \
  || fail "results.json does not give the out-of-memory reason"
grep -q "a new worker takes the remaining folds" "$tmp/faults.err" || fail "standard error does not say a worker was replaced"
# pop's values are those of a run of pop alone
sed -e '/algorithmId="smoke\./d' "$HERE/faulty-plugin/faults.experiment" > "$tmp/pop-alone.experiment"
sw run "$tmp/pop-alone.experiment" --out "$tmp/pop-alone" > /dev/null 2>&1 || fail "pop alone exited with $?"
cmp -s <(grep '^faults,pop,' "$tmp/faults/results.csv") <(grep '^faults,pop,' "$tmp/pop-alone/results.csv") \
  || fail "pop's results differ when faulty plugins run beside it"
rm "$PRODUCT/dropins/smoke-faulty.jar"
echo "smoke test: plugins calling System.exit, Runtime.halt and exhausting the heap failed only their own cells"

# start-up: help, --version and usage errors come from the command line's model without the OSGi framework (its
# classes are never loaded), and commands run in the headless configuration, which holds no workbench bundle
sw --version > "$tmp/version.txt" || fail "'streamwise --version' exited with $?"
grep -qE '^streamwise [0-9]+\.[0-9]+\.[0-9]+' "$tmp/version.txt" || fail "'streamwise --version' printed no version"
# every command's own help too: a type its model needs that is missing from the launcher's class path (a Gson or
# FastCSV type in a command class, say) silently sends that help through the framework
command_helps=()
while read -r name; do command_helps+=("$name --help"); done < <(sw help | sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p')
[ ${#command_helps[@]} -ge 10 ] || fail "'streamwise help' listed ${#command_helps[@]} commands"
for args in "help" "--version" "no-such-command" "${command_helps[@]}"; do
  set +e
  # shellcheck disable=SC2086 # the arguments are words
  STREAMWISE_VMARGS="-Xlog:class+load:file=$tmp/classes.txt" sw $args > /dev/null 2>&1
  set -e
  [ -s "$tmp/classes.txt" ] || fail "no class-loading log for 'streamwise $args'"
  if grep -q 'org\.eclipse\.osgi' "$tmp/classes.txt"; then fail "'streamwise $args' started the OSGi framework"; fi
  rm -f "$tmp/classes.txt"
done
headless_ini="$PRODUCT/configuration-headless/config.ini"
[ -f "$headless_ini" ] || fail "no headless configuration at $headless_ini"
grep -q 'io\.streamwise\.headless_' "$headless_ini" || fail "the headless configuration lacks the headless bundle"
# the bundles only: eclipse.application names the workbench's application, which the headless start overrides
if grep '^osgi\.bundles=' "$headless_ini" | grep -qE '(org\.eclipse\.(swt|jface|ui|e4\.ui|equinox\.p2\.ui)|io\.streamwise\.ui)[._]'; then
  fail "the headless configuration holds SWT, JFace, p2 UI or workbench bundles"
fi
# the workbench's configuration has p2's UI (Help > Install New Software); the headless one just left it out
grep -q 'org\.eclipse\.equinox\.p2\.ui_' "$PRODUCT/configuration/config.ini" \
  || fail "the product's configuration lacks org.eclipse.equinox.p2.ui (Help > Install New Software)"
echo "smoke test: help, every command's --help, --version and a usage error answered without OSGi; commands run without workbench bundles"
for name in help algorithms headless; do
  [ ! -e "$PRODUCT/cds/$name-local.jsa" ] || fail "a command wrote cds/$name-local.jsa: the built archive did not fit"
done

# a log that does not fit into the heap: exit code 1 and a message that sizes the log and names the option
awk 'BEGIN { print "viewer,stream,item,type,timestamp,value"
  for (i = 0; i < 1500000; i++) printf "v%d,s%d,i%d,watch,%d,\n", i % 50000, i % 500, (i * 7) % 3000, 1700000000 + i }' \
  > "$tmp/big-events.csv"
set +e
STREAMWISE_VMARGS="-Xmx64m" sw stats --data "$tmp/big-events.csv" > /dev/null 2> "$tmp/oom.err"; rc=$?
set -e
rm -f "$tmp/big-events.csv"
[ "$rc" -eq 1 ] || { cat "$tmp/oom.err" >&2; fail "stats of a log too big for -Xmx64m exited with $rc, not 1"; }
for expected in "streamwise: out of memory" "the Java heap is limited to" "big-events.csv (" "million events" \
    "at ~20 bytes per event" "STREAMWISE_VMARGS=-Xmx"; do
  grep -qF "$expected" "$tmp/oom.err" || { cat "$tmp/oom.err" >&2; fail "the out-of-memory error does not say: $expected"; }
done
if grep -q '^Exception in thread\|^java.lang.OutOfMemoryError' "$tmp/oom.err"; then
  cat "$tmp/oom.err" >&2
  fail "running out of memory printed a bare OutOfMemoryError"
fi
echo "smoke test: a log too big for the heap failed with exit code 1, its size and the option to set"

# installing from a p2 repository, on a copy of the product (its own script: it builds the repository first)
bash "$HERE/p2-install-test.sh" "$PRODUCT" || fail "installing a plugin from a p2 repository failed (above)"

# File > Switch Workspace: the script's restart loop on exit code 23 (a stand-in JVM; no display needed; the real
# workbench's restart is checked below, once its window is up)
bash "$HERE/workspace-switch-test.sh" "$PRODUCT" || fail "the launcher script's workspace switch failed (above)"

if [ -z "${DISPLAY:-}" ] || ! command -v xwininfo > /dev/null; then
  echo "smoke test: no display (or no xwininfo): the workbench window was not checked" >&2
  exit 0
fi
# the main window: titled Streamwise and larger than the 200x200 shells SWT opens first
main_window() {
  xwininfo -root -tree | grep -E '"Streamwise ?": \("Streamwise"' | grep -E ' ([6-9][0-9]{2}|[0-9]{4,})x[0-9]{3,}\+' \
    | awk 'NR == 1 { print $1 }' || true
}
# XDG_CONFIG_HOME: Switch Workspace's choice (below) stays in this test's folder; the script itself in the background
# (not the function sw, whose subshell would stand between this shell and the script's Java)
XDG_CONFIG_HOME="$tmp/config" STREAMWISE_WORKSPACE="$tmp/workspace" "$PRODUCT/streamwise" gui > "$tmp/gui.log" 2>&1 &
gui_pid=$!
window=""
for _ in $(seq 1 60); do
  sleep 1
  window=$(main_window)
  [ -n "$window" ] && break
  kill -0 "$gui_pid" 2>/dev/null || { cat "$tmp/gui.log" >&2; fail "the workbench exited before showing its window"; }
done
[ -n "$window" ] || { cat "$tmp/gui.log" >&2; fail "the workbench showed no window within 60 s"; }
sleep 2
mkdir -p "$SHOTS"
command -v import > /dev/null && import -window root "$SHOTS/workbench.png" || true
echo "smoke test: the workbench window opened"

if ! command -v xdotool > /dev/null; then
  echo "smoke test: no xdotool: File > Switch Workspace's restart was not checked" >&2
  exit 0
fi
bash "$HERE/workspace-switch-gui-test.sh" "$gui_pid" "$window" "$tmp/second workspace" "$tmp/config" "$tmp/gui.log" \
  || fail "File > Switch Workspace did not restart the workbench on the chosen workspace (above)"
# a build with a display made the workbench's archive (cds-train.sh): the workbench that exited to restart mapped it
# instead of writing one of its own (a JVM writes that as it exits)
if [ -s "$PRODUCT/cds/workbench.aot" ] || [ -s "$PRODUCT/cds/workbench.jsa" ]; then
  [ ! -e "$PRODUCT/cds/workbench-local.jsa" ] || fail "the workbench wrote cds/workbench-local.jsa: its built archive did not fit"
fi
