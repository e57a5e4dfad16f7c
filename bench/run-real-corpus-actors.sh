#!/usr/bin/env bash
# The actors stage on a real corpus's published sentences against a Spark scan of the same text (RealCorpusActorBenchmark).
# Usage: bench/run-real-corpus-actors.sh WAREHOUSE
#   e.g. jobs/liveblog run --config jobs/ukp-guardian.properties --warehouse /tmp/ukpg && bench/run-real-corpus-actors.sh /tmp/ukpg
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD_DIR:-target}"
mvn -q -B -DbuildDir="$build" -DskipTests test-compile
mvn -q -B -DbuildDir="$build" dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$build/test-classpath.txt"
add_opens="$(sed -n 's:.*<spark.add.opens>\(.*\)</spark.add.opens>.*:\1:p' pom.xml)"
export SPARK_LOCAL_IP=127.0.0.1
# shellcheck disable=SC2086
exec java -Xmx8g $add_opens -Dlog4j2.configurationFile="$PWD/jobs/log4j2.properties" \
  -cp "$build/test-classes:$build/classes:$(cat "$build/test-classpath.txt")" \
  org.liveblog.analytics.bench.RealCorpusActorBenchmark "$@"
