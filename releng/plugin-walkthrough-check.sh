#!/usr/bin/env bash
# Follows docs/plugins.md literally, as a plugin author outside the checkout would: every ```sh block runs, in the
# order of the document, from the root of this checkout, with PLUGINS set to a fresh temporary folder (mktemp -d)
# outside it; a file the walk-through shows under a caption naming its path (`$PLUGINS/...`) is written there. So the
# SDK is published to a Maven repository, a plugin project is generated in $PLUGINS, built and tested there with
# nothing of the checkout on its path, its jar is dropped into the product, listed and used in an experiment.
#
# Maven never writes into your ~/.m2: every Maven command gets (through MAVEN_ARGS, which Maven 3.9 appends to its
# command line) a throwaway local repository under $PLUGINS, and settings whose only repository is ~/.m2 itself read
# as a file:// mirror, offline (-o with file:// allowed). So nothing is downloaded and other builds sharing ~/.m2
# are undisturbed; ~/.m2 must hold what a full build of Streamwise fetched (STREAMWISE_M2 names another one).
# Afterwards it removes what it added ($PLUGINS, the dropped-in jar). About 3-5 minutes once the product is built
# (it is built first when missing).
# Then "deployable to any Maven repository": the same SDK modules are deployed (mvn deploy -DaltDeploymentRepository)
# to a file:// repository under $PLUGINS, and the generated plugin is built again with an empty local repository and
# that repository as the only place the SDK can come from (the warm mirror serves Maven's plugins and the platform).
#   releng/plugin-walkthrough-check.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DOC=docs/plugins.md
PRODUCT=releng/io.streamwise.product/target/products/io.streamwise.product/linux/gtk/x86_64/streamwise
JAR=com.example.trending-1.0.0-SNAPSHOT.jar

if [ -e "$PRODUCT/dropins/$JAR" ]; then
  echo "plugin-walkthrough-check: $PRODUCT/dropins/$JAR exists already; move it away first (this check removes what it makes)" >&2
  exit 1
fi
had_dropins=$([ -d "$PRODUCT/dropins" ] && echo yes || echo no)
PLUGINS=$(mktemp -d /tmp/streamwise-plugins.XXXXXX)
case "$PLUGINS" in "$ROOT"/*) echo "plugin-walkthrough-check: $PLUGINS is inside the checkout" >&2; exit 1 ;; esac
LOG="$PLUGINS.log"
cleanup() {
  rm -rf "$PLUGINS" "$PRODUCT/dropins/$JAR"
  [ "$had_dropins" = no ] && rmdir "$PRODUCT/dropins" 2>/dev/null || true
}
trap cleanup EXIT
echo "plugin-walkthrough-check: the product (./streamwise help builds it when missing); log: $LOG"
./streamwise help >> "$LOG" 2>&1

export PLUGINS
WARM=${STREAMWISE_M2:-$HOME/.m2/repository}
cat > "$PLUGINS/settings.xml" <<EOF
<settings>
  <mirrors>
    <mirror><id>warm-local-repository</id><mirrorOf>*</mirrorOf><url>file://$WARM</url></mirror>
  </mirrors>
</settings>
EOF
export MAVEN_ARGS="-o -Daether.offline.protocols=file -s $PLUGINS/settings.xml -Dmaven.repo.local=$PLUGINS/m2 ${MAVEN_ARGS:-}"

start=$SECONDS
caption="" in_block="" lang="" block="" steps=0 prev_blank=yes
while IFS= read -r line || [ -n "$line" ]; do
  if [ -z "$in_block" ]; then
    if [[ $line =~ ^\`\`\`([a-z]*)$ ]]; then
      in_block=yes lang=${BASH_REMATCH[1]} block=""
    elif [ -n "$line" ] && [ "$prev_blank" = yes ]; then
      # a paragraph that starts with `$PLUGINS/PATH` is the caption of the block after it
      caption=""
      [[ $line =~ ^\`\$PLUGINS/([^\`]+)\` ]] && caption=$PLUGINS/${BASH_REMATCH[1]}
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
    t=$SECONDS
    if ! (bash -euo pipefail -c "$block") > "$out" 2>&1; then
      cat "$out" >> "$LOG"
      tail -40 "$out" >&2
      echo "plugin-walkthrough-check: FAILED: this block of $DOC:" >&2
      printf '%s' "$block" >&2
      rm -f "$out"
      exit 1
    fi
    cat "$out" >> "$LOG"
    echo "plugin-walkthrough-check:   $((SECONDS - t)) s"
    if grep -q 'streamwise algorithms' <<< "$block" && ! grep -q '^com\.example\.trending ' "$out"; then
      echo "plugin-walkthrough-check: FAILED: ./streamwise algorithms does not list com.example.trending" >&2
      exit 1
    fi
    if grep -q 'mvnw -B verify' <<< "$block"; then
      if ! grep -Eq 'Tests run: [1-9][0-9]*, Failures: 0, Errors: 0' "$out"; then
        echo "plugin-walkthrough-check: FAILED: the plugin's tests did not run and pass" >&2
        exit 1
      fi
      # the plugin was built from its own folder: nothing of the checkout was on Maven's path
      if grep -F "$ROOT/" "$out" | grep -v "$ROOT/.mvn/dist" | grep -q .; then
        echo "plugin-walkthrough-check: FAILED: the plugin's build used files of the checkout:" >&2
        grep -F "$ROOT/" "$out" | grep -v "$ROOT/.mvn/dist" | head -5 >&2
        exit 1
      fi
    fi
    if grep -q 'streamwise run' <<< "$block" && ! grep -q '^trending-w5 ' "$out"; then
      echo "plugin-walkthrough-check: FAILED: the experiment's table has no row for the plugin" >&2
      exit 1
    fi
    rm -f "$out"
  elif [ -n "$caption" ]; then
    mkdir -p "$(dirname "$caption")"
    printf '%s' "$block" > "$caption"
  fi
  caption=""
done < "$DOC"

[ -f "$PLUGINS/trending/com.example.trending.tests/src/com/example/trending/tests/TrendingTest.java" ] || {
  echo "plugin-walkthrough-check: FAILED: $DOC no longer generates the project this check expects" >&2
  exit 1
}
walkthrough=$((SECONDS - start))

t=$SECONDS
DEPLOYED="$PLUGINS/deployed"
echo "plugin-walkthrough-check: running: ./mvnw -B deploy -DskipTests -pl target-platform,bundles/io.streamwise.sdk.testkit -am -DaltDeploymentRepository=local::file://$DEPLOYED"
# A build that only verifies never fetched the deploy plugin that Maven's lifecycle binds (3.1.2 for Maven 3.9.11):
# take it from the warm repository when it is there, else from Maven Central, into this check's own repository.
fetch="dependency:get -Dartifact=org.apache.maven.plugins:maven-deploy-plugin:3.1.2"
if ! ./mvnw -B -q $fetch > "$PLUGINS/deploy-plugin.log" 2>&1 \
  && ! MAVEN_ARGS="-Dmaven.repo.local=$PLUGINS/m2" ./mvnw -B -q $fetch >> "$PLUGINS/deploy-plugin.log" 2>&1; then
  tail -20 "$PLUGINS/deploy-plugin.log" >&2
  echo "plugin-walkthrough-check: FAILED: maven-deploy-plugin 3.1.2 is neither in $WARM nor on Maven Central" >&2
  exit 1
fi
# deploy refuses offline mode: no -o here (the only repository reachable is the file:// mirror anyway)
if ! MAVEN_ARGS="-s $PLUGINS/settings.xml -Dmaven.repo.local=$PLUGINS/m2" ./mvnw -B deploy -DskipTests \
  -pl target-platform,bundles/io.streamwise.sdk.testkit -am "-DaltDeploymentRepository=local::file://$DEPLOYED" \
  > "$PLUGINS/deploy.log" 2>&1; then
  tail -40 "$PLUGINS/deploy.log" >&2
  echo "plugin-walkthrough-check: FAILED: the SDK could not be deployed to a file:// Maven repository" >&2
  exit 1
fi
for artifact in io.streamwise.parent io.streamwise.api io.streamwise.core io.streamwise.model io.streamwise.sdk.testkit \
  io.streamwise.sdk.target; do
  ls "$DEPLOYED/io/streamwise/$artifact"/*/maven-metadata.xml > /dev/null 2>&1 || {
    echo "plugin-walkthrough-check: FAILED: $artifact was not deployed to $DEPLOYED" >&2
    exit 1
  }
