#!/usr/bin/env bash
# Whole-job benchmark: UKP ingest (when ../shared/data exists) and `run` on generated corpora at the given sizes,
# each as a ratio to a plain Spark scan of the same input in the same session. Results: docs/BENCHMARKS.md.
# Usage: bench/run-pipeline-benchmark.sh [entries ...]     (default 50000 200000 800000)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
add_opens="$(sed -n 's:.*<spark.add.opens>\(.*\)</spark.add.opens>.*:\1:p' pom.xml)"
export SPARK_LOCAL_IP=127.0.0.1
# shellcheck disable=SC2086
exec java -Xmx8g $add_opens -Dlog4j2.configurationFile="$PWD/jobs/log4j2.properties" \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.liveblog.analytics.bench.PipelineBenchmark target/bench "$@"
