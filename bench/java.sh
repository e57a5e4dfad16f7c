#!/usr/bin/env bash
# Compiles the tests and runs one benchmark main on the test classpath with Spark's --add-opens (shared by the bench
# scripts). Usage: bench/java.sh MAIN_CLASS [ARGS...]; BUILD_DIR (Maven's -DbuildDir, default target), JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${BUILD_DIR:-target}"
mvn -q -B -DbuildDir="$build" -DskipTests test-compile
mvn -q -B -DbuildDir="$build" dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$build/test-classpath.txt"
add_opens="$(sed -n 's:.*<spark.add.opens>\(.*\)</spark.add.opens>.*:\1:p' pom.xml)"
export SPARK_LOCAL_IP=127.0.0.1
main="$1"
shift
# shellcheck disable=SC2086
exec java -Xmx8g $add_opens ${JAVA_OPTS:-} -Dlog4j2.configurationFile="$PWD/jobs/log4j2.properties" \
  -cp "$build/test-classes:$build/classes:$(cat "$build/test-classpath.txt")" "$main" "$@"
