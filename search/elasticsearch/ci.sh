#!/usr/bin/env bash
# Builds and tests the Elasticsearch plugins (search/elasticsearch/), from the repository root:
#   es8/  Elasticsearch 8.19.21, Lucene 9.12, Java 17+ (the java on PATH / JAVA_HOME as given)
#   es9/  Elasticsearch 9.5.3,  Lucene 10,   Java 21+ (ES9_JAVA_HOME, default Temurin 25)
# Each: compile (no compiler warnings allowed), real-node tests (surefire), plugin zip, zip checks
# (failsafe). Needs the core library installed first: `mvn -B -DskipTests install` at the root.
# Each step is bounded by `timeout` and prints how long it took.
set -euo pipefail
cd "$(dirname "$0")/../.."

ES9_JAVA_HOME="${ES9_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
STEP_TIMEOUT="${STEP_TIMEOUT:-900}"
dir=search/elasticsearch
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
  echo "== elasticsearch: $name"
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
    echo "elasticsearch $name: stopped after ${STEP_TIMEOUT}s" >&2
    exit 1
  elif [ "$code" -ne 0 ]; then
    tail -80 "$log"
    echo "elasticsearch $name failed (log: $log)" >&2
    exit 1
  fi
  if grep -E '^\[WARNING\] .*\.java:\[[0-9]+' "$log"; then
    echo "elasticsearch $name: compiler warnings (above)" >&2
    exit 1
  fi
  times+="$(printf '%5ds  %s' $((SECONDS - start)) "$name")"$'\n'
}

check_artifacts() { # module
  local m="$1"
  for jar in "$dir/$m"/target/hindi-nlp-elasticsearch-*.jar; do
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

run_step es8 "es8 (Elasticsearch 8.19.21, $(java -version 2>&1 | sed -n 1p))" "" \
  mvn -B -ntp -f "$dir/es8/pom.xml" verify
check_artifacts es8

if [ ! -x "$ES9_JAVA_HOME/bin/java" ]; then
  echo "no Java 21+ at $ES9_JAVA_HOME (set ES9_JAVA_HOME): Elasticsearch 9 needs it" >&2
  exit 1
fi
run_step es9 "es9 (Elasticsearch 9.5.3, $("$ES9_JAVA_HOME/bin/java" -version 2>&1 | sed -n 1p))" "$ES9_JAVA_HOME" \
  mvn -B -ntp -f "$dir/es9/pom.xml" verify
check_artifacts es9

echo "elasticsearch: time per step"
printf '%s' "$times"
