#!/usr/bin/env bash
# Screenshots of the workbench for the README, written to docs/screenshots/. Needs the built product (./streamwise
# builds it), xvfb-run, xwininfo and ImageMagick (xdotool too, to move the pointer off the charts). Each screen is one start of the product under its own virtual display:
#   releng/screenshots.sh [NAME...]        all screens, or only those named (experiment-editor, csv-table, ...)
# The demo project is simulated data (small preset) with an experiment run once headless, so the results exist.
# SCREENSHOT_WAIT (seconds, default 10) is how long a screen may take after the window opens to show its editor,
# charts and jobs' results: raise it on a loaded machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PRODUCT="$ROOT/releng/io.streamwise.product/target/products/io.streamwise.product/linux/gtk/x86_64/streamwise"
OUT="$ROOT/docs/screenshots"
. "$ROOT/releng/find-jdk.sh"
streamwise_find_jdk || exit 1
[ -x "$PRODUCT/streamwise" ] || { echo "screenshots: build the product first (./streamwise help builds it)" >&2; exit 1; }
for tool in xvfb-run xwininfo import convert; do
  command -v "$tool" > /dev/null || { echo "screenshots: $tool is missing" >&2; exit 1; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ws="$tmp/workspace"
demo="$ws/demo"
mkdir -p "$demo" "$OUT"

. "$ROOT/releng/demo-workspace.sh"
demo_project "$PRODUCT" "$demo"
# a stream experiment (File > New > Stream Experiment's starter: MOA random-tree concepts with an abrupt drift, three
# learners, ADWIN), run once headless so that its learning curves exist
cat > "$demo/drift.experiment" <<'XMI'
<?xml version="1.0" encoding="UTF-8"?>
<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
      xmlns:experiment="http://streamwise.io/model/experiment/1.0"
      id="drift" name="Random-tree concepts with an abrupt drift at 10000" seed="1">
  <algorithms algorithmId="moa" label="HoeffdingTree">
    <settings key="learner" value="trees.HoeffdingTree"/>
  </algorithms>
  <algorithms algorithmId="moa" label="HoeffdingAdaptiveTree">
    <settings key="learner" value="trees.HoeffdingAdaptiveTree"/>
  </algorithms>
  <algorithms algorithmId="moa" label="NaiveBayes">
    <settings key="learner" value="bayes.NaiveBayes"/>
  </algorithms>
  <metrics>accuracy</metrics>
  <stream source="GENERATOR" generator="ConceptDriftStream" instances="20000" curveEvery="500" driftDetector="ADWIN">
    <generatorOptions key="stream" value="generators.RandomTreeGenerator -r 1"/>
    <generatorOptions key="driftstream" value="generators.RandomTreeGenerator -r 2"/>
    <generatorOptions key="position" value="10000"/>
    <generatorOptions key="width" value="1"/>
  </stream>
</experiment:Experiment>
XMI
"$PRODUCT/streamwise" run "$demo/drift.experiment" --out "$demo/drift.results" > /dev/null
# a file to import, outside the workspace: the simulated events with other column names, semicolons and two bad rows
awk -F, 'BEGIN { OFS = ";" }
  NR == 1 { print "user_id", "live_id", "product_id", "action", "ts", "price"; next }
  NR == 4 { $5 = "yesterday at noon" }
  NR == 9 { $4 = "wishlist" }
  NR <= 400 { print $1, $2, $3, $4, $5, $6 }' "$demo/data/events.csv" > "$tmp/orders.csv"

# shot <name> <workbench options...>: starts the workbench on the demo (--open FILE opens an editor, --import FILE the
# import wizard, --show-view ID a view, --select FILE selects it in the Project Explorer, --maximize maximizes the
# active editor), waits for its window and then SCREENSHOT_WAIT seconds, and captures the window
shot() {
  local name="$1"
  shift
  if [ ${#only[@]} -gt 0 ] && [[ " ${only[*]} " != *" $name "* ]]; then
    return 0
  fi
  xvfb-run -a -s "-screen 0 1280x860x24" bash -c '
    out="$3"
    STREAMWISE_WORKSPACE="$1" "$2/streamwise" gui "${@:5}" > "$out.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 600); do
      sleep 1
      id=$(xwininfo -root -tree | grep -E "\"Streamwise ?\": \(\"Streamwise\"" \
        | grep -E " ([6-9][0-9]{2}|[0-9]{4,})x[0-9]{3,}\+" | awk "NR == 1 { print \$1 }")
      if [ -n "$id" ]; then
        # Xvfb starts the pointer in the middle of the screen, where it rests on a chart and its hover tooltip
        # covers part of it: put the pointer in the corner (xdotool, when installed: apt-get install xdotool)
        command -v xdotool > /dev/null && xdotool mousemove 1279 859
        sleep "$4" # the editor opens after the window; charts and statistics render in jobs
        # the dialog of --import is a window of its own: the whole screen then
        if grep -q -- "--import" <<< "${*:5}"; then import -window root "$out.png"; else import -window "$id" "$out.png"; fi
        # the product script restarts Java after Switch Workspace and does not exec it: end Java itself
        kill $(pgrep -P $pid java) $pid 2>/dev/null
        exit 0
      fi
    done
    kill $pid; cat "$out.log" >&2; exit 1' _ "$ws" "$PRODUCT" "$tmp/$name" "${SCREENSHOT_WAIT:-10}" "$@"
  # small PNGs for the repository: palette colours, no metadata
  convert "$tmp/$name.png" -strip -colors 128 "PNG8:$OUT/$name.png"
  echo "screenshots: $OUT/$name.png"
}

only=("$@")
shot experiment-editor --open "$demo/demo.experiment"
shot results-editor --open "$demo/demo.results/results.json"
# the rest of what results.json knows: evaluated units, segments, significance with the critical-difference diagram,
# ROC, precision-recall and calibration curves of the conversion models, costs
shot results-details --open "$demo/demo.results/results.json" --maximize
shot catalog-editor --open "$demo/shop.catalog"
# --open makes sure that the demo project is open: the workspace of a killed workbench may restore it closed
shot import-wizard --open "$demo/demo.experiment" --import "$tmp/orders.csv"
shot stream-experiment --open "$demo/drift.experiment"
shot stream-results --open "$demo/drift.results/results.json" --maximize
shot csv-table --open "$demo/data/events.csv"
shot dataset-view --open "$demo/demo.experiment" --show-view io.streamwise.ui.experiments.dataset --select "$demo/data"
# issue 14 drill-down: the Drill-down view, shown by itself, takes the active results' first per-viewer metric (box
# plots, histogram, viewers worst first). Not scripted: a viewer's page, which needs a double-click inside the view
shot drill-down --open "$demo/demo.results/results.json" --show-view io.streamwise.ui.experiments.drilldown
