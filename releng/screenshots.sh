#!/usr/bin/env bash
# Screenshots of the workbench for the README, written to docs/screenshots/. Needs the built product (./streamwise
# builds it), xvfb-run, xwininfo and ImageMagick (xdotool too, to move the pointer off the charts). Each screen is one start of the product under its own virtual display:
#   releng/screenshots.sh [NAME...]        all screens, or only those named (experiment-editor, csv-table, ...)
# The demo project is simulated data (small preset) with an experiment run once headless, so the results exist.
# SCREENSHOT_WAIT (seconds, default 10) is how long a screen may take after the window is painted to show its editor,
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
drift_experiment "$demo/drift.experiment"
"$PRODUCT/streamwise" run "$demo/drift.experiment" --out "$demo/drift.results" > /dev/null
# the same stream a hundred times longer: its editor is shot while its run (gui --run) is still drawing the curves
sed -e 's/id="drift"/id="drift-live"/' -e 's/instances="20000"/instances="2000000"/' \
  -e 's/name="\([^"]*\)"/name="\1 (two million instances)"/' "$demo/drift.experiment" > "$demo/drift-live.experiment"
# the demo experiment run twice more into its run history, with seed 1 and then (edited) seed 2, for the Runs page's
# comparison; the folders are named as the workbench's Run names them (the UTC start); the seed is set back to 1
runs=()
for seed in 1 2; do
  run="$(date -u +%Y-%m-%dT%H-%M-%S)"
  sed -i "s/ seed=\"[0-9]*\"/ seed=\"$seed\"/" "$demo/demo.experiment"
  "$PRODUCT/streamwise" run "$demo/demo.experiment" --out "$demo/demo.runs/$run" > /dev/null
  runs+=("$run")
  sleep 1 # the next run starts in another second
done
sed -i 's/ seed="[0-9]*"/ seed="1"/' "$demo/demo.experiment"
# three folds and three recommenders beside the conversion models: the significance analysis has a Friedman test and a
# critical-difference diagram to show (the demo's single fold has none)
sed -e 's/id="demo"/id="folds"/' -e 's/name="Demo: built-ins/name="Demo, three folds: built-ins/' \
  -e 's/<protocol kind="TEMPORAL" trainRatio="0.8" folds="1">/<protocol kind="KFOLD" trainRatio="0.8" folds="3">/' \
  -e 's|<algorithms algorithmId="random" label="random"/>|&\n  <algorithms algorithmId="itemknn" label="itemknn"/>|' \
  "$demo/demo.experiment" > "$demo/folds.experiment"
"$PRODUCT/streamwise" run "$demo/folds.experiment" --out "$demo/folds.results" > /dev/null
# a file to import, outside the workspace: the simulated events with other column names, semicolons and two bad rows
awk -F, 'BEGIN { OFS = ";" }
  NR == 1 { print "user_id", "live_id", "product_id", "action", "ts", "price"; next }
  NR == 4 { $5 = "yesterday at noon" }
  NR == 9 { $4 = "wishlist" }
  NR <= 400 { print $1, $2, $3, $4, $5, $6 }' "$demo/data/events.csv" > "$tmp/orders.csv"

