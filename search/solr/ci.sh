#!/usr/bin/env bash
# Tests the hindi-nlp components inside Solr 9.10.1 (search/solr/), from the repository root: an
# embedded core (solr-test-framework) loads the ready configset search/solr/configset/hindi-nlp,
# indexes, searches with spelling variants, highlights and facets by entity type; bad configsets
# are refused with the mistake named. `package` assembles search/solr/target/solr-lib/ (the jars to
# put on Solr's class path). Needs the core installed: `mvn -B -DskipTests install` at the root.
set -euo pipefail
cd "$(dirname "$0")/../.."

STEP_TIMEOUT="${STEP_TIMEOUT:-600}"
dir=search/solr
mkdir -p target
core="$HOME/.m2/repository/org/hindinlp/hindi-nlp/0.1.0-SNAPSHOT/hindi-nlp-0.1.0-SNAPSHOT.jar"
if [ ! -f "$core" ]; then
  echo "the core library is not installed ($core): run 'mvn -B -DskipTests install' at the repository root first" >&2
  exit 1
fi

start=$SECONDS
log=target/ci-solr.log
echo "== solr: Solr 9.10.1, $(java -version 2>&1 | sed -n 1p)"
set +e
timeout "$STEP_TIMEOUT" mvn -B -ntp -f "$dir/pom.xml" verify > "$log" 2>&1
code=$?
set -e
grep -E '^\[(INFO|ERROR)\] Tests run:|^\[ERROR\]' "$log" | head -40 || true
if [ "$code" -ne 0 ]; then
  tail -60 "$log"
  echo "solr failed, exit $code (log: $log)" >&2
  exit 1
fi
if grep -E '^\[WARNING\] .*\.java:\[[0-9]+' "$log"; then
  echo "solr: compiler warnings (above)" >&2
  exit 1
fi
echo "jars for Solr's class path (search/solr/target/solr-lib):"
ls "$dir/target/solr-lib" | sed 's/^/  /'
[ -f "$dir/target/solr-lib/hindi-nlp-0.1.0-SNAPSHOT.jar" ] || { echo "solr-lib has no hindi-nlp jar" >&2; exit 1; }
if ls "$dir/target/solr-lib" | grep -q '^lucene-'; then
  echo "solr-lib must not hold Lucene jars (Solr has them)" >&2
  exit 1
fi
echo "solr: $((SECONDS - start))s"
