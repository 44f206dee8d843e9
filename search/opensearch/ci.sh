#!/usr/bin/env bash
# Builds and tests the OpenSearch plugins (search/opensearch/), from the repository root:
#   os2/  OpenSearch 2.19.6, Lucene 9.12.3, Java 17+ (the java on PATH / JAVA_HOME as given)
#   os3/  OpenSearch 3.9.0,  Lucene 10.5.1, Java 21+ (OS3_JAVA_HOME, default Temurin 25)
# Each: compile (no compiler warnings allowed), real-node tests (surefire), plugin zip, zip checks
# (failsafe). Needs the core library installed first: `mvn -B -DskipTests install` at the root.
# Each step is bounded by `timeout` and prints how long it took.
set -euo pipefail
cd "$(dirname "$0")/../.."

OS3_JAVA_HOME="${OS3_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
STEP_TIMEOUT="${STEP_TIMEOUT:-900}"
dir=search/opensearch
mkdir -p "$dir/target"

core="$HOME/.m2/repository/org/hindinlp/hindi-nlp/0.1.0-SNAPSHOT/hindi-nlp-0.1.0-SNAPSHOT.jar"
if [ ! -f "$core" ]; then
  echo "the core library is not installed ($core): run 'mvn -B -DskipTests install' at the repository root first" >&2
  exit 1
fi

times=""
run_step() { # id, description, java home ("" = as given), then the command
  local id="$1" name="$2" home="$3"
  shift 3
  local start=$SECONDS log="$dir/target/ci-$id.log"
  echo "== opensearch: $name"
  set +e
  if [ -n "$home" ]; then
    JAVA_HOME="$home" PATH="$home/bin:$PATH" timeout "$STEP_TIMEOUT" "$@" > "$log" 2>&1
  else
    timeout "$STEP_TIMEOUT" "$@" > "$log" 2>&1
  fi
  local code=$?
  set -e
  grep -E '^\[(INFO|ERROR|WARNING)\] (Tests run:|BUILD|Building zip)|^\[ERROR\]' "$log" | head -60 || true
  if [ "$code" -eq 124 ]; then
    echo "opensearch $name: stopped after ${STEP_TIMEOUT}s" >&2
    exit 1
  elif [ "$code" -ne 0 ]; then
    tail -80 "$log"
    echo "opensearch $name failed (log: $log)" >&2
    exit 1
  fi
  if grep -E '^\[WARNING\] .*\.java:\[[0-9]+' "$log"; then
    echo "opensearch $name: compiler warnings (above)" >&2
    exit 1
  fi
  times+="$(printf '%5ds  %s' $((SECONDS - start)) "$name")"$'\n'
}

check_artifacts() { # module
  local m="$1"
  for jar in "$dir/$m"/target/hindi-nlp-opensearch-*.jar; do
    contents=$(unzip -Z1 "$jar")
    for f in META-INF/LICENSE META-INF/NOTICE; do
      grep -qx "$f" <<< "$contents" || { echo "$jar has no $f" >&2; exit 1; }
    done
  done
  for zip in "$dir/$m"/target/analysis-hindi-nlp-*.zip; do
    echo "$zip ($(stat -c %s "$zip") bytes):"
    unzip -Z1 "$zip" | sed 's/^/  /'
  done
}

run_step os2 "os2 (OpenSearch 2.19.6, $(java -version 2>&1 | sed -n 1p))" "" \
  mvn -B -ntp -f "$dir/os2/pom.xml" verify
check_artifacts os2

if [ ! -x "$OS3_JAVA_HOME/bin/java" ]; then
  echo "no Java 21+ at $OS3_JAVA_HOME (set OS3_JAVA_HOME): OpenSearch 3 needs it" >&2
  exit 1
fi
run_step os3 "os3 (OpenSearch 3.9.0, $("$OS3_JAVA_HOME/bin/java" -version 2>&1 | sed -n 1p))" "$OS3_JAVA_HOME" \
  mvn -B -ntp -f "$dir/os3/pom.xml" verify
check_artifacts os3

echo "opensearch: time per step"
printf '%s' "$times"
