#!/usr/bin/env bash
# Installing a plugin from a p2 repository (issue 13): on a copy of the product, p2's own publisher makes a repository
# of a small plugin and its feature, served over HTTP by the JDK's jwebserver on the loopback interface;
# 'plugins install' puts it into the product's p2 profile, a second install from the folder says it is already
# installed, 'plugins list' shows it, 'algorithms' lists its algorithms on the next start, 'plugins remove' takes it
# out again; a missing repository folder, an unreachable URL, a feature the repository lacks and a
# feature whose bundle is missing fail with their reason, naming the repository and the feature.
#   p2-install-test.sh PRODUCT_DIR
set -euo pipefail
PRODUCT="$1"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp=$(mktemp -d)
server=""
trap '[ -z "$server" ] || kill "$server" 2>/dev/null; [ -n "${KEEP_TMP:-}" ] || rm -rf "$tmp"' EXIT
fail() { echo "P2 INSTALL TEST FAILED: $*" >&2; exit 1; }
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAVAC="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
JAR="${JAVA_HOME:+$JAVA_HOME/bin/}jar"
JWEBSERVER="${JAVA_HOME:+$JAVA_HOME/bin/}jwebserver"

# a copy, so that the built product's profile stays as built
cp -r "$PRODUCT" "$tmp/product"
rm -rf "$tmp/product/dropins"/*
COPY="$tmp/product"
sw() { "$COPY/streamwise" "$@"; }

# the plugin (the smoke test's faulty plugin: three recommenders smoke.exit, smoke.halt, smoke.oom; only listed here)
# and two features: one with it, one needing a bundle that is nowhere
mkdir -p "$tmp/classes" "$tmp/source/plugins" "$tmp/source/features/smoke.p2.feature" \
  "$tmp/source/features/smoke.p2.broken.feature"
api_jar=$(ls "$COPY"/plugins/io.streamwise.api_*.jar | head -n 1)
"$JAVAC" --release 21 -nowarn -d "$tmp/classes" -cp "$api_jar" "$HERE/faulty-plugin/src/smoke/faulty/Faulty.java" \
  || fail "the test plugin did not compile"
"$JAR" --create --file "$tmp/source/plugins/smoke.faulty_1.0.0.jar" --manifest "$HERE/faulty-plugin/META-INF/MANIFEST.MF" \
  -C "$tmp/classes" . -C "$HERE/faulty-plugin" OSGI-INF
cat > "$tmp/source/features/smoke.p2.feature/feature.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<feature id="smoke.p2.feature" label="Smoke test plugin" version="1.0.0">
   <plugin id="smoke.faulty" version="1.0.0" unpack="false"/>
</feature>
XML
cat > "$tmp/source/features/smoke.p2.broken.feature/feature.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<feature id="smoke.p2.broken.feature" label="Smoke test plugin with a missing bundle" version="1.0.0">
   <plugin id="smoke.absent" version="2.0.0" unpack="false"/>
</feature>
XML
# p2's publisher from the product's own bundles, with a configuration and a p2 area of its own: sharing the product's
# configuration would make p2 treat the product as a shared installation and split its profile
"$JAVA" -Declipse.p2.data.area="$tmp/publisher-p2" \
  -jar "$(ls "$COPY"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)" -install "$COPY" \
  -configuration "$tmp/publisher-configuration" -data @none -noSplash -consoleLog \
  -application org.eclipse.equinox.p2.publisher.FeaturesAndBundlesPublisher \
  -metadataRepository "file:$tmp/repository" -artifactRepository "file:$tmp/repository" -source "$tmp/source" \
  -publishArtifacts > "$tmp/publish.log" 2>&1 || { cat "$tmp/publish.log" >&2; fail "p2's publisher failed"; }
[ -f "$tmp/repository/content.xml" ] || [ -f "$tmp/repository/content.jar" ] \
  || { cat "$tmp/publish.log" >&2; fail "p2's publisher wrote no repository"; }

sw plugins list > "$tmp/list0.txt" || fail "'plugins list' exited with $?"
grep -q "No plugins installed" "$tmp/list0.txt" || { cat "$tmp/list0.txt" >&2; fail "a fresh product lists plugins"; }

# the repository over HTTP (p2's ECF transport), from an ephemeral port on the loopback interface
"$JWEBSERVER" -b 127.0.0.1 -p 0 -d "$tmp/repository" > "$tmp/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  grep -q "^URL http" "$tmp/server.log" 2>/dev/null && break
  sleep 0.1
done
url=$(sed -n 's/^URL \(http[^ ]*\).*/\1/p' "$tmp/server.log")
[ -n "$url" ] || { cat "$tmp/server.log" >&2; fail "jwebserver did not start"; }

# p2 turns http: into https: unless told to allow plain HTTP (the server here speaks plain HTTP only)
STREAMWISE_VMARGS="-Xmx1g -Dp2.httpRule=allow" sw plugins install --repository "$url" --id smoke.p2.feature \
  > "$tmp/install.txt" 2> "$tmp/install.err" \
  || { cat "$tmp/install.err" >&2; fail "'plugins install' from $url failed"; }
grep -q "^Installed smoke.p2.feature 1.0.0 from $url" "$tmp/install.txt" \
  || { cat "$tmp/install.txt" "$tmp/install.err" >&2; fail "'plugins install' did not report what it installed"; }
