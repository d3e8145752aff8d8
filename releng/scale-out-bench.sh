#!/usr/bin/env bash
# The Flink engine's speed-up from parallelism 1 to 2 on a grid of 24 long cells (docs/scale-out.md, "A grid whose
# cells are long"). Needs the product and the engine built:
#   ./mvnw -B -DskipTests verify -pl releng/io.streamwise.product,releng/io.streamwise.flink -am
# Usage: releng/scale-out-bench.sh [EXPERIMENT] [embedded]
#   EXPERIMENT  default examples/scale-out/grid24-long.experiment
#   embedded    also time the embedded run (the fixed overhead of Flink is flink-local p1 minus embedded)
# Prints the load, each run's wall and CPU seconds, checks results.csv is the same bytes for every run and prints the
# speed-up (wall at parallelism 1 / wall at parallelism 2). A run of the small grid comes first, untimed, so that every
# timed run finds what a first run makes: the product's caches and the Flink child's AOT cache (the engine folder's
# cds/, written by the first flink-local run after the engine is built); without it the first timed run paid for them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
GRID="${1:-$ROOT/examples/scale-out/grid24-long.experiment}"
OUT="${TMPDIR:-/tmp}/scale-out-bench"
rm -rf "$OUT"
mkdir -p "$OUT"
runs=("flink-local 1" "flink-local 2")
[ "${2:-}" = embedded ] && runs=("embedded 1" "${runs[@]}")
"$ROOT/streamwise" run "$ROOT/examples/scale-out/small.experiment" --out "$OUT/warm-up" --engine flink-local \
  --parallelism 1 >"$OUT/warm-up.log" 2>&1 || {
  echo "the warm-up run failed:" >&2
  tail -5 "$OUT/warm-up.log" >&2
  exit 1
}
echo "load before: $(uptime)"
for run in "${runs[@]}"; do
  set -- $run
  engine=$1 p=$2
  args=(--engine "$engine")
  [ "$engine" != embedded ] && args+=(--parallelism "$p")
  /usr/bin/time -o "$OUT/$engine-$p.time" -f "%e %U %S" \
    "$ROOT/streamwise" run "$GRID" --out "$OUT/$engine-$p" "${args[@]}" >"$OUT/$engine-$p.log" 2>&1 || {
    echo "$engine at parallelism $p failed:" >&2
    tail -5 "$OUT/$engine-$p.log" >&2
    exit 1
  }
  read -r wall user sys <"$OUT/$engine-$p.time"
  echo "$engine parallelism $p: $wall s wall, $user s user, $sys s sys ($(uptime | sed 's/.*load/load/'))"
done
for run in "${runs[@]:1}"; do
  set -- $run
  cmp "$OUT/${runs[0]// /-}/results.csv" "$OUT/$1-$2/results.csv"
done
echo "results.csv identical across the runs"
read -r w1 _ <"$OUT/flink-local-1.time"
read -r w2 _ <"$OUT/flink-local-2.time"
awk -v a="$w1" -v b="$w2" 'BEGIN { printf "speed-up parallelism 1 -> 2: %.2fx (goal 1.7x)\n", a / b }'
