#!/usr/bin/env bash
# Runs the core library's Lucene components on Lucene 10 (search/lucene10/), from the repository
# root: the core's own Lucene tests (src/test/java/org/hindinlp/lucene) and Lucene10Test, compiled
# and run against the installed core jar with Lucene 9 replaced by Lucene 10, under Java 21+
# (LUCENE10_JAVA_HOME, default Temurin 25). Two Lucene 10 releases: the newest (10.5.1, inside
# Elasticsearch 9.5 and OpenSearch 3.9) and 10.3.2. Needs the core installed first.
set -euo pipefail
cd "$(dirname "$0")/../.."
ENGINE=lucene10
source search/ci-lib.sh
JAVA21="${LUCENE10_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
require_java "$JAVA21" "Lucene 10 (set LUCENE10_JAVA_HOME)"

for lucene in 10.5.1 10.3.2; do
  run_step "$lucene" "Lucene $lucene, $(java_version "$JAVA21")" "$JAVA21" \
    mvn -B -ntp -f search/lucene10/pom.xml clean verify -Dlucene.version="$lucene"
done
print_times
