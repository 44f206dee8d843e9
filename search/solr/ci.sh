#!/usr/bin/env bash
# Tests the hindi-nlp components inside Solr 9.10.1 (search/solr/), from the repository root: an
# embedded core (solr-test-framework) loads the ready configset search/solr/configset/hindi-nlp,
# indexes, searches with spelling variants, highlights and facets by entity type; bad configsets
# are refused with the mistake named. `package` assembles search/solr/target/solr-lib/ (the jars to
# put on Solr's class path). Needs the core installed first: `mvn -B -DskipTests install`.
set -euo pipefail
cd "$(dirname "$0")/../.."
ENGINE=solr
source search/ci-lib.sh
dir=search/solr

run_step solr "Solr 9.10.1, $(java_version "")" "" mvn -B -ntp -f "$dir/pom.xml" verify
echo "jars for Solr's class path ($dir/target/solr-lib):"
ls "$dir/target/solr-lib" | sed 's/^/  /'
[ -f "$dir/target/solr-lib/hindi-nlp-0.1.0-SNAPSHOT.jar" ] || { echo "solr-lib has no hindi-nlp jar" >&2; exit 1; }
if ls "$dir/target/solr-lib" | grep -q '^lucene-'; then
  echo "solr-lib must not hold Lucene jars (Solr has them)" >&2
  exit 1
fi
print_times
