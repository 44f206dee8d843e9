#!/usr/bin/env bash
# Builds and tests the OpenSearch plugins (search/opensearch/), from the repository root:
#   os2/  OpenSearch 2.19.6, Lucene 9.12.3, Java 17+ (the java on PATH / JAVA_HOME as given)
#   os3/  OpenSearch 3.9.0,  Lucene 10.5.1, Java 21+ (OS3_JAVA_HOME, default Temurin 25)
# Each: compile (no compiler warnings allowed), real-node tests (surefire), plugin zip, zip checks
# (failsafe). Needs the core library installed first: `mvn -B -DskipTests install` at the root.
set -euo pipefail
cd "$(dirname "$0")/../.."
ENGINE=opensearch
source search/ci-lib.sh
dir=search/opensearch
OS3_JAVA_HOME="${OS3_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

run_step os2 "os2 (OpenSearch 2.19.6, $(java_version ""))" "" mvn -B -ntp -f "$dir/os2/pom.xml" verify
check_plugin "$dir/os2"
require_java "$OS3_JAVA_HOME" "OpenSearch 3 (set OS3_JAVA_HOME)"
run_step os3 "os3 (OpenSearch 3.9.0, $(java_version "$OS3_JAVA_HOME"))" "$OS3_JAVA_HOME" \
  mvn -B -ntp -f "$dir/os3/pom.xml" verify
check_plugin "$dir/os3"
print_times
