#!/usr/bin/env bash
# JMH benchmark of the actor matcher kernel (MatcherBenchmark): plain scan vs AliasMatcher (default registry and the
# PETRARCH import) vs one combined regex, on the lower-cased Guardian Russia-Ukraine entries from ../shared/data.
# Usage: bench/run-matcher-benchmark.sh [JMH options]   (default: -f 1 -wi 3 -i 5)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
[[ $# -gt 0 ]] || set -- -f 1 -wi 3 -i 5
exec java -Xmx4g -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.openjdk.jmh.Main 'org.liveblog.analytics.bench.MatcherBenchmark' "$@"
