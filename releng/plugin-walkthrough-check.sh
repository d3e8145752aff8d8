#!/usr/bin/env bash
# Follows docs/plugins.md literally: writes every file the walk-through shows under a caption naming its path
# (`plugins/...`), and runs every ```sh block, in the order of the document, from the root of this checkout. So the
# SDK is installed into the local Maven repository (as step 1 says; set MAVEN_ARGS=-Dmaven.repo.local=DIR to use
# another one), the example plugin and its conformance tests are built, the jar is dropped into the product,
# listed and used in an experiment. Afterwards it removes what it added (plugins/..., the dropped-in jar,
# out/trending). About 2-3 minutes once the product is built (it is built first when missing).
#   releng/plugin-walkthrough-check.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DOC=docs/plugins.md
PRODUCT=releng/io.streamwise.product/target/products/io.streamwise.product/linux/gtk/x86_64/streamwise
JAR=com.example.trending-1.0.0-SNAPSHOT.jar

for p in plugins/com.example.trending plugins/com.example.trending.tests plugins/pom.xml \
  plugins/trending.experiment out/trending "$PRODUCT/dropins/$JAR"; do
  if [ -e "$p" ]; then
    echo "plugin-walkthrough-check: $p exists already; move it away first (this check removes what it makes)" >&2
    exit 1
  fi
done
had_plugins=$([ -d plugins ] && echo yes || echo no)
had_dropins=$([ -d "$PRODUCT/dropins" ] && echo yes || echo no)
had_out=$([ -d out ] && echo yes || echo no)
LOG=$(mktemp /tmp/plugin-walkthrough.XXXXXX.log)
cleanup() {
  rm -rf plugins/com.example.trending plugins/com.example.trending.tests plugins/pom.xml \
    plugins/trending.experiment out/trending "$PRODUCT/dropins/$JAR"
  [ "$had_plugins" = no ] && rmdir plugins 2>/dev/null || true
  [ "$had_dropins" = no ] && rmdir "$PRODUCT/dropins" 2>/dev/null || true
  [ "$had_out" = no ] && rmdir out 2>/dev/null || true
}
trap cleanup EXIT

echo "plugin-walkthrough-check: the product (./streamwise help builds it when missing); log: $LOG"
./streamwise help >> "$LOG" 2>&1

start=$SECONDS
caption="" in_block="" lang="" block="" steps=0 prev_blank=yes
while IFS= read -r line || [ -n "$line" ]; do
  if [ -z "$in_block" ]; then
    if [[ $line =~ ^\`\`\`([a-z]*)$ ]]; then
      in_block=yes lang=${BASH_REMATCH[1]} block=""
    elif [ -n "$line" ] && [ "$prev_blank" = yes ]; then
      # a paragraph that starts with `plugins/PATH` is the caption of the block after it
      caption=""
      [[ $line =~ ^\`(plugins/[^\`]+)\` ]] && caption=${BASH_REMATCH[1]}
    fi
    prev_blank=$([ -z "$line" ] && echo yes || echo no)
    continue
  fi
  if [ "$line" != '```' ]; then
    block+="$line"$'\n'
    continue
  fi
  in_block=""
  if [ "$lang" = sh ]; then
    steps=$((steps + 1))
    echo "plugin-walkthrough-check: running: $(head -1 <<< "$block")$([ "$(wc -l <<< "$block")" -gt 2 ] && echo ' ...')"
    out=$(mktemp)
    if ! (bash -euo pipefail -c "$block") > "$out" 2>&1; then
      cat "$out" >> "$LOG"
      tail -40 "$out" >&2
      echo "plugin-walkthrough-check: FAILED: this block of $DOC:" >&2
      printf '%s' "$block" >&2
      exit 1
    fi
    cat "$out" >> "$LOG"
    if grep -q 'streamwise algorithms' <<< "$block" && ! grep -q '^com\.example\.trending ' "$out"; then
      echo "plugin-walkthrough-check: FAILED: ./streamwise algorithms does not list com.example.trending" >&2
      exit 1
    fi
    if grep -q 'plugins/pom.xml' <<< "$block" && ! grep -Eq 'Tests run: [1-9][0-9]*, Failures: 0, Errors: 0' "$out"; then
      echo "plugin-walkthrough-check: FAILED: the conformance tests did not run and pass" >&2
      exit 1
    fi
    rm -f "$out"
  elif [ -n "$caption" ]; then
    mkdir -p "$(dirname "$caption")"
    printf '%s' "$block" > "$caption"
  fi
  caption=""
done < "$DOC"

[ -f plugins/com.example.trending.tests/src/com/example/trending/tests/TrendingConformanceTest.java ] || {
  echo "plugin-walkthrough-check: FAILED: $DOC no longer shows the files this check expects" >&2
  exit 1
}
echo "plugin-walkthrough-check: $steps command blocks of $DOC ran in $((SECONDS - start)) s: 1 passed, 0 failed"
rm -f "$LOG"
