#!/usr/bin/env bash
# Measures what running cells in worker processes costs: the quickstart experiment (four built-ins, one fold) with the
# protocol option isolation=process against isolation=inprocess, alternating, RUNS times each (default 3), on the
# built product. Prints each run's wall time and the medians, and checks that both wrote byte-identical results.
#   releng/isolation-overhead.sh [RUNS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-3}"
. "$ROOT/releng/find-jdk.sh" # the JDK the product runs on, for the figure's record
streamwise_find_jdk || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for mode in inprocess process; do
  sed "s|<options key=\"relevant\" value=\"purchase\"/>|&<options key=\"isolation\" value=\"$mode\"/>|" \
    "$ROOT/examples/quickstart/quickstart.experiment" > "$tmp/quickstart-$mode.experiment"
  grep -q "value=\"$mode\"" "$tmp/quickstart-$mode.experiment"
done
"$ROOT/streamwise" algorithms > /dev/null # builds the product when it is missing or stale
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -n 1)"
declare -A times
for run in $(seq 1 "$RUNS"); do
  for mode in inprocess process; do
    start=$(date +%s.%N)
    "$ROOT/streamwise" run "$tmp/quickstart-$mode.experiment" --out "$tmp/out-$mode" > /dev/null 2> "$tmp/$mode.err" \
      || { cat "$tmp/$mode.err" >&2; echo "isolation=$mode failed" >&2; exit 1; }
    t=$(echo "$(date +%s.%N) - $start" | bc)
    times[$mode]+="$t "
    printf 'run %d  isolation=%-9s %6.1f s\n' "$run" "$mode" "$t"
  done
done
for f in results.csv per_unit.csv significance.csv results.tex; do
  cmp -s "$tmp/out-inprocess/$f" "$tmp/out-process/$f" || { echo "$f differs between the two modes" >&2; exit 1; }
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
mi=$(echo "${times[inprocess]}" | median); mp=$(echo "${times[process]}" | median)
printf 'median: inprocess %.1f s, process %.1f s, overhead %.1f s for 4 workers (%.1f s each); results identical\n' \
  "$mi" "$mp" "$(echo "$mp - $mi" | bc)" "$(echo "($mp - $mi) / 4" | bc -l)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
