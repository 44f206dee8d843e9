# Shared by search/*/ci.sh (sourced, from the repository root; ENGINE names the caller): checks that
# the core library is installed, runs each build step bounded in time with its log under target/,
# fails on errors and compiler warnings, and prints the time per step.
STEP_TIMEOUT="${STEP_TIMEOUT:-900}"
mkdir -p target

core="$HOME/.m2/repository/org/hindinlp/hindi-nlp/0.1.0-SNAPSHOT/hindi-nlp-0.1.0-SNAPSHOT.jar"
if [ ! -f "$core" ]; then
  echo "the core library is not installed ($core): run 'mvn -B -DskipTests install' at the repository root first" >&2
  exit 1
fi

require_java() { # java home, what needs it
  if [ ! -x "$1/bin/java" ]; then
    echo "no Java 21+ at $1: $2 needs it" >&2
    exit 1
  fi
}

java_version() { # java home ("" = the java on PATH)
  "${1:+$1/bin/}java" -version 2>&1 | sed -n 1p
}

times=""
run_step() { # id, description, java home ("" = as given), then the command
  local id="$1" name="$2" home="$3"
  shift 3
  local start=$SECONDS log="target/ci-$ENGINE-$id.log"
  echo "== $ENGINE: $name"
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
    echo "$ENGINE $name: stopped after ${STEP_TIMEOUT}s (log: $log)" >&2
    exit 1
  elif [ "$code" -ne 0 ]; then
    tail -80 "$log"
    echo "$ENGINE $name failed (log: $log)" >&2
    exit 1
  fi
  if grep -E '^\[WARNING\] .*\.java:\[[0-9]+' "$log"; then
    echo "$ENGINE $name: compiler warnings (above)" >&2
    exit 1
  fi
  times+="$(printf '%5ds  %s' $((SECONDS - start)) "$name")"$'\n'
}

check_plugin() { # module directory: its jars carry LICENSE and NOTICE; list each zip's files
  local m="$1" jar zip f contents
  for jar in "$m"/target/hindi-nlp-*.jar; do
    contents=$(unzip -Z1 "$jar")
    for f in META-INF/LICENSE META-INF/NOTICE; do
      grep -qx "$f" <<< "$contents" || { echo "$jar has no $f" >&2; exit 1; }
    done
  done
  for zip in "$m"/target/analysis-hindi-nlp-*.zip; do
    echo "$zip ($(stat -c %s "$zip") bytes):"
    unzip -Z1 "$zip" | sed 's/^/  /'
  done
}

print_times() {
  echo "$ENGINE: time per step"
  printf '%s' "$times"
}
