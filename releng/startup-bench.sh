#!/usr/bin/env bash
# Start-up of the command line, as a whole process (docs/benchmarks.md, "Start-up"): median wall time of N runs of
#   help, --version, a usage error, algorithms, and an ItemKNN comparison on an ML-100K-shaped u1 split
# through ./streamwise (the checkout's script) and through the product's own launcher script, and, for comparison in
# the same run, the way the product started before (java -Xmx4g -jar the Equinox launcher with the workbench's
# configuration, no class-data sharing).
#   releng/startup-bench.sh [RUNS]          RUNS defaults to 5; needs the built product (./streamwise builds it)
# The u1 split is synthetic (943 viewers, 1,682 items, 80,000 training and 20,000 test ratings, 459 test viewers,
# Zipf-like item popularity; seeded): the shape of MovieLens-100K's u1, not its data.
set -euo pipefail
RUNS="${1:-5}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PRODUCT="${STREAMWISE_PRODUCT:-$ROOT/releng/io.streamwise.product/target/products/io.streamwise.product/linux/gtk/x86_64/streamwise}"
. "$ROOT/releng/find-jdk.sh"
streamwise_find_jdk || exit 1
[ -x "$PRODUCT/streamwise" ] || { echo "startup-bench: build the product first (./streamwise help builds it)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# the ML-100K-shaped split: tab-separated viewer, item, rating, timestamp; no header
awk -v seed=100 'BEGIN {
  srand(seed); U = 943; I = 1682; N = 100000
  for (u = 0; u < U; u++) { raw[u] = 1 / (1 - rand()) ^ (1 / 1.2); s += raw[u] }
  for (u = 0; u < U; u++) { deg[u] = 20 + int((N - 20 * U) * raw[u] / s); if (deg[u] > 737) deg[u] = 737; t += deg[u] }
  while (t < N) { deg[int(rand() * U)]++; t++ }
  for (r = 0; r < I; r++) { w = 1 / (r + 10) ^ 1.1; tot += w; cum[r] = tot }
  for (u = 0; u < U; u++) {
    delete got; n = 0
    while (n < deg[u]) {
      x = rand() * tot; lo = 0; hi = I - 1
      while (lo < hi) { mid = int((lo + hi) / 2); if (cum[mid] < x) lo = mid + 1; else hi = mid }
      if (!(lo in got)) { got[lo] = 1; n++; print u + 1 "\t" lo + 1 "\t" int(rand() * 5) + 1 "\t" 874724710 + int(rand() * 10000000) }
    }
  }
}' > "$tmp/all.tsv"
# 20,000 test ratings drawn from the first 459 viewers' ratings, the rest for training
awk -F '\t' -v seed=7 'BEGIN { srand(seed) } $1 <= 459 { print rand() "\t" NR }' "$tmp/all.tsv" | sort -n | awk 'NR <= 20000' \
  | cut -f 2 | sort -n > "$tmp/test-rows"
awk 'NR == FNR { test[$1] = 1; next } { print > (FNR in test ? T : B) }' T="$tmp/u1.test" B="$tmp/u1.base" \
  "$tmp/test-rows" "$tmp/all.tsv"

COMPARE=(compare --train "$tmp/u1.base" --test "$tmp/u1.test" --separator tab --no-header
  --columns viewer,item,value,timestamp --default-type rate --raw-ids --algorithms itemknn --metrics ndcg@10)

# the product's start before this change: the workbench's configuration, the Equinox launcher jar, no CDS
before() {
  local launcher
  launcher=$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar | sed -n 1p)
  "$JAVA_HOME/bin/java" -Xmx4g -Djava.awt.headless=true -jar "$launcher" -install "$PRODUCT" \
    -application io.streamwise.headless.app -data @none -noSplash -consoleLog "$@"
}
checkout() { "$ROOT/streamwise" "$@"; }
# ./streamwise rebuilds a product older than the sources: then its column is left out rather than timing a build
if [ "$PRODUCT" != "$ROOT/releng/io.streamwise.product/target/products/io.streamwise.product/linux/gtk/x86_64/streamwise" ] \
  || [ -n "$(cd "$ROOT" && find bundles features target-platform releng/io.streamwise.product pom.xml \
    \( -name target -o -name bin \) -prune -o -type f -newer "$PRODUCT/configuration/config.ini" -print -quit)" ]; then
  echo "startup-bench: the product is not the checkout's current build: ./streamwise is not timed" >&2
  checkout() { return 0; }
  skip_checkout=1
fi
product() { "$PRODUCT/streamwise" "$@"; }

# "WALL CPU": median seconds of RUNS runs of a command, wall time and CPU time (user + system, of the whole process
# tree: less sensitive to other load than wall time); output discarded; a run that exits with another code than
# expected stops the benchmark
TIMEFORMAT="%R %U %S"
median() {
  local expected="$1"
  shift
  local i rc
  : > "$tmp/times"
  for ((i = 0; i < RUNS; i++)); do
    set +e
    # bash's own time: it times shell functions too, and counts every process the command waited for
    { time "$@" > /dev/null 2> "$tmp/err"; rc=$?; } 2> "$tmp/time"
    set -e
    if [ "$rc" -ne "$expected" ]; then
      cat "$tmp/err" >&2
      echo "startup-bench: '$*' exited with $rc, expected $expected" >&2
      exit 1
    fi
    rm -rf "$tmp/out"
    tail -n 1 "$tmp/time" >> "$tmp/times"
  done
  local mid='{ t[NR] = $1 } END { printf "%.2f", (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'
  echo "$(awk '{ print $1 }' "$tmp/times" | sort -n | awk "$mid")/$(awk '{ print $2 + $3 }' "$tmp/times" | sort -n | awk "$mid")"
}

echo "startup-bench: $(date -u +%FT%TZ), $(nproc) cores, Java $("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 1p)"
echo "load before: $(uptime)"
# one run of each first: writes the headless configuration and the framework's caches (the product maps the
# class-data-sharing archives made when it was built, cds/*.aot or *.jsa; a product without them, or whose archives
# do not fit this JDK, writes its own, cds/*-local.jsa, on these runs)
for how in checkout product before; do
  "$how" help > /dev/null
  "$how" algorithms > /dev/null
  "$how" "${COMPARE[@]}" --out "$tmp/out" > /dev/null 2>&1
  rm -rf "$tmp/out"
done
for name in help algorithms headless; do
  if [ -e "$PRODUCT/cds/$name-local.jsa" ] || [ ! -e "$PRODUCT/cds/$name.stamp" ]; then
    echo "class-data sharing: the product does not use a built archive for $name (none, or made with another JDK or other jars)"
  else
    kind=jsa
    [ -s "$PRODUCT/cds/$name.aot" ] && kind=aot
    echo "class-data sharing: the product maps its built archive cds/$name.$kind"
  fi
done
printf '%-44s %12s %12s %12s\n' "median of $RUNS runs: wall/CPU seconds" ./streamwise product before
row() {
  local name="$1" expected="$2"
  shift 2
  local co="-"
  [ -z "${skip_checkout:-}" ] && co=$(median "$expected" checkout "$@")
  printf '%-44s %12s %12s %12s\n' "$name" "$co" "$(median "$expected" product "$@")" \
    "$(median "$expected" before "$@")"
}
row "help" 0 help
row "--version" 0 --version
row "a usage error (unknown command)" 2 no-such-command
row "algorithms" 0 algorithms
row "compare: ItemKNN on the ML-100K-shaped u1" 0 "${COMPARE[@]}" --out "$tmp/out"
echo "load after: $(uptime)"
