#!/usr/bin/env bash
# Screenshots of `streamwise report` pages for the README and docs/report.md, rendered by headless Chromium (Debian's
# chromium package: sudo apt-get install -y chromium). Needs the built product (./streamwise builds it). Writes
#   docs/screenshots/report-quickstart.png     the quickstart's report (experiment, dataset, protocol, results, charts)
#   docs/screenshots/report-significance.png   a 3-fold comparison of three recommenders: Friedman and CD diagrams
#   docs/screenshots/report-stream.png         a stream experiment with a planted drift: learning curves, drifts
#   docs/screenshots/report-campaign.png       the example campaign's client report: summary, fan, distribution
#   docs/screenshots/report-campaign-levers.png  its scenario comparison and tornado
# Chromium runs offline (no network, every host name unresolvable): what it draws is the page alone.
#   releng/report-screenshots.sh [NAME...]     all, or only those named (quickstart, significance, stream, campaign)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PRODUCT="$ROOT/releng/io.streamwise.product/target/products/io.streamwise.product/linux/gtk/x86_64/streamwise"
OUT="$ROOT/docs/screenshots"
CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
[ -x "$PRODUCT/streamwise" ] || { echo "report-screenshots: build the product first (./streamwise help builds it)" >&2; exit 1; }
[ -n "$CHROMIUM" ] || { echo "report-screenshots: chromium is missing (sudo apt-get install -y chromium)" >&2; exit 1; }
wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=(quickstart significance stream campaign)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$OUT"
# shellcheck source=demo-workspace.sh
. "$ROOT/releng/demo-workspace.sh"

# shot NAME HTML HEIGHT SECTION...: the page at 1280 pixels wide and HEIGHT tall, showing its title and the sections
# named (ids of its <section> elements) only: headless Chromium does not scroll to an anchor before it captures, so a
# copy of the page hides the other sections with one more style rule
shot() {
  local name="$1" html="$2" height="$3" hide
  shift 3
  hide="nav { display: none; } section$(printf ':not(#%s)' "$@") { display: none; }"
  sed "s|</style>|$hide</style>|" "$html" > "$tmp/view.html"
  rm -rf "$tmp/chrome"
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$tmp/chrome" --host-resolver-rules="MAP * ~NOTFOUND" \
    --hide-scrollbars --force-device-scale-factor=1 --window-size="1280,$height" \
    --screenshot="$OUT/$name.png" "file://$tmp/view.html" > "$tmp/chrome.log" 2>&1 \
    || { cat "$tmp/chrome.log" >&2; exit 1; }
  echo "report-screenshots: $OUT/$name.png"
}

for name in "${wanted[@]}"; do
  case "$name" in
  quickstart)
    "$PRODUCT/streamwise" run "$ROOT/examples/quickstart/quickstart.experiment" --out "$tmp/quickstart" > /dev/null
    "$PRODUCT/streamwise" report "$tmp/quickstart" > /dev/null
    shot report-quickstart "$tmp/quickstart/report.html" 1700 results charts ;;
  significance)
    "$PRODUCT/streamwise" compare --data simulator:small --algorithms pop,random,itemknn --protocol kfold:3 \
      --metrics ndcg@5,ndcg@10,ndcg@20,recall@10 --seed 1 --out "$tmp/kfold" > /dev/null
    "$PRODUCT/streamwise" report "$tmp/kfold" > /dev/null
    shot report-significance "$tmp/kfold/report.html" 1500 significance ;;
  stream)
    # the stream experiment of releng/screenshots.sh: MOA random-tree concepts with an abrupt drift at 10000
    drift_experiment "$tmp/drift.experiment" accuracy kappa
    "$PRODUCT/streamwise" run "$tmp/drift.experiment" --out "$tmp/drift" > /dev/null
    "$PRODUCT/streamwise" report "$tmp/drift" > /dev/null
    shot report-stream "$tmp/drift/report.html" 1500 results curves ;;
  campaign)
    "$PRODUCT/streamwise" campaign forecast "$ROOT/examples/campaign/launch.campaign" --scenario all --draws 20000 \
      --out "$tmp/campaign" > /dev/null
    shot report-campaign "$tmp/campaign/report.html" 1500 summary
    shot report-campaign-levers "$tmp/campaign/report.html" 1700 scenarios levers ;;
  *) echo "report-screenshots: no screen '$name' (quickstart, significance, stream, campaign)" >&2; exit 2 ;;
  esac
done