# shot <name> <workbench options...>: starts the workbench on the demo (--open FILE opens an editor, --import FILE the
# import wizard, --show-view ID a view, --select FILE selects it in the Project Explorer, --maximize maximizes the
# active editor, --run starts its run, --compare A,B compares two of its runs, --expand TITLE opens a section; README,
# "gui"), waits for its window and then SCREENSHOT_WAIT seconds, and captures the window
shot() {
  local name="$1"
  shift
  if [ ${#only[@]} -gt 0 ] && [[ " ${only[*]} " != *" $name "* ]]; then
    return 0
  fi
  # once more when the workbench ended without a window: xvfb-run -a can race another display for its number
  capture "$name" "$@" || { echo "screenshots: $name: once more" >&2 && capture "$name" "$@"; } \
    || { echo "screenshots: $name failed (above)" >&2; return 1; }
  # small PNGs for the repository: palette colours, no metadata
  convert "$tmp/$name.png" -strip -colors 128 "PNG8:$OUT/$name.png"
  echo "screenshots: $OUT/$name.png"
}

capture() {
  local name="$1"
  shift
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
        # on a loaded machine the window is mapped long before it is painted: wait until it is not all black
        for _ in $(seq 1 300); do
          [ "$(import -window "$id" png:- 2>/dev/null | convert png:- -format "%[max]" info: 2>/dev/null)" != 0 ] && break
          sleep 1
        done
        sleep "$4" # the editor opens after the window; charts and statistics render in jobs
        # the dialog of --import is a window of its own: the whole screen then
        if grep -q -- "--import" <<< "${*:5}"; then import -window root "$out.png"; else import -window "$id" "$out.png"; fi
        # the product script restarts Java after Switch Workspace and does not exec it: end Java itself
        kill $(pgrep -P $pid java) $pid 2>/dev/null
        exit 0
      fi
      kill -0 $pid 2>/dev/null || break # it ended without a window (a display that failed to start, say)
    done
    kill $pid 2>/dev/null; cat "$out.log" >&2; exit 1' _ "$ws" "$PRODUCT" "$tmp/$name" "${SCREENSHOT_WAIT:-10}" "$@"
}

only=("$@")
shot experiment-editor --open "$demo/demo.experiment"
shot results-editor --open "$demo/demo.results/results.json"
# the rest of what results.json knows: evaluated units, segments, significance with the critical-difference diagram,
# ROC, precision-recall and calibration curves of the conversion models, costs
shot results-details --open "$demo/demo.results/results.json" --maximize
# the significance section opened (--expand): the critical-difference diagrams of the run over three folds
shot results-significance --open "$demo/folds.results/results.json" --maximize --expand Significance
shot catalog-editor --open "$demo/shop.catalog"
# --open makes sure that the demo project is open: the workspace of a killed workbench may restore it closed
shot import-wizard --open "$demo/demo.experiment" --import "$tmp/orders.csv"
# while the run goes on: the curves so far (the learners take their turns) with a marker per drift detected, Cancel
# enabled, the final table still empty
shot stream-experiment --open "$demo/drift-live.experiment" --maximize --run
# the Runs page: the two runs selected and compared, the changes coloured
shot runs-comparison --open "$demo/demo.experiment" --maximize --compare "${runs[0]},${runs[1]}"
shot stream-results --open "$demo/drift.results/results.json" --maximize
shot csv-table --open "$demo/data/events.csv"
shot dataset-view --open "$demo/demo.experiment" --show-view io.streamwise.ui.experiments.dataset --select "$demo/data"
# issue 14 drill-down: the Drill-down view, shown by itself, takes the active results' first per-viewer metric (box
# plots, histogram, viewers worst first)
shot drill-down --open "$demo/demo.results/results.json" --show-view io.streamwise.ui.experiments.drilldown
# a viewer's page (pop's worst viewer for recall@10: training history, top-K with hits, true interests and
# probabilities) and a session row's page of the conversion models (features, each model's probability), as the
# double-clicks in the view open them (gui --drill-down)
shot drill-down-viewer --open "$demo/demo.results/results.json" --drill-down "recall@10,pop,first"
shot drill-down-session --open "$demo/demo.results/results.json" --drill-down "logloss,naive-bayes,first"
# issue 15: the Campaign editor on the example campaign, its funnel page (rates with their distributions) and its
# forecast page (the forecast job runs when the page opens: SCREENSHOT_WAIT must cover it)
cp "$ROOT/examples/campaign/launch.campaign" "$demo/launch.campaign"
shot campaign-funnels --open "$demo/launch.campaign" --maximize --page funnels
shot campaign-forecast --open "$demo/launch.campaign" --maximize --page forecast
# issue 16: the A/B test editor's Design page on the pinned-offer example (the plan as the fields give it), its looks
# set to every other day; then its Analysis page (gui --run: Analyse, as the button does) on a planted event log beside
# the test, named like it (the page takes pinned-offer.csv as its log): 24,000 viewers over 14 days alternating between
# the arms, control buying at 5 %, pinned at 7 % (a viewer buys when a fixed hash of its number falls below the rate),
# revenue 20 or 25 per purchase, a pre-period count that buyers have more of
cp "$ROOT/examples/abtest/pinned-offer.abtest" "$demo/pinned-offer.abtest"
sed -i 's|<monitoring kind="SEQUENTIAL" sequentialMethod="MSPRT"/>|<monitoring kind="SEQUENTIAL" sequentialMethod="MSPRT">\n    <lookTimes>2.0</lookTimes>\n    <lookTimes>4.0</lookTimes>\n    <lookTimes>6.0</lookTimes>\n    <lookTimes>8.0</lookTimes>\n    <lookTimes>10.0</lookTimes>\n    <lookTimes>12.0</lookTimes>\n    <lookTimes>14.0</lookTimes>\n  </monitoring>|' \
  "$demo/pinned-offer.abtest"
awk 'BEGIN {
  print "viewer,stream,item,type,timestamp,value,variant,pre_purchases"
  n = 24000
  for (v = 0; v < n; v++) {
    arm = v % 2 ? "pinned" : "control"
    h = (v * 7919 + int(v / 2) * 104729) % 1000
    buys = arm == "pinned" ? h < 70 : h < 50
    t = 1780000000 + int(v * 14 / n) * 86400 + v
    pre = buys ? (h % 3) + 1 : h % 2
    printf "v%d,s%d,i1,view,%d,,%s,%d\n", v, v % 40, t, arm, pre
    if (buys) printf "v%d,s%d,i1,purchase,%d,%d,%s,%d\n", v, v % 40, t + 60, h % 2 ? 25 : 20, arm, pre
  }
}' > "$demo/pinned-offer.csv"
shot abtest-design --open "$demo/pinned-offer.abtest" --maximize --page design
shot abtest-analysis --open "$demo/pinned-offer.abtest" --maximize --run
