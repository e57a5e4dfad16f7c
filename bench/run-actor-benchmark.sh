#!/usr/bin/env bash
# Whole-stage benchmark of the actors stage (ActorStageBenchmark): on generated corpora at the given scales
# (1 = 200,000 entries), matching and mention extraction next to a Spark scan, a combined-regex `rlike` and DuckDB's
# regexp_matches over the same sentences, with 200 actors and the PETRARCH import. Results: docs/BENCHMARKS.md.
# Usage: bench/run-actor-benchmark.sh [scale ...]     (default 1 4 16; e.g. 0.1 for a quick try)
# Environment: BUILD_DIR (default target; Maven's -DbuildDir), BENCH_DIR (default $BUILD_DIR/bench-actors, where the
# corpora and warehouses are kept and reused), BENCH_OPTS (e.g. -Dbench.repeats=3 -Dbench.sampleSentences=20000).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD_DIR:-target}"
mvn -q -B -DbuildDir="$build" -DskipTests test-compile
mvn -q -B -DbuildDir="$build" dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$build/test-classpath.txt"
add_opens="$(sed -n 's:.*<spark.add.opens>\(.*\)</spark.add.opens>.*:\1:p' pom.xml)"
export SPARK_LOCAL_IP=127.0.0.1
# shellcheck disable=SC2086
exec java -Xmx8g $add_opens ${BENCH_OPTS:-} -Dlog4j2.configurationFile="$PWD/jobs/log4j2.properties" \
  -cp "$build/test-classes:$build/classes:$(cat "$build/test-classpath.txt")" \
  org.liveblog.analytics.bench.ActorStageBenchmark "${BENCH_DIR:-$build/bench-actors}" "$@"
