#!/usr/bin/env bash
# JMH benchmark of the stance kernels (StanceScorerBenchmark): statement extraction plus the lexicon scorer, and the
# scorer alone, one thread, on the sentences of the lower-cased Guardian Russia-Ukraine entries from ../shared/data.
# Usage: bench/run-stance-benchmark.sh [JMH options]   (default: -f 1 -wi 3 -i 5)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
[[ $# -gt 0 ]] || set -- -f 1 -wi 3 -i 5
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.openjdk.jmh.Main 'org.liveblog.analytics.bench.StanceScorerBenchmark' "$@"
