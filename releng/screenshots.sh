#!/usr/bin/env bash
# Screenshots of the workbench for the README, written to docs/screenshots/. Needs the built product (./streamwise
# builds it), xvfb-run, xwininfo and ImageMagick. Each screen is one start of the product under its own virtual display:
#   releng/screenshots.sh
# The demo project is simulated data (small preset) with an experiment run once headless, so the results exist.
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

"$PRODUCT/streamwise" simulate --preset small --seed 1 --out "$demo/data" > /dev/null
cat > "$demo/demo.experiment" <<'XMI'
<?xml version="1.0" encoding="UTF-8"?>
<experiment:Experiment xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
    xmlns:experiment="http://streamwise.io/model/experiment/1.0"
    id="demo" name="Demo: built-ins on simulated live commerce" formatVersion="1.0" seed="1">
  <dataset kind="CSV" location="data"/>
  <protocol kind="TEMPORAL" trainRatio="0.8" folds="1">
    <options key="relevant" value="purchase"/>
    <options key="excludeSeen" value="true"/>
  </protocol>
  <algorithms algorithmId="pop" label="pop"/>
  <algorithms algorithmId="random" label="random"/>
  <algorithms algorithmId="moa.naive-bayes" label="naive-bayes"/>
  <algorithms algorithmId="base-rate" label="base-rate"/>
  <metrics>recall@5</metrics>
  <metrics>recall@10</metrics>
  <metrics>recall@20</metrics>
  <metrics>ndcg@10</metrics>
  <metrics>auc</metrics>
  <metrics>logloss</metrics>
</experiment:Experiment>
XMI
cat > "$demo/shop.catalog" <<'XMI'
<?xml version="1.0" encoding="UTF-8"?>
<catalog:Catalog xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xmlns:catalog="http://streamwise.io/model/catalog/1.0" name="Knowledge shop" currency="CNY" formatVersion="1.0">
  <products xsi:type="catalog:Course" id="c1" name="Budgeting basics" price="199.0" lessons="12" durationHours="6.0"/>
  <products xsi:type="catalog:Consultation" id="k1" name="One-to-one money review" price="499.0" durationMinutes="45" oneToOne="true"/>
  <products xsi:type="catalog:Membership" id="m1" name="Saver's club" price="39.0" periodDays="30" recurring="true"/>
  <products xsi:type="catalog:EBook" id="e1" name="The frugal kitchen" price="29.0" pages="180"/>
  <categories id="finance" name="Personal finance"/>
  <creators id="a1" name="Lin"/>
</catalog:Catalog>
XMI
"$PRODUCT/streamwise" run "$demo/demo.experiment" --out "$demo/demo.results" > /dev/null
# a file to import, outside the workspace: the simulated events with other column names, semicolons and two bad rows
awk -F, 'BEGIN { OFS = ";" }
  NR == 1 { print "user_id", "live_id", "product_id", "action", "ts", "price"; next }
  NR == 4 { $5 = "yesterday at noon" }
  NR == 9 { $4 = "wishlist" }
  NR <= 400 { print $1, $2, $3, $4, $5, $6 }' "$demo/data/events.csv" > "$tmp/orders.csv"

# shot <name> <workbench options...>: starts the workbench on the demo (--open FILE opens an editor, --import FILE the
# import wizard), waits for its window and the editor or wizard, captures it
shot() {
  local name="$1"
  shift
  xvfb-run -a -s "-screen 0 1280x860x24" bash -c '
    out="$3"
    STREAMWISE_WORKSPACE="$1" "$2/streamwise" gui "${@:4}" > "$out.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 90); do
      sleep 1
      if xwininfo -root -tree | grep -E "\"Streamwise ?\": \(\"Streamwise\"" | grep -qE " ([6-9][0-9]{2}|[0-9]{4,})x[0-9]{3,}\+"; then
        sleep 8   # the editor opens after the window; charts and statistics render in jobs
        import -window root "$out.png"
        kill $pid
        exit 0
      fi
    done
    kill $pid; cat "$out.log" >&2; exit 1' _ "$ws" "$PRODUCT" "$tmp/$name" "$@"
  # small PNGs for the repository: palette colours, no metadata
  convert "$tmp/$name.png" -strip -colors 128 "PNG8:$OUT/$name.png"
  echo "screenshots: $OUT/$name.png"
}

shot experiment-editor --open "$demo/demo.experiment"
shot results-editor --open "$demo/demo.results/results.json"
shot catalog-editor --open "$demo/shop.catalog"
# --open makes sure that the demo project is open: the workspace of a killed workbench may restore it closed
shot import-wizard --open "$demo/demo.experiment" --import "$tmp/orders.csv"
