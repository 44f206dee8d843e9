#!/usr/bin/env bash
# Runs the core library's Lucene components on Lucene 10 (search/lucene10/), from the repository
# root: the core's own Lucene tests (src/test/java/org/hindinlp/lucene) and Lucene10Test, compiled
# and run against the installed core jar with Lucene 9 replaced by Lucene 10, under Java 21+
# (LUCENE10_JAVA_HOME, default Temurin 25). Two Lucene 10 releases: the newest (10.5.1, inside
# Elasticsearch 9.5) and 10.3.2. Needs the core installed: `mvn -B -DskipTests install` at the root.
set -euo pipefail
cd "$(dirname "$0")/../.."

JAVA21="${LUCENE10_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
STEP_TIMEOUT="${STEP_TIMEOUT:-600}"
dir=search/lucene10
mkdir -p target

core="$HOME/.m2/repository/org/hindinlp/hindi-nlp/0.1.0-SNAPSHOT/hindi-nlp-0.1.0-SNAPSHOT.jar"
if [ ! -f "$core" ]; then
  echo "the core library is not installed ($core): run 'mvn -B -DskipTests install' at the repository root first" >&2
  exit 1
fi
if [ ! -x "$JAVA21/bin/java" ]; then
  echo "no Java 21+ at $JAVA21 (set LUCENE10_JAVA_HOME): Lucene 10 needs it" >&2
  exit 1
fi

times=""
for lucene in 10.5.1 10.3.2; do
  start=$SECONDS
  log="target/ci-lucene10-$lucene.log"
  echo "== lucene10: Lucene $lucene, $("$JAVA21/bin/java" -version 2>&1 | sed -n 1p)"
  set +e
  JAVA_HOME="$JAVA21" PATH="$JAVA21/bin:$PATH" timeout "$STEP_TIMEOUT" \
    mvn -B -ntp -f "$dir/pom.xml" clean verify -Dlucene.version="$lucene" > "$log" 2>&1
  code=$?
  set -e
  grep -E '^\[(INFO|ERROR)\] Tests run:|^\[ERROR\]' "$log" | head -40 || true
  if [ "$code" -ne 0 ]; then
    tail -60 "$log"
    echo "lucene10 (Lucene $lucene) failed, exit $code (log: $log)" >&2
    exit 1
  fi
  if grep -E '^\[WARNING\] .*\.java:\[[0-9]+' "$log"; then
    echo "lucene10 (Lucene $lucene): compiler warnings (above)" >&2
    exit 1
  fi
  times+="$(printf '%5ds  %s' $((SECONDS - start)) "Lucene $lucene")"$'\n'
done
echo "lucene10: time per step"
printf '%s' "$times"
