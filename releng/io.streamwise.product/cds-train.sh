#!/usr/bin/env bash
# Makes the class-data-sharing archives the product's script maps (cds/NAME.aot, or cds/NAME.jsa, with cds/NAME.stamp
# saying which JDK and jars they belong to), run by Maven once the product is materialised and before it is archived.
# Each holds the classes one representative run loaded (docs/benchmarks.md, "Start-up, sixth session"):
#   help        `streamwise help` (help, --version and usage errors, answered without the framework)
#   algorithms  `streamwise algorithms`
#   headless    every other command: a small comparison of ItemKNN, UserKNN, popularity, EASE and BPR on a
#               tab-separated train/test split (the CSV import, the framework, the algorithm registry, the
#               experiment runner, the metrics and the results writer)
# With JDK 25 or newer an AOT cache (-XX:AOTCacheOutput: the classes loaded and linked, and method profiles), which
# used 8-15 % less CPU than a dynamic archive; a dynamic archive (-XX:ArchiveClassesAtExit) with older JDKs or when
# making the AOT cache failed (Temurin 25.0.3 crashed making one of an older product). About 30 s of CPU.
# The unsigned copies of the signed jars (unsigned/, on the archives' class path) are made here too; the framework's
# caches of the training runs (configuration-headless/, which names this folder by absolute paths) are removed.
#   cds-train.sh PRODUCT_DIR
set -euo pipefail
PRODUCT="$1"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sw() { "$PRODUCT/streamwise" "$@"; }
rm -rf "$PRODUCT/cds" "$PRODUCT/configuration-headless" "$PRODUCT/unsigned"

# a small split of the shape of MovieLens' u1 (viewer, item, rating, timestamp; seeded): 300 viewers, 400 items
awk -v seed=11 -v T="$tmp/small.test" -v B="$tmp/small.base" 'BEGIN {
  srand(seed)
  for (r = 0; r < 400; r++) { w = 1 / (r + 10) ^ 1.1; tot += w; cum[r] = tot }
  for (u = 1; u <= 300; u++) {
    delete got; n = 0; want = 8 + int(rand() * 25)
    while (n < want) {
      x = rand() * tot; lo = 0; hi = 399
      while (lo < hi) { mid = int((lo + hi) / 2); if (cum[mid] < x) lo = mid + 1; else hi = mid }
      if (!(lo in got)) {
        got[lo] = 1; n++
        print u "\t" lo + 1 "\t" int(rand() * 5) + 1 "\t" 874724710 + int(rand() * 10000000) > (u <= 150 && n % 5 == 0 ? T : B)
      }
    }
  }
}'

# the first start writes the unsigned copies and the headless configuration, and Equinox restarts once on a new
# configuration: not the run to archive
STREAMWISE_CDS=off sw algorithms > /dev/null
# train NAME COMMAND...: the AOT cache, else the dynamic archive; the AOT cache is made by a second JVM at the end of
# the run, which reports a failure on standard output and leaves an empty file
train() {
  local name="$1"
  shift
  rm -rf "$tmp/out"
  STREAMWISE_CDS=train sw "$@" > "$tmp/train.log" 2>&1 || { cat "$tmp/train.log" >&2; exit 1; }
  if [ ! -s "$PRODUCT/cds/$name.aot" ]; then
    [ -e "$PRODUCT/cds/$name.aot" ] && echo "cds-train: no AOT cache for $name; a dynamic archive instead: $(grep -m 1 -i 'error' "$tmp/train.log")" >&2
    rm -f "$PRODUCT/cds/$name.aot"
    rm -rf "$tmp/out"
    STREAMWISE_CDS=train-cds sw "$@" > /dev/null
  fi
  [ -s "$PRODUCT/cds/$name.aot" ] || [ -s "$PRODUCT/cds/$name.jsa" ] \
    || { echo "cds-train: no class-data-sharing archive for $name was written" >&2; exit 1; }
  [ -s "$PRODUCT/cds/$name.stamp" ] || { echo "cds-train: no cds/$name.stamp was written" >&2; exit 1; }
}
train help help
train algorithms algorithms
train headless compare --train "$tmp/small.base" --test "$tmp/small.test" --separator tab --no-header \
  --columns viewer,item,value,timestamp --default-type rate --raw-ids --algorithms pop,itemknn,userknn,ease,bpr \
  --metrics ndcg@10,recall@10 --seed 1 --out "$tmp/out"
rm -rf "$PRODUCT/configuration-headless"
# readable by every user of a shared installation (the copies are written with the owner's rights only)
chmod a+r "$PRODUCT"/unsigned/*.jar "$PRODUCT"/cds/*
ls -l "$PRODUCT/cds"
