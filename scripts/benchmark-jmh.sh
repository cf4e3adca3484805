#!/usr/bin/env bash
# Runs the JMH benchmarks of one module (not part of the build or the tests); they live in its test sources,
# package org.tmfsafety.<module without the tmf- prefix>.benchmark.
# Usage: scripts/benchmark-jmh.sh tmf-methodology|tmf-geo|tmf-server [JMH options, e.g. -wi 3 -i 5]
set -euo pipefail
cd "$(dirname "$0")/.."
module=${1:?usage: scripts/benchmark-jmh.sh tmf-methodology|tmf-geo|tmf-server [JMH options]}
shift
# -am: the project's own modules come from this working tree (target/classes), not from ~/.m2
./mvnw -q -B -pl "$module" -am test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath \
  -Dmdep.includeScope=test
java -Xmx2g -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/benchmark.classpath")" \
  org.openjdk.jmh.Main "org.tmfsafety.${module#tmf-}.benchmark" "$@"