grep -q "next start" "$tmp/install.txt" || fail "'plugins install' does not say when the algorithms are available"
grep -q "smoke.faulty_1.0.0.jar" "$COPY/configuration/config.ini" || fail "config.ini does not start the new bundle"
[ -f "$COPY/plugins/smoke.faulty_1.0.0.jar" ] || fail "the plugin's jar is not in plugins/"
[ -e "$COPY/features/smoke.p2.feature_1.0.0" ] || fail "the plugin's feature is not in features/"
# the same feature again (from the folder): said so, exit 0, the profile unchanged
cp "$COPY/configuration/config.ini" "$tmp/config-before.ini"
sw plugins install --repository "$tmp/repository" --id smoke.p2.feature > "$tmp/again.txt" 2> "$tmp/again.err" \
  || { cat "$tmp/again.err" >&2; fail "installing an installed feature again exited with $?"; }
[ "$(cat "$tmp/again.txt")" = "already installed: smoke.p2.feature 1.0.0" ] \
  || { cat "$tmp/again.txt" "$tmp/again.err" >&2; fail "installing again did not say 'already installed'"; }
cmp -s "$COPY/configuration/config.ini" "$tmp/config-before.ini" || fail "installing again changed config.ini"
sw plugins list > "$tmp/list1.txt" || fail "'plugins list' exited with $?"
[ "$(cat "$tmp/list1.txt")" = "smoke.p2.feature 1.0.0 (from $url)" ] \
  || { cat "$tmp/list1.txt" >&2; fail "'plugins list' does not show the installed feature once, with its URL"; }
grep -q "io.streamwise" "$tmp/list1.txt" && { cat "$tmp/list1.txt" >&2; fail "'plugins list' shows the product's own"; }
sw algorithms > "$tmp/algorithms1.txt" 2> "$tmp/algorithms1.err" || { cat "$tmp/algorithms1.err" >&2; fail "'algorithms' exited with $?"; }
grep -q "^smoke.exit " "$tmp/algorithms1.txt" \
  || { cat "$tmp/algorithms1.err" >&2; fail "the installed plugin's algorithm smoke.exit is not listed"; }

# failures: a requirement that nothing provides, a feature the repository lacks, a folder that does not exist,
# removing what was not installed; each exits 1 with its reason and changes nothing
expect_failure() { # expected-text command...
  local expected="$1"; shift
  set +e
  sw "$@" > "$tmp/f.out" 2> "$tmp/f.err"; local rc=$?
  set -e
  [ "$rc" -eq 1 ] || { cat "$tmp/f.err" >&2; fail "'$*' exited with $rc, not 1"; }
  grep -qF "$expected" "$tmp/f.err" || { cat "$tmp/f.err" >&2; fail "'$*' does not say: $expected"; }
  [ "$(grep -c . "$tmp/f.err")" -eq 1 ] || { cat "$tmp/f.err" >&2; fail "'$*' said more than one line"; }
}
expect_failure "cannot install smoke.p2.broken.feature from $tmp/repository: Missing requirement" \
  plugins install --repository "$tmp/repository" --id smoke.p2.broken.feature
expect_failure "smoke.absent" plugins install --repository "$tmp/repository" --id smoke.p2.broken.feature
expect_failure "the p2 repository $tmp/repository has no feature smoke.p2.nothing" \
  plugins install --repository "$tmp/repository" --id smoke.p2.nothing
expect_failure "$tmp/missing does not exist (installing smoke.p2.feature)" \
  plugins install --repository "$tmp/missing" --id smoke.p2.feature
expect_failure "cannot read the p2 repository https://127.0.0.1:9/repository (installing smoke.p2.feature): " \
  plugins install --repository https://127.0.0.1:9/repository --id smoke.p2.feature
mkdir -p "$tmp/not-a-repository"
# well-formed, but no repository (a malformed one also gets a "[Fatal Error]" line from the JDK's XML parser)
echo "<html/>" > "$tmp/not-a-repository/content.xml"
expect_failure "cannot read the p2 repository $tmp/not-a-repository" plugins install --repository "$tmp/not-a-repository"
expect_failure "no plugin smoke.p2.nothing is installed" plugins remove smoke.p2.nothing
expect_failure "is part of the product" plugins remove io.streamwise.feature

sw plugins remove smoke.p2.feature > "$tmp/remove.txt" 2> "$tmp/remove.err" \
  || { cat "$tmp/remove.err" >&2; fail "'plugins remove' exited with $?"; }
grep -q "^Removed smoke.p2.feature 1.0.0" "$tmp/remove.txt" || { cat "$tmp/remove.txt" >&2; fail "'plugins remove' did not report"; }
# the plugin's files leave the installation too (p2's garbage collector alone kept the running configuration's jar)
[ -f "$COPY/plugins/smoke.faulty_1.0.0.jar" ] && fail "'plugins remove' left the plugin's jar in plugins/"
[ -e "$COPY/features/smoke.p2.feature_1.0.0" ] && fail "'plugins remove' left the feature in features/"
[ -f "$COPY/plugins/$(basename "$api_jar")" ] || fail "'plugins remove' deleted the product's own api bundle"
sw plugins list > "$tmp/list2.txt"
grep -q "No plugins installed" "$tmp/list2.txt" || { cat "$tmp/list2.txt" >&2; fail "the removed plugin is still listed"; }
sw algorithms > "$tmp/algorithms2.txt" 2> "$tmp/algorithms2.err" || fail "'algorithms' exited with $?"
grep -q "^smoke.exit " "$tmp/algorithms2.txt" && fail "smoke.exit is still listed after 'plugins remove'"
grep -q "^pop " "$tmp/algorithms2.txt" || fail "the built-in pop is gone after 'plugins remove'"
echo "p2 install test: a plugin was installed from a p2 repository over HTTP, listed, its algorithm found, installed" \
  "again (already installed), and removed with its files; missing repositories, features and requirements were named"
