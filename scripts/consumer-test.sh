#!/usr/bin/env bash
# A user's project, made of the README: its minimal pom and its "Use from Java" snippets
# (scripts/ReadmeConsumerProject.java), built with Maven against the installed
# org.hindinlp:hindi-nlp and run on the class path and on the module path. Run after
# `mvn install` (.ci/run does). Output under target/consumer-*.
set -euo pipefail
cd "$(dirname "$0")/.."
dep_plugin=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
for mode in classpath modulepath; do
  dir=target/consumer-$mode
  rm -rf "$dir"
  java scripts/ReadmeConsumerProject.java README.md docs/examples/assam-floods.txt "$dir" "$mode"
  (cd "$dir" && mvn -B -ntp -q package "$dep_plugin:build-classpath" -Dmdep.outputFile=deps.txt > build.log 2>&1) \
    || { cat "$dir/build.log"; echo "the README's consumer project does not build ($mode)" >&2; exit 1; }
  if [ "$mode" = classpath ]; then
    (cd "$dir" && java -cp "target/classes:$(cat deps.txt)" com.example.ReadmeSnippets) > "$dir/run.log"
  else
    (cd "$dir" && java -p "target/classes:$(cat deps.txt)" -m com.example.readme/com.example.ReadmeSnippets) > "$dir/run.log"
  fi
  grep -q "README results checked" "$dir/run.log" || { cat "$dir/run.log"; exit 1; }
  grep -qE "^(PERSON|LOCATION|ORGANIZATION) " "$dir/run.log" || { cat "$dir/run.log"; echo "no entity printed" >&2; exit 1; }
  echo "$mode: $(grep -c '^snippet' "$dir/run.log") snippets ran; $(grep 'README results' "$dir/run.log")"
done