done
cat > "$PLUGINS/consumer-settings.xml" <<EOF
<settings>
  <mirrors>
    <mirror><id>warm-local-repository</id><mirrorOf>*,!streamwise-deployed</mirrorOf><url>file://$WARM</url></mirror>
  </mirrors>
  <profiles>
    <profile>
      <id>streamwise-sdk</id>
      <repositories>
        <repository><id>streamwise-deployed</id><url>file://$DEPLOYED</url>
          <snapshots><enabled>true</enabled></snapshots></repository>
      </repositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>streamwise-sdk</activeProfile></activeProfiles>
</settings>
EOF
echo "plugin-walkthrough-check: running: ./mvnw -B verify -f \$PLUGINS/trending/pom.xml against the deployed SDK alone"
rm -rf "$PLUGINS/trending/"*/target "$PLUGINS/trending/target"
if ! MAVEN_ARGS="-o -Daether.offline.protocols=file -s $PLUGINS/consumer-settings.xml -Dmaven.repo.local=$PLUGINS/m2-consumer" \
  ./mvnw -B verify -f "$PLUGINS/trending/pom.xml" > "$PLUGINS/consumer.log" 2>&1; then
  tail -40 "$PLUGINS/consumer.log" >&2
  echo "plugin-walkthrough-check: FAILED: the plugin did not build against the deployed SDK" >&2
  exit 1
fi
grep -Eq 'Tests run: [1-9][0-9]*, Failures: 0, Errors: 0' "$PLUGINS/consumer.log" || {
  echo "plugin-walkthrough-check: FAILED: the plugin's tests did not run against the deployed SDK" >&2
  exit 1
}
# Maven records where each artifact came from: the SDK's must come from the deployed repository, not the warm mirror
for artifact in io.streamwise.api io.streamwise.sdk.testkit io.streamwise.sdk.target; do
  grep -q '>streamwise-deployed=' "$PLUGINS/m2-consumer/io/streamwise/$artifact"/*/_remote.repositories 2>/dev/null || {
    echo "plugin-walkthrough-check: FAILED: the plugin's build took $artifact from elsewhere than the deployed repository" >&2
    exit 1
  }
done
echo "plugin-walkthrough-check:   $((SECONDS - t)) s"
echo "plugin-walkthrough-check: $steps command blocks of $DOC ran in $walkthrough s, the deploy check in $((SECONDS - t)) s: 2 passed, 0 failed"
rm -f "$LOG"
