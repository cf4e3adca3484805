#!/usr/bin/env bash
# Runs the JMH benchmarks of tmf-geo (not part of the build or the tests).
# Usage: scripts/benchmark-geo.sh [JMH options, e.g. -wi 3 -i 5]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl tmf-geo test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath \
  -Dmdep.includeScope=test
module=tmf-geo
java -Xmx2g -cp "$module/target/test-classes:$module/target/classes:$(cat $module/target/benchmark.classpath)" \
  org.openjdk.jmh.Main "org.tmfsafety.geo.benchmark" "$@"
