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

. "$ROOT/releng/demo-workspace.sh"
demo_project "$PRODUCT" "$demo"
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
