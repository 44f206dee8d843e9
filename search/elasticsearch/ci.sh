#!/usr/bin/env bash
# Builds and tests the Elasticsearch plugins (search/elasticsearch/), from the repository root:
#   es8/  Elasticsearch 8.19.21, Lucene 9.12, Java 17+ (the java on PATH / JAVA_HOME as given)
#   es9/  Elasticsearch 9.5.3,  Lucene 10,   Java 21+ (ES9_JAVA_HOME, default Temurin 25)
# Each: compile (no compiler warnings allowed), real-node tests (surefire), plugin zip, zip checks
# (failsafe). Needs the core library installed first: `mvn -B -DskipTests install` at the root.
set -euo pipefail
cd "$(dirname "$0")/../.."
ENGINE=elasticsearch
source search/ci-lib.sh
dir=search/elasticsearch
ES9_JAVA_HOME="${ES9_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

run_step es8 "es8 (Elasticsearch 8.19.21, $(java_version ""))" "" mvn -B -ntp -f "$dir/es8/pom.xml" verify
check_plugin "$dir/es8"
require_java "$ES9_JAVA_HOME" "Elasticsearch 9 (set ES9_JAVA_HOME)"
run_step es9 "es9 (Elasticsearch 9.5.3, $(java_version "$ES9_JAVA_HOME"))" "$ES9_JAVA_HOME" \
  mvn -B -ntp -f "$dir/es9/pom.xml" verify
check_plugin "$dir/es9"
print_times
